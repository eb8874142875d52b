/**
 * Issue #22: what a screen reader reads of each element in each state (loading, ready, empty,
 * error), in Swedish and Arabic, from Chromium's accessibility tree, against the one table the
 * manual test protocol in docs/accessibility.md quotes (a11y-expectations.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/si-widgets.js';
import { SCENARIOS, TABLE_END, TABLE_START, expectationsMarkdown } from './a11y-expectations.js';
import { mountScenario, pageReadingLines } from './a11y-tree.js';

/** Where `expected` fails to be heard, in order and once each, in `actual`; empty when it is. */
function mismatches(expected: readonly string[], actual: readonly string[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const line of expected) {
    const at = actual.indexOf(line, from);
    if (at < 0) problems.push(actual.includes(line) ? `out of order: "${line}"` : `not heard: "${line}"`);
    else from = at + 1;
  }
  // A message heard twice (the visible copy beside the live region's) is a defect too.
  for (const line of expected.filter((line) => line.startsWith('status: '))) {
    const text = line.slice('status: '.length);
    const repeats = actual.filter((heard) => heard.endsWith(`: ${text}`)).length;
    if (repeats > 1) problems.push(`heard ${repeats} times: "${text}"`);
  }
  return problems;
}

describe('what a screen reader reads, per element and state (docs/accessibility.md, protocol table)', () => {
  for (const scenario of SCENARIOS) {
    for (const lang of ['sv', 'ar'] as const) {
      it(`${scenario.id} in ${lang}: ${scenario.element} ${scenario.state}`, async () => {
        const element = await mountScenario(scenario, lang);
        expect(element.state).to.equal(scenario.state);
        const heard = await pageReadingLines();
        const problems = mismatches(scenario.heard[lang], heard);
        expect(problems, `${problems.join('\n')}\n\nheard:\n${heard.join('\n')}`).to.deep.equal([]);
      });
    }
  }

  it('the first thing in each element is its live region, so state changes are announced', async () => {
    for (const scenario of SCENARIOS) {
      await mountScenario(scenario, 'sv');
      const [first] = await pageReadingLines();
      expect(first, scenario.id).to.match(/^status\b/);
    }
  });

  it('docs/accessibility.md quotes the table exactly (regenerate: npx tsx tools/accessibility-table.ts)', async () => {
    const doc = await (await fetch('/docs/accessibility.md')).text();
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    expect(start, 'start marker').to.be.greaterThan(-1);
    expect(end, 'end marker').to.be.greaterThan(start);
    expect(doc.slice(start + TABLE_START.length, end).trim()).to.equal(expectationsMarkdown());
  });
});
