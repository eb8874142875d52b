/**
 * What <si-project-card> gives assistive tech, read from Chromium's accessibility tree: the text a
 * screen reader gets must be the text the card shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/project-card.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { isolate } from '../../src/data/message.js';
import { capture, SAMPLE_FEED, settled, settledFixture, textOf } from './helpers.js';

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

describe('<si-project-card> with a start date that does not exist', () => {
  const longDate = (ms: number) => new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(ms);

  it('shows the rest of the project, no shifted date, and names the date in the console', async () => {
    const data = await (await fetch(SAMPLE_FEED)).json();
    Object.assign(data.projects[0], { start: '2026-02-30', end: '2026-12-31' });
    Object.assign(data.projects[1], { start: '2024-02-30' });
    const warnings = await capture('warn', async () => {
      const both = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project="asif"></si-project-card>`);
      const startOnly = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project="joint-way"></si-project-card>`);
      for (const card of [both, startOnly]) {
        expect(card.state).to.equal('ready');
        expect(textOf(card)).not.to.match(/mars/); // "2 mars 2026", "1 mars 2024": the days the bad dates roll over to
        expect(card.shadowRoot!.querySelector('[part="status"]')?.textContent).to.equal('Pågående');
        expect(card.shadowRoot!.querySelector('[part="summary"]')?.textContent).to.have.length.greaterThan(20);
      }
      expect(both.shadowRoot!.querySelector('[part="title"]')?.textContent).to.match(/^En unik och relevant innovationsallians/);
      // The end date alone is good: it is shown as one.
      expect(both.shadowRoot!.querySelector('[part="period"]')?.textContent).to.equal(`Till ${isolate(longDate(Date.UTC(2026, 11, 31)))}`);
      expect(startOnly.shadowRoot!.querySelector('[part="period"]')).to.equal(null);
    });
    expect(warnings.join('\n')).to.match(/\$\.projects\[0\]\.start: expected a date such as "2026-08-12", found "2026-02-30"/);
    expect(warnings.join('\n')).to.match(/\$\.projects\[1\]\.start: expected a date such as "2026-08-12", found "2024-02-30"/);
  });
});
