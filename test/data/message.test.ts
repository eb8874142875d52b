/**
 * Plural messages in ICU MessageFormat's plural syntax (src/data/message.ts): one template per
 * counted message, its form picked by `Intl.PluralRules` in the language, `#` the formatted count,
 * `{slots}` inside forms, and a malformed one shown as written, never thrown.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isolate, messageParts, parsePlural, say } from '../../src/data/message.js';
import { formatNumber } from '../../src/data/format.js';

const ARABIC_PROJECTS = '{n, plural, zero {لا مشاريع} one {مشروع واحد} two {مشروعان} few {# مشاريع} many {# مشروعًا} other {# مشروع}}';

describe('say() with a plural message', () => {
  it('picks the Arabic form for 0, 1, 2, 3, 11 and 100, and writes the count for #', () => {
    const said = [0, 1, 2, 3, 11, 100].map((n) => say(ARABIC_PROJECTS, { n }, 'ar'));
    assert.deepEqual(said, ['لا مشاريع', 'مشروع واحد', 'مشروعان', '3 مشاريع', '11 مشروعًا', '100 مشروع']);
  });

  it('picks by the language: 1 is "one" in Swedish, 0 is "other"', () => {
    const template = '{total, plural, one {{achieved} av {total} delmål uppnått} other {{achieved} av {total} delmål uppnådda}}';
    assert.equal(say(template, { achieved: 1, total: 1 }, 'sv'), '1 av 1 delmål uppnått');
    assert.equal(say(template, { achieved: 0, total: 0 }, 'sv'), '0 av 0 delmål uppnådda');
    assert.equal(say(template, { achieved: 1, total: 3 }, 'sv'), '1 av 3 delmål uppnådda');
  });

  it('formats # and {slots} as numbers in the language, and isolates string values', () => {
    const template = '{n, plural, one {# projekt hos {org}} other {# projekt hos {org}, av {max}}}';
    assert.equal(say(template, { n: 1234, org: 'ASIF', max: 5000 }, 'sv'), `${formatNumber(1234, 'sv')} projekt hos ${isolate('ASIF')}, av ${formatNumber(5000, 'sv')}`);
    assert.notEqual(formatNumber(1234, 'sv'), '1234', 'a Swedish thousands separator, so the test sees formatting');
  });

  it('lets an exact value win over the category (=0)', () => {
    const template = '{n, plural, =0 {Inga projekt} one {# projekt} other {# projekt}}';
    assert.deepEqual([0, 1, 2].map((n) => say(template, { n }, 'sv')), ['Inga projekt', '1 projekt', '2 projekt']);
  });

  it('takes the other form when the count is missing or not a number', () => {
    const template = '{n, plural, one {ett projekt} other {flera projekt}}';
    assert.equal(say(template, {}, 'sv'), 'flera projekt');
    assert.equal(say(template, { n: '1' }, 'sv'), 'flera projekt');
  });

  it('gives the count and the slots as parts, for markup around a slot', () => {
    assert.deepEqual(messageParts('{n, plural, one {# av {unit}} other {# av {unit}}}', { n: 2, unit: 'aktörer' }, 'sv'), [
      { text: '2', slot: 'n' },
      { text: ' av ' },
      { text: 'aktörer', slot: 'unit' },
    ]);
  });

  it('leaves a plain message alone: # is only the count inside a plural form', () => {
    assert.equal(parsePlural('{n} projekt'), undefined);
    assert.equal(say('Nummer #{n}', { n: 5 }, 'sv'), 'Nummer #5');
  });
});

describe('a malformed plural message', () => {
  const malformed: Record<string, string> = {
    'no other form': '{n, plural, one {# projekt}}',
    'an unclosed form': '{n, plural, one {# projekt} other {# projekt',
    'an unclosed message': '{n, plural, one {# projekt} other {# projekt}',
    'text after it': '{n, plural, one {# projekt} other {# projekt}} till',
    'a selector without a form': '{n, plural, one # projekt other {# projekt}}',
    'a form twice': '{n, plural, one {a} one {b} other {c}}',
    'a brace in a form that is not a slot': '{n, plural, one {# {x y}} other {#}}',
    'nothing in it': '{n, plural,',
  };
  for (const [what, template] of Object.entries(malformed)) {
    it(`with ${what} is reported by parsePlural and shown as written by say()`, () => {
      const parsed = parsePlural(template);
      assert.ok(parsed && 'error' in parsed, JSON.stringify(parsed));
      assert.equal(say(template, { n: 3 }, 'sv'), template);
    });
  }

  it('says what is wrong', () => {
    assert.deepEqual(parsePlural('{n, plural, one {# projekt}}'), { error: 'no "other" form' });
    assert.deepEqual(parsePlural('{n, plural, one {a} one {b} other {c}}'), { error: 'two "one" forms' });
    assert.deepEqual(parsePlural('{n, plural, one {a} other {b'), { error: 'cannot read "other {b": a form is a category and {text with {slots}}' });
    assert.deepEqual(parsePlural('{n, plural, one {a {b}} other {c {d, number}}}'), {
      error: 'cannot read "other {c {d, number}}}": a form is a category and {text with {slots}}',
    });
    assert.deepEqual(parsePlural('{n, plural, one {a} other {b}'), { error: 'no "}" closes the message' });
  });
});
