/**
 * Numbers, dates, lists, plural categories and collation for a language, with `Intl`. Pure; no DOM.
 * Formatters are cached per language: building one costs far more than using it.
 */
import { DEFAULT_LANGUAGE } from './text.js';

/** A locale `Intl` accepts: the tag itself when valid, else Swedish. A bad `lang` attribute never throws. */
export function intlLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const collators = new Map<string, Intl.Collator>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** `1234.5` → "1 234,5" in Swedish, "1,234.5" in English. */
export function formatNumber(value: number, language: string): string {
  const locale = intlLocale(language);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** The CLDR plural category of `count` in the language: Swedish has `one` and `other`, Arabic all six. */
export function pluralCategory(count: number, language: string): Intl.LDMLPluralRule {
  const locale = intlLocale(language);
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
}

/** One message per CLDR plural category; `other` is required, the rest fall back to it. */
export type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** The form of a message for `count` (`@lit/localize` has no ICU plurals, lit#1891). */
export function choosePlural(count: number, language: string, forms: PluralForms): string {
  return forms[pluralCategory(count, language)] ?? forms.other;
}

/** Compares names as the language sorts them ("Örebro" after "Umeå" in Swedish), digits by value. */
export function collatorFor(language: string): Intl.Collator {
  const locale = intlLocale(language);
  return cached(collators, locale, () => new Intl.Collator(locale, { numeric: true }));
}

/** "A, B och C" in Swedish. */
export function formatList(items: readonly string[], language: string): string {
  const locale = intlLocale(language);
  return cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/**
 * A feed date (`YYYY-MM-DD`) in words: "12 augusti 2026". Read as a calendar date in UTC, so
 * no time zone can move it to the day before. `undefined` for anything that is not such a date.
 */
export function formatDate(value: string | undefined, language: string): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  const locale = intlLocale(language);
  return cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(
    date,
  );
}
