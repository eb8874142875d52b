import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalLanguage, formattingLanguage, matchLocale, textDirection } from '../../src/data/locale.js';
import { memoize } from '../../src/data/memo.js';

const CATALOGUES = ['sv', 'en', 'ar'] as const;

describe('matchLocale', () => {
  it('takes a catalogue by its exact tag', () => {
    assert.equal(matchLocale('en', CATALOGUES), 'en');
    assert.equal(matchLocale('ar', CATALOGUES), 'ar');
  });

  it('falls back from a regional tag to its language (en-GB → en, sv-FI → sv, ar-EG → ar)', () => {
    assert.equal(matchLocale('en-GB', CATALOGUES), 'en');
    assert.equal(matchLocale('sv-FI', CATALOGUES), 'sv');
    assert.equal(matchLocale('AR-eg', CATALOGUES), 'ar');
    assert.equal(matchLocale('en-Latn-US', CATALOGUES), 'en');
  });

  it('falls back to Swedish for a language without a catalogue, none, or a malformed tag', () => {
    assert.equal(matchLocale('fa', CATALOGUES), 'sv');
    assert.equal(matchLocale(undefined, CATALOGUES), 'sv');
    assert.equal(matchLocale('', CATALOGUES), 'sv');
    assert.equal(matchLocale('not a language!', CATALOGUES), 'sv');
  });

  it('only offers what is available (a catalogue that failed to load is left out)', () => {
    assert.equal(matchLocale('en', ['sv', 'ar']), 'sv');
  });
});

describe('canonicalLanguage', () => {
  it('canonicalizes case and returns undefined where Intl would throw', () => {
    assert.equal(canonicalLanguage(' EN-gb '), 'en-GB');
    assert.equal(canonicalLanguage('sv'), 'sv');
    assert.equal(canonicalLanguage('x!y'), undefined);
    assert.equal(canonicalLanguage(''), undefined);
    assert.equal(canonicalLanguage(null), undefined);
  });
});

describe('formattingLanguage', () => {
  it('keeps the regional tag when the words are in its language, else formats like the words', () => {
    assert.equal(formattingLanguage('en-GB', 'en'), 'en-GB');
    assert.equal(formattingLanguage('sv-FI', 'sv'), 'sv-FI');
    assert.equal(formattingLanguage('fa', 'sv'), 'sv');
    assert.equal(formattingLanguage(undefined, 'sv'), 'sv');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic, Persian, Hebrew (also by its old code iw) and Urdu, in any region', () => {
    for (const tag of ['ar', 'ar-EG', 'fa', 'fa-IR', 'he', 'iw', 'ur']) assert.equal(textDirection(tag), 'rtl', tag);
  });

  it('is ltr for Swedish, English, and anything unknown or malformed', () => {
    for (const tag of ['sv', 'en-GB', 'fi', 'se', undefined, '', '!!']) assert.equal(textDirection(tag), 'ltr', String(tag));
  });

  it('follows an explicit script: az-Arab and ku-Arab are rtl, sd-Deva and az-Latn are ltr', () => {
    assert.equal(textDirection('az-Arab'), 'rtl');
    assert.equal(textDirection('ku-Arab'), 'rtl');
    assert.equal(textDirection('sd-Deva'), 'ltr');
    assert.equal(textDirection('az-Latn'), 'ltr');
    assert.equal(textDirection('az'), 'ltr');
  });

  it('knows Dhivehi is rtl, which ICU text info gets wrong', () => {
    assert.equal(textDirection('dv'), 'rtl');
  });
});

describe('answers remembered per tag (memoize)', () => {
  it('asks once per tag, and answers the same again, undefined included', () => {
    const asked: string[] = [];
    const canonical = memoize((tag: string) => {
      asked.push(tag);
      return tag === 'x' ? undefined : tag.toLowerCase();
    });
    assert.equal(canonical('EN'), 'en');
    assert.equal(canonical('EN'), 'en');
    assert.equal(canonical('x'), undefined);
    assert.equal(canonical('x'), undefined);
    assert.deepEqual(asked, ['EN', 'x']);
  });

  it('keeps answering right past its size limit (a page with hundreds of lang values)', () => {
    const tags = Array.from({ length: 250 }, (_, i) => `sv-x-p${i}`);
    for (const tag of tags) assert.equal(canonicalLanguage(tag), tag);
    for (const tag of tags) assert.equal(canonicalLanguage(tag.toUpperCase()), tag);
    assert.equal(textDirection('AR'), 'rtl');
    assert.equal(textDirection('ar'), 'rtl');
    assert.equal(canonicalLanguage(' not a tag '), undefined);
  });
});
