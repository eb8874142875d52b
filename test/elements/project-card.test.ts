/**
 * What <si-project-card> gives assistive tech, read from Chromium's accessibility tree: the text a
 * screen reader gets must be the text the card shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/project-card.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { SAMPLE_FEED, settled } from './helpers.js';

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

/** A node's text as its text nodes give it to assistive tech, in order. */
function spokenText(node: AccessibilityNode): string {
  if (node.role === 'StaticText') return node.name ?? '';
  return (node.children ?? []).map(spokenText).join('');
}

/** The spoken text of every paragraph on the page. */
async function paragraphs(): Promise<string[]> {
  const tree = await executeServerCommand<AccessibilityNode | null, undefined>('accessibility-tree');
  const found: string[] = [];
  const visit = (node: AccessibilityNode) => {
    if (node.role === 'paragraph') found.push(spokenText(node));
    else node.children?.forEach(visit);
  };
  if (tree) visit(tree);
  return found;
}

describe('<si-project-card> for assistive tech', () => {
  for (const [lang, line] of [
    ['sv', 'Projektägare: Malmö universitet'],
    ['en', 'Project owner: Malmö University'],
  ]) {
    it(`reads the lead line as it is shown, with the space after the label (${lang})`, async () => {
      const card = await fixture<SiProjectCard>(
        html`<si-project-card lang=${lang} feed=${SAMPLE_FEED} project="asif"></si-project-card>`,
      );
      await settled(card);
      expect(card.state).to.equal('ready');
      expect(card.shadowRoot!.querySelector<HTMLElement>('[part="leads"]')!.innerText).to.equal(line);
      expect(await paragraphs()).to.include(line);
    });
  }

  it('reads a line of several leads as it is shown, with the space after the label', async () => {
    const data = await (await fetch(SAMPLE_FEED)).json();
    const asif = data.projects.find((project: { id: string }) => project.id === 'asif');
    asif.organizations.push({ id: 'lunds-universitet', role: 'lead' }, { id: 'region-skane', role: 'lead' });
    const card = await fixture<SiProjectCard>(html`<si-project-card .data=${data} project="asif"></si-project-card>`);
    await settled(card);
    const shown = card.shadowRoot!.querySelector<HTMLElement>('[part="leads"]')!.innerText;
    expect(shown).to.match(/^Projektägare: Malmö universitet, Lunds universitet och Region Skåne$/);
    expect(await paragraphs()).to.include(shown);
  });
});
