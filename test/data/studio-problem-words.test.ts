/**
 * "Bad input always gets a clear, translated message on screen": every problem the validator
 * (src/data/validate.ts) and the strict checks (src/data/strict.ts) can report has Swedish words
 * in the studio (src/studio/problem-words.ts). Two ways round: the texts the sources pass as
 * `expected` (read from their syntax tree, so a new message without Swedish fails here), and the
 * problems of feeds built to break every rule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { strictProblems } from '../../src/data/strict.js';
import { describe as describeValue, parseFeed, validateFeed, type FeedProblem } from '../../src/data/validate.js';
import { expectedIn, foundIn } from '../../src/studio/problem-words.js';

const TODAY = '2026-12-06';

function sourceOf(name: string): ts.SourceFile {
  const path = new URL(`../../src/data/${name}`, import.meta.url);
  return ts.createSourceFile(name, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The argument that is the `expected` text, by the name of the method called (`r.problem(suffix, expected, …)`). */
const EXPECTED_ARGUMENT: Record<string, number> = { problem: 1, add: 1, object: 1, string: 3, goodEntries: 3 };

/** The texts made from templates (their values as "1"): the bad feeds meet them with other values. */
const fromTemplates = new Set<string>();

/** The texts an expression can be: literals, a template with each value as "1", what a constant or a local function holds. */
function textsOf(node: ts.Node, file: ts.SourceFile, seen = new Set<ts.Node>()): string[] {
  if (seen.has(node)) return [];
  seen.add(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    const sample = node.head.text + node.templateSpans.map((span) => `1${span.literal.text}`).join('');
    fromTemplates.add(sample);
    return [sample];
  }
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression, file, seen);
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue, file, seen), ...textsOf(node.whenFalse, file, seen)];
  const name = ts.isIdentifier(node) ? node.text : ts.isCallExpression(node) && ts.isIdentifier(node.expression) ? node.expression.text : undefined;
  if (name === undefined) return [];
  const texts: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isVariableDeclaration(child) && ts.isIdentifier(child.name) && child.name.text === name && child.initializer) texts.push(...textsOf(child.initializer, file, seen));
    if (ts.isFunctionDeclaration(child) && child.name?.text === name && ts.isCallExpression(node)) {
      child.forEachChild(function returns(inner: ts.Node): void {
        if (ts.isReturnStatement(inner) && inner.expression) texts.push(...textsOf(inner.expression, file, seen));
        inner.forEachChild(returns);
      });
    }
    child.forEachChild(visit);
  };
  file.forEachChild(visit);
  return texts;
}

/** Every text `file` passes as a problem's `expected`. */
function expectedTexts(file: ts.SourceFile): Set<string> {
  const texts = new Set<string>();
  const add = (node: ts.Node) => textsOf(node, file).forEach((text) => texts.add(text));
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const at = EXPECTED_ARGUMENT[node.expression.name.text];
      if (at !== undefined && node.arguments[at]) add(node.arguments[at]);
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'expected') add(node.initializer);
    if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.name.text === 'expected' && node.initializer) add(node.initializer);
    node.forEachChild(visit);
  };
  visit(file);
  return texts;
}

/** What describe() in validate.ts returns: the literals and templates of its return statements. */
function describeTexts(file: ts.SourceFile): string[] {
  const texts: string[] = [];
  file.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node) || node.name?.text !== 'describe') return;
    node.forEachChild(function returns(inner: ts.Node): void {
      if (ts.isReturnStatement(inner) && inner.expression) texts.push(...textsOf(inner.expression, file));
      inner.forEachChild(returns);
    });
  });
  return texts;
}

const validatorTexts = expectedTexts(sourceOf('validate.ts'));
const strictTexts = expectedTexts(sourceOf('strict.ts'));

