import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  choosePlural,
  collatorFor,
  formatDate,
  formatList,
  formatNumber,
  intlLocale,
  pluralCategory,
} from '../../src/data/format.js';

describe('format', () => {
  it('formats numbers as Intl does for the language', () => {
    assert.equal(formatNumber(1234567.891, 'sv'), new Intl.NumberFormat('sv', { maximumFractionDigits: 2 }).format(1234567.891));
    assert.equal(formatNumber(-1234.5, 'en'), '-1,234.5');
    assert.notEqual(formatNumber(1234, 'sv'), formatNumber(1234, 'en'));
  });

  it('never throws on a bad language tag', () => {
    assert.equal(intlLocale('sv_SE!!'), 'sv');
    assert.equal(formatNumber(5, 'not a tag'), '5');
    assert.equal(intlLocale('en-gb'), 'en-GB-u-nu-latn'); // canonical, with its digits pinned
  });

  it('picks the plural form by the language’s rules, falling back to other', () => {
    const forms = { one: 'one', two: 'two', few: 'few', many: 'many', zero: 'zero', other: 'other' };
    assert.equal(choosePlural(1, 'sv', forms), 'one');
    assert.equal(choosePlural(2, 'sv', forms), 'other');
    assert.equal(choosePlural(0, 'ar', forms), 'zero');
    assert.equal(choosePlural(2, 'ar', forms), 'two');
    assert.equal(choosePlural(3, 'ar', forms), 'few');
    assert.equal(choosePlural(11, 'ar', forms), 'many');
    assert.equal(choosePlural(3, 'ar', { one: 'one', other: 'other' }), 'other');
    assert.equal(pluralCategory(1, 'en'), 'one');
  });

  it('sorts names with the language’s collation', () => {
    const names = ['Örebro universitet', 'Umeå universitet', 'Ängelholm', 'Åhus', 'Ystad', 'Zeta'];
    assert.deepEqual([...names].sort(collatorFor('sv').compare), ['Umeå universitet', 'Ystad', 'Zeta', 'Åhus', 'Ängelholm', 'Örebro universitet']);
    assert.equal([...names].sort(collatorFor('en').compare)[0], 'Åhus');
  });

  it('formats feed dates as calendar dates, whatever the time zone', () => {
    assert.equal(formatDate('2026-08-12', 'sv'), new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 7, 12)));
    assert.match(formatDate('2026-08-12', 'sv') ?? '', /12 augusti 2026/);
    assert.equal(formatDate('12/08/2026', 'sv'), undefined);
    assert.equal(formatDate(undefined, 'sv'), undefined);
  });

  it('joins lists the language’s way', () => {
    assert.equal(formatList(['A', 'B', 'C'], 'sv'), new Intl.ListFormat('sv', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });
});
