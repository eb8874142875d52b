/**
 * Only logical CSS properties in the elements' styles, so that an Arabic context lays everything
 * out right to left by itself (WCAG 1.3.2 reading order, and it simply looks right).
 * Reads every css`` block under src/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '../../src');

const PHYSICAL: [RegExp, string][] = [
  [/(?:^|[\s;{])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)?\s*:/, 'use the -inline-start/-end, -block-start/-end form'],
  [/(?:^|[\s;{])border-(?:top|bottom)-(?:left|right)-radius\s*:/, 'use border-start-start-radius and friends'],
  [/(?:^|[\s;{])(?:left|right|top|bottom)\s*:/, 'use inset-inline-start/-end, inset-block-start/-end'],
  [/(?:^|[\s;{])(?:min-|max-)?(?:width|height)\s*:/, 'use inline-size / block-size'],
  [/(?:^|[\s;{])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/, 'use start / end (inline-start / inline-end)'],
  [/(?:^|[\s;{])(?:margin|padding|border-width|border-radius|inset)\s*:\s*[^;{}\s]+\s+[^;{}\s]+\s+[^;{}\s]+\s+[^;{}\s]+\s*;/, 'a four-value shorthand is physical: use the logical longhands'],
];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* sourceFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.ts')) yield join(dir, entry.name);
  }
}

/** The physical properties in a piece of CSS, with what to use instead. */
function physicalProperties(css: string): string[] {
  const found: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const line of withoutComments.split('\n')) {
    for (const [pattern, advice] of PHYSICAL) if (pattern.test(line)) found.push(`"${line.trim()}": ${advice}`);
  }
  return found;
}

describe('element styles', () => {
  it('recognises physical properties (so that the check below can fail)', () => {
    assert.equal(physicalProperties('a { margin-left: 1em; }').length, 1);
    assert.equal(physicalProperties('a { border-right-color: red; }').length, 1);
    assert.equal(physicalProperties('a {\n  left: 0;\n  width: 2em;\n  text-align: right;\n}').length, 3);
    assert.equal(physicalProperties('a { padding: 1em 0 0 2em; }').length, 1);
    assert.deepEqual(physicalProperties('a {\n  margin-inline-start: 1em;\n  inline-size: 2em;\n  padding: 0.5em 1em;\n  text-align: start;\n  inset-inline-end: 0;\n}'), []);
  });

  it('use only logical properties', () => {
    const problems: string[] = [];
    let blocks = 0;
    for (const file of sourceFiles(SRC)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bcss`([\s\S]*?)`/g)) {
        blocks++;
        for (const problem of physicalProperties(match[1])) problems.push(`${relative(SRC, file)}: ${problem}`);
      }
    }
    assert.ok(blocks >= 3, `found only ${blocks} css\`\` blocks under src/`);
    assert.deepEqual(problems, []);
  });
});