/** Feeds that break every rule of the validator and the strict checks, and their problems. */
function problemsOfBadFeeds(): FeedProblem[] {
  const lead = [{ id: 'o1', role: 'lead' }];
  const funder = [{ id: 'o1', role: 'funder' }];
  const feed = {
    version: 1,
    language: 'svenska',
    title: {},
    updated: '2026-12-06',
    organizations: [
      { id: 'o1', name: 'Org', url: 5, orgNumber: '12345' },
      { id: 'o2', name: { 'x y': 'a', sv: '' }, orgNumber: '000000-0001' },
      7,
      { id: 'o1', name: 'twice' },
      { name: 'no id' },
    ],
    projects: [
      { id: 'p1', title: 5, organizations: lead },
      { id: 'p2', title: 't', organizations: 'o1' },
      {
        id: 'p3', title: 't', organizations: [3, { id: 'nobody', role: 'boss' }],
        topics: [''], sdgs: [18], municipalities: ['9999'], status: 'x', start: '2026-13-01', scope: 'z', goals: 'x',
      },
      {
        id: 'p4', title: 't', organizations: funder, updated: 'x', budget: 5,
        funding: [3, { funder: 'o9' }, { funder: 'o1', amount: -1, currency: 'sek' }, { funder: 'o1', currency: 'XYZ' }],
        contacts: [4, { name: 'n', email: 'x', phone: 'abc', organization: 'zz', kind: 'robot' }, { name: 'no kind' }],
        image: 3, identifiers: [3], links: [3, { url: 'ftp://x', title: 't', type: 'zzz' }],
        goals: [
          { id: 'g1', title: 'g', target: 'x', unitForms: 3, status: 'q', achieved: 'x', current: 5, measurements: [3, { date: '2099-01-01', value: 1 }] },
          { id: 'g2', title: 'g', unitForms: {} },
          { id: 'g3', title: 'g', unitForms: { 'x y': { other: 'a' }, sv: { one: 'a' }, en: { other: 'b', some: 'c' } } },
        ],
      },
      { id: 'p5', title: 't', organizations: lead, image: { url: 'http://example.se/a.png' }, budget: { amount: 'x', currency: 'AAA' } },
    ],
  };
  const problems: FeedProblem[] = [];
  for (const input of [feed, { ...feed, organizations: 'x' }]) {
    const result = validateFeed(input);
    assert.ok(result.ok);
    problems.push(...result.reports.flatMap((report) => report.problems), ...strictProblems(input, TODAY));
  }
  for (const refused of [validateFeed(3), validateFeed({ version: 2 }), validateFeed({ version: 1 }), parseFeed('{')]) {
    assert.equal(refused.ok, false);
    if (!refused.ok) problems.push(refused.problem);
  }
  return problems;
}

describe("the validator's problems in Swedish (problem-words.ts)", () => {
  it('reads the expected texts of both sources (the scan itself finds them)', () => {
    assert.ok(validatorTexts.size > 30, `only ${validatorTexts.size} texts found in validate.ts`);
    assert.ok(strictTexts.size >= 6, `only ${strictTexts.size} texts found in strict.ts`);
    assert.ok(validatorTexts.has('a date such as "2026-08-12"'));
    assert.ok(strictTexts.has('a date not after today (1)'));
  });

  it('has Swedish for every text the validator and the strict checks pass as expected', () => {
    const missing = [...validatorTexts, ...strictTexts].filter((text) => expectedIn(text, 'sv').lang === 'en');
    assert.deepEqual(missing, []);
  });

  it("has Swedish for every word describe() can say it found; the feed's own values stay as written", () => {
    const words = describeTexts(sourceOf('validate.ts'));
    assert.ok(words.includes('nothing') && words.includes('a list of 1'), words.join(', '));
    assert.deepEqual(words.filter((text) => foundIn(text, 'sv').lang === 'en'), []);
    const values = [null, [], [1], [1, 2, 3], {}, { a: 1 }, undefined, 'text', 'x'.repeat(50), 18.5, -2, 0, true, false, Number.NaN];
    assert.deepEqual(values.map(describeValue).filter((found) => foundIn(found, 'sv').lang === 'en'), []);
    assert.equal(foundIn('a list of 3', 'sv').text, 'en lista med 3 värden');
    assert.equal(foundIn('a list of 1', 'sv').text, 'en lista med 1 värde');
    assert.equal(foundIn('"2026-13-01"', 'sv').text, '"2026-13-01"');
  });

  it('feeds that break every rule: each problem is reported, and each has Swedish words', () => {
    const problems = problemsOfBadFeeds();
    const emitted = new Set(problems.map((problem) => problem.expected));
    // The feeds reach every fixed text of the sources (the templates are met with their values).
    const fixed = [...validatorTexts, ...strictTexts].filter((text) => !fromTemplates.has(text));
    assert.ok(fixed.length > 30);
    assert.deepEqual(fixed.filter((text) => !emitted.has(text)), []);
    const untranslated = problems.filter((p) => expectedIn(p.expected, 'sv').lang === 'en' || (p.expected !== 'JSON' && foundIn(p.found, 'sv').lang === 'en'));
    assert.deepEqual(untranslated, []);
  });

  it('puts the texts built with values into Swedish with their values', () => {
    assert.equal(expectedIn(`a date not after today (${TODAY})`, 'sv').text, `ett datum som inte är senare än i dag (${TODAY})`);
    assert.equal(expectedIn('one of "planned", "active"', 'sv').text, 'ett av värdena "planned", "active"');
    assert.equal(
      expectedIn('the value of the latest measurement (18.5 on 2026-09-30), or no current', 'sv').text,
      'värdet från den senaste mätningen (18,5 den 2026-09-30), eller inget nuvarande värde',
    );
    assert.equal(expectedIn('1', 'sv').text, 'version 1 av formatet');
  });

  it('keeps the English as it is in English, and an unknown text in English, marked so, in Swedish', () => {
    assert.deepEqual(expectedIn('a date such as "2026-08-12"', 'en'), { text: 'a date such as "2026-08-12"' });
    assert.deepEqual(foundIn('an empty object', 'en'), { text: 'an empty object' });
    assert.deepEqual(expectedIn('a colour such as "red"', 'sv'), { text: 'a colour such as "red"', lang: 'en' });
    assert.deepEqual(foundIn('Unexpected end of JSON input', 'sv'), { text: 'Unexpected end of JSON input', lang: 'en' });
  });
});
