import { expect } from '@open-wc/testing';
import '../../src/si-widgets.js';

interface ManifestElement {
  tagName?: string;
  attributes?: { name: string }[];
}

/**
 * The docs, editors and Storybook's controls read dist/custom-elements.json; the browser reads the
 * classes. They must list the same attributes: none missing, none the element does not observe
 * (such as internal state the analyzer took for an attribute).
 */
describe('dist/custom-elements.json', () => {
  it('lists exactly the attributes each element observes', async () => {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
      modules: { declarations?: ManifestElement[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([
      'si-goal-progress',
      'si-partner-list',
      'si-project-card',
      'si-project-list',
    ]);
    for (const element of elements) {
      const observed = (customElements.get(element.tagName!) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      // `lang` is HTML's global attribute: the elements document it and watch it on their ancestors too.
      const documented = (element.attributes ?? []).map((a) => a.name).filter((name) => name !== 'lang');
      expect([...documented].sort(), element.tagName).to.deep.equal([...observed].sort());
    }
  });
});
