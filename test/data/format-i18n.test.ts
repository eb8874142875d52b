/**
 * Numbers, percentages, dates, periods, lists and plurals in sv, en, ar and en-GB. Every expectation
 * is computed with Intl itself: no literal spaces, minus signs or digits.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate,
  formatList,
  formatListParts,
  formatNumber,
  formatPercent,
  formatPeriod,
  pluralCategory,
} from '../../src/data/format.js';
import { parseFeedDate } from '../../src/data/dates.js';

const LANGUAGES = ['sv', 'en', 'ar', 'en-GB'];
/** What Intl is asked for: plain English is British English, and the digits are pinned (#18). */
const intl = (lang: string) => `${lang === 'en' ? 'en-GB' : lang}-u-nu-latn`;

describe('numbers and percentages', () => {
  it('format like Intl.NumberFormat in each language', () => {
    for (const lang of LANGUAGES) {
      assert.equal(formatNumber(-1234567.89, lang), new Intl.NumberFormat(intl(lang), { maximumFractionDigits: 2 }).format(-1234567.89), lang);
      assert.equal(formatPercent(0.42, lang), new Intl.NumberFormat(intl(lang), { style: 'percent' }).format(0.42), lang);
    }
  });

  it('differ between languages where the languages differ', () => {
    assert.notEqual(formatNumber(1234.5, 'sv'), formatNumber(1234.5, 'en'));
    assert.notEqual(formatPercent(0.42, 'sv'), formatPercent(0.42, 'en'));
  });

  it('never throw on a malformed language tag: Swedish instead', () => {
    assert.equal(formatNumber(1234.5, 'not a tag!'), new Intl.NumberFormat('sv').format(1234.5));
  });
});

describe('dates and periods', () => {
  const long = (lang: string) => new Intl.DateTimeFormat(intl(lang), { dateStyle: 'long', timeZone: 'UTC' });

  it('reads a feed date as that calendar day, and refuses what is not a date', () => {
    assert.equal(parseFeedDate('2026-08-12')?.toISOString(), '2026-08-12T00:00:00.000Z');
    assert.equal(parseFeedDate('2026-02-30'), undefined);
    assert.equal(parseFeedDate('12/08/2026'), undefined);
    assert.equal(parseFeedDate(undefined), undefined);
  });

  it('formats a date like Intl in each language', () => {
    for (const lang of LANGUAGES) {
      assert.equal(formatDate('2026-08-12', lang), long(lang).format(Date.UTC(2026, 7, 12)), lang);
    }
    assert.match(formatDate('2026-08-12', 'sv') ?? '', /augusti/);
  });

  it('formats a period with formatRange in each language', () => {
    for (const lang of LANGUAGES) {
      assert.equal(
        formatPeriod('2024-03-01', '2026-12-31', lang),
        // Swedish spaces the dash between two full dates, which Intl's Swedish data does not.
        lang === 'sv' ? '1 mars 2024 – 31 december 2026' : long(lang).formatRange(Date.UTC(2024, 2, 1), Date.UTC(2026, 11, 31)),
        lang,
      );
    }
  });

  it('gives no period for an end before the start or a malformed date', () => {
    assert.equal(formatPeriod('2026-01-01', '2025-01-01', 'sv'), undefined);
    assert.equal(formatPeriod('2026-01-01', 'soon', 'sv'), undefined);
  });
});

describe('lists', () => {
  it('join like Intl.ListFormat in each language ("A, B och C")', () => {
    const items = ['Malmö universitet', 'Lunds universitet', 'Region Skåne'];
    for (const lang of LANGUAGES) {
      assert.equal(formatList(items, lang), new Intl.ListFormat(intl(lang), { type: 'conjunction' }).format(items), lang);
    }
    assert.match(formatList(['A', 'B', 'C'], 'sv'), /och/);
  });

  it('come in parts that say which item each name is, joined to the same text', () => {
    const items = ['A', 'B', 'C'];
    for (const lang of LANGUAGES) {
      const parts = formatListParts(items, lang);
      assert.equal(parts.map((part) => part.value).join(''), formatList(items, lang), lang);
      assert.deepEqual(
        parts.filter((part) => part.item !== undefined).map((part) => [part.item, part.value]),
        [[0, 'A'], [1, 'B'], [2, 'C']],
      );
    }
  });
});

describe('plural categories', () => {
  it('are one/other in Swedish and English', () => {
    for (const lang of ['sv', 'en']) {
      assert.equal(pluralCategory(1, lang), 'one');
      assert.equal(pluralCategory(0, lang), 'other');
      assert.equal(pluralCategory(5, lang), 'other');
    }
  });

  it('are the six Arabic forms in Arabic', () => {
    const seen = [0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'));
    assert.deepEqual(seen, ['zero', 'one', 'two', 'few', 'many', 'other']);
    assert.deepEqual(
      seen,
      [0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n)),
    );
  });
});
