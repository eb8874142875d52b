/**
 * Issue #18 in Node: messages with slots (plural forms that leave the number out, values isolated,
 * numbers formatted), the Arabic counts from the catalogue itself, goal units in plural forms
 * (`unitForms`, validated and chosen), and catalogues without HTML entities.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolate, say, slotsOf } from '../../src/data/message.js';
import { formatPeriod, formatNumber, formatDate } from '../../src/data/format.js';
import { goalUnit } from '../../src/data/goals.js';
import { validateFeed } from '../../src/data/validate.js';
import type { Goal } from '../../src/data/types.js';
import { templates as arabic } from '../../src/generated/locales/ar.js';
import { templates as english } from '../../src/generated/locales/en.js';

const root = join(import.meta.dirname, '../..');

/** A plural message (ICU plural syntax) in a generated catalogue. */
function plural(catalogue: Record<string, unknown>, id: string): string {
  return catalogue[id] as string;
}

describe('say(): one way to put values into a message', () => {
  it('isolates a string value, so "ftp://x/" keeps its order inside Arabic', () => {
    const text = say('لا يمكن استخدام عنوان موجز المشاريع «{feed}».', { feed: 'ftp://x/' });
    assert.ok(text.includes('«\u2068ftp://x/\u2069»'), text);
  });

  it('formats a number in the language, with its pinned digits, and does not isolate it', () => {
    assert.equal(say('{n} av {t}', { n: 1234.5, t: 12500 }, 'sv'), `${formatNumber(1234.5, 'sv')} av ${formatNumber(12500, 'sv')}`);
    assert.equal(formatNumber(50, 'ar'), '50', 'Arabic digits are pinned (nu=latn), not left to the CLDR data');
  });

  it('never reads a value as a template, and leaves a slot without a value as written', () => {
    assert.equal(say('Projektet "{id}"', { id: '{id}' }), `Projektet "${isolate('{id}')}"`);
    assert.equal(say('{a} och {b}', { a: 'A' }), `${isolate('A')} och {b}`);
    assert.deepEqual(slotsOf('Visar {shown} av {total} projekt'), ['shown', 'total']);
  });
});

describe('Arabic counts from the Arabic catalogue (0, 1, 2, 3, 11, 100)', () => {
  const expected: Record<number, string> = {
    0: 'لا مشاريع',
    1: 'مشروع واحد',
    2: 'مشروعان',
    3: '3 مشاريع',
    11: '11 مشروعًا',
    100: '100 مشروع',
  };
  for (const [count, text] of Object.entries(expected)) {
    it(`${count} → ${text}`, () => {
      assert.equal(say(plural(arabic, 'count-projects'), { n: Number(count) }, 'ar'), text);
    });
  }

  it('says the timeout in whole words: one second, two seconds, 10 seconds', () => {
    const timeout = plural(arabic, 'feed-timeout');
    assert.equal(say(timeout, { seconds: 1 }, 'ar'), 'لم يستجب موجز المشاريع خلال ثانية واحدة.');
    assert.equal(say(timeout, { seconds: 2 }, 'ar'), 'لم يستجب موجز المشاريع خلال ثانيتين.');
    assert.equal(say(timeout, { seconds: 10 }, 'ar'), 'لم يستجب موجز المشاريع خلال 10 ثوانٍ.');
    const english = plural(englishCatalogue, 'feed-timeout');
    assert.equal(say(english, { seconds: 1 }, 'en'), 'The project feed did not answer within 1 second.');
    assert.equal(say(english, { seconds: 1.5 }, 'en'), 'The project feed did not answer within 1.5 seconds.');
  });
});
const englishCatalogue = english as Record<string, unknown>;

