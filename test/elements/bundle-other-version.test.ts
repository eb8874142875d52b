import { expect } from '@open-wc/testing';
import { capture } from './helpers.js';

describe('dist/si-widgets.js beside another version', () => {
  it('keeps the first definition and warns once, without throwing', async () => {
    const warnings = await capture('warn', async () => {
      for (const url of ['/dist/si-widgets.js', '/test-feeds/bundle-version/9.9.9/si-widgets.js']) await import(url);
    });
    // The bundle loads an element's code when its tag is on the page.
    document.body.append(document.createElement('si-project-list'));
    await customElements.whenDefined('si-project-list');
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.match(/<si-project-list> is already defined by si-widgets 0\.1\.0; si-widgets 9\.9\.9 keeps that definition/);
    const defined = customElements.get('si-project-list') as CustomElementConstructor & { siVersion?: string };
    expect(defined.siVersion).to.equal('0.1.0');
  });
});
