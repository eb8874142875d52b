/**
 * Numbers, dates, lists, plural categories and collation for a language, with `Intl`. Pure; no DOM.
 * Formatters are cached per language: building one costs far more than using it.
 */
import { parseFeedDate } from './dates.js';
import { LruCache, memoize } from './memo.js';
import { DEFAULT_LANGUAGE } from './text.js';

/**
 * The digits each language is written with, pinned, because the browser's CLDR data differs
 * (newer data writes Arabic with Latin digits, older with Arabic-Indic ones): the same widget shows
 * the same digits in every browser, the digits the feed's own texts and Swedish documents use.
 */
const NUMBERING_SYSTEMS: Readonly<Record<string, string>> = { sv: 'latn', en: 'latn', ar: 'latn' };

/**
 * A locale `Intl` accepts: the tag itself when valid, else Swedish, with its digits pinned; plain
 * `en` is British English, as the words are ("12 August 2026"). A bad `lang` attribute never
 * throws. Asked for every date and number shown, so the answer is remembered per tag.
 */
export const intlLocale = memoize((language: string): string => {
  try {
    const canonical = Intl.getCanonicalLocales(language)[0] ?? DEFAULT_LANGUAGE;
    const locale = new Intl.Locale(canonical === 'en' ? 'en-GB' : canonical);
    const numberingSystem = NUMBERING_SYSTEMS[locale.language];
    return (numberingSystem && !locale.numberingSystem ? new Intl.Locale(locale, { numberingSystem }) : locale).toString();
  } catch {
    return DEFAULT_LANGUAGE;
  }
});

const numberFormatFor = memoize((locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
const pluralRulesFor = memoize((locale: string) => new Intl.PluralRules(locale));
const dateFormatFor = memoize((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const listFormatFor = memoize((locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const collatorForLocale = memoize((locale: string) => new Intl.Collator(locale, { numeric: true }));

const FORMATTERS = {
  number: numberFormatFor,
  plural: pluralRulesFor,
  date: dateFormatFor,
  list: listFormatFor,
  collator: collatorForLocale,
} as const;

export type FormatterKind = keyof typeof FORMATTERS;

/**
 * Makes the formatters of these kinds for the language now, so that the first view that uses them
 * does not wait for them: an element calls this while its feed downloads. A page's first
 * `Intl.DateTimeFormat` alone costs tens of milliseconds (ICU loads its date patterns).
 */
export function prepareFormatters(language: string, kinds: readonly FormatterKind[]): void {
  const locale = intlLocale(language);
  for (const kind of kinds) FORMATTERS[kind](locale);
}

/** `1234.5` → "1 234,5" in Swedish, "1,234.5" in English. */
export function formatNumber(value: number, language: string): string {
  return numberFormatFor(intlLocale(language)).format(value);
}

/** The CLDR plural category of `count` in the language: Swedish has `one` and `other`, Arabic all six. */
export function pluralCategory(count: number, language: string): Intl.LDMLPluralRule {
  return pluralRulesFor(intlLocale(language)).select(count);
}

/** One message per CLDR plural category; `other` is required, the rest fall back to it. */
export type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** The form of a message for `count` (`@lit/localize` has no ICU plurals, lit#1891). */
export function choosePlural(count: number, language: string, forms: PluralForms): string {
  return forms[pluralCategory(count, language)] ?? forms.other;
}

/** Compares names as the language sorts them ("Örebro" after "Umeå" in Swedish), digits by value. */
export function collatorFor(language: string): Intl.Collator {
  return collatorForLocale(intlLocale(language));
}

/** "A, B och C" in Swedish. */
export function formatList(items: readonly string[], language: string): string {
  return listFormatFor(intlLocale(language)).format(items);
}

/**
 * A feed date (`YYYY-MM-DD`) in words: "12 augusti 2026". Read as a calendar date in UTC, so
 * no time zone can move it to the day before. `undefined` for anything that is not such a date,
 * also for a day that does not exist (`2026-02-30` is not "2 mars 2026").
 */
export function formatDate(value: string | undefined, language: string): string | undefined {
  const date = parseFeedDate(value);
  return date ? dateFormatFor(intlLocale(language)).format(date) : undefined;
}

/** Currency formats per locale and currency. */
const moneyFormats = new LruCache<string, Intl.NumberFormat | undefined>();

/**
 * An amount in its ISO 4217 currency: 4200000 SEK → "4 200 000 kr" in Swedish, "SEK 4,200,000" in
 * English; two decimals only when there is a fraction. A code `Intl` does not take is written after the number.
 */
export function formatMoney(amount: number, currency: string, language: string): string {
  const locale = intlLocale(language);
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  const format = moneyFormats.get(`${locale}|${currency}|${fractionDigits}`, () => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    } catch {
      return undefined;
    }
  });
  return format ? format.format(amount) : `${formatNumber(amount, language)} ${currency}`;
}

/** Percent formats per locale and number of decimals. */
const percentFormats = new LruCache<string, Intl.NumberFormat>();

/** A fraction as a percentage: `0.42` → "42 %" in Swedish, "42%" in English. */
export function formatPercent(fraction: number, language: string, maximumFractionDigits = 0): string {
  const locale = intlLocale(language);
  return percentFormats
    .get(`${locale}|${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }))
    .format(fraction);
}

/**
 * A period between two feed dates, "1 mars 2024 – 31 december 2026", with `formatRange`, so each
 * language gets its own dash, spacing and shared parts ("1–31 mars 2026"). `undefined` when either
 * end is not a date or the end is before the start: the caller words a half-open period itself.
 */
export function formatPeriod(start: string | undefined, end: string | undefined, language: string): string | undefined {
  const from = parseFeedDate(start);
  const to = parseFeedDate(end);
  if (!from || !to || to < from) return undefined;
  // Between two full dates the dash is spaced ("1 mars 2024 – 31 december 2026"), as Swedish
  // writes it and Intl's Swedish data does not; between two numbers it is not ("1–31 mars 2026").
  const parts = dateFormatFor(intlLocale(language)).formatRangeToParts(from, to);
  const spaced = parts.some((part) => part.source === 'startRange' && part.type === 'literal' && /\s/.test(part.value));
  return parts.map((part) => (spaced && part.source === 'shared' && part.value === '–' ? ' – ' : part.value)).join('');
}

/**
 * `formatList` in parts, so that each item can carry its own `lang`:
 * `[{item: 0, value: "A"}, {value: ", "}, {item: 1, value: "B"}, {value: " och "}, …]`.
 */
export function formatListParts(items: readonly string[], language: string): { value: string; item?: number }[] {
  let item = 0;
  return listFormatFor(intlLocale(language))
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? { value: part.value, item: item++ } : { value: part.value }));
}