describe('goal units in plural forms (unitForms)', () => {
  const unitForms = {
    sv: { one: 'rapport', other: 'rapporter' },
    ar: { zero: 'فاعل', one: 'فاعل', two: 'فاعلان', few: 'فاعلين', many: 'فاعلًا', other: 'فاعل' },
  };
  const goal: Goal = { id: 'g', title: 'G', target: 50, unit: { sv: 'aktörer', en: 'actors' }, unitForms };

  it('picks the form by the count in the language, and unitForms wins over unit', () => {
    assert.deepEqual(goalUnit(goal, 1, 'sv'), { text: 'rapport', lang: 'sv' });
    assert.deepEqual(goalUnit(goal, 0, 'sv'), { text: 'rapporter', lang: 'sv' });
    for (const [count, form] of [[0, 'فاعل'], [1, 'فاعل'], [2, 'فاعلان'], [3, 'فاعلين'], [11, 'فاعلًا'], [50, 'فاعلًا'], [100, 'فاعل']] as const) {
      assert.deepEqual(goalUnit(goal, count, 'ar'), { text: form, lang: 'ar' }, String(count));
    }
  });

  it('takes unit where only it has the language, and falls back to unitForms in the feed language, marked', () => {
    assert.deepEqual(goalUnit(goal, 1, 'en'), { text: 'actors', lang: 'en' });
    assert.deepEqual(goalUnit({ ...goal, unit: undefined }, 1, 'en', 'sv'), { text: 'rapport', lang: 'sv' });
    assert.deepEqual(goalUnit({ ...goal, unitForms: undefined }, 1, 'sv'), { text: 'aktörer', lang: 'sv' });
  });

  it('is validated: good languages kept, a bad one reported with its path and dropped', () => {
    const result = validateFeed({
      version: 1,
      organizations: [],
      projects: [
        {
          id: 'p',
          title: 'P',
          organizations: [],
          goals: [{ id: 'g', title: 'G', target: 5, unitForms: { sv: { one: 'aktör', other: 'aktörer' }, en: { one: 'actor' }, ar: { lots: 'x', other: 'y' } } }],
        },
      ],
    });
    assert.ok(result.ok);
    assert.deepEqual(result.feed.projects[0].goals![0].unitForms, { sv: { one: 'aktör', other: 'aktörer' } });
    assert.deepEqual(
      result.reports.flatMap((r) => r.problems.map((p) => p.path)),
      ['$.projects[0].goals[0].unitForms["en"]', '$.projects[0].goals[0].unitForms["ar"]'],
    );
  });

  it('is in the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(root, 'src/data/feed.schema.json'), 'utf8'));
    assert.deepEqual(schema.$defs.Goal.properties.unitForms.additionalProperties.required, ['other']);
  });
});

describe('dates and numbers in each language', () => {
  it('gives plain English British dates and Swedish periods a spaced dash', () => {
    assert.equal(formatDate('2026-08-12', 'en'), '12 August 2026');
    assert.equal(formatPeriod('2024-03-01', '2026-12-31', 'sv'), '1 mars 2024 – 31 december 2026');
    assert.equal(formatPeriod('2026-03-01', '2026-03-31', 'sv'), '1–31 mars 2026');
  });
});

describe('the catalogues', () => {
  const catalogues = [
    ...readdirSync(join(root, 'src/generated/locales')).map((file) => join('src/generated/locales', file)),
  ];
  it('hold no HTML entity (lit-localize copies "&amp;" from the XLIFF as it is)', () => {
    assert.ok(catalogues.length >= 2);
    for (const file of catalogues) {
      const entity = readFileSync(join(root, file), 'utf8').match(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
      assert.equal(entity, null, `${file} contains ${entity?.[0]}`);
    }
  });

  it('are filled by say() only: no lit-localize str placeholder in src/ (values are isolated by construction)', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== join('src', 'generated')) visit(path);
        } else if (/\.ts$/.test(entry.name) && /msg\(\s*str`/.test(readFileSync(join(root, path), 'utf8'))) offenders.push(path);
      }
    };
    visit('src');
    assert.deepEqual(offenders, [], 'use msg(\'… {slot} …\') with say() from src/data/message.ts');
  });
});
