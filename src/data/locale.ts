/**
 * Language tags: which catalogue a language gets, and which way it is written. Pure; no DOM.
 */
import { memoize } from './memo.js';
import { baseLanguage, DEFAULT_LANGUAGE } from './text.js';

export { baseLanguage, DEFAULT_LANGUAGE };

/**
 * A well-formed, canonical BCP 47 tag (`EN-gb` → `en-GB`), or `undefined` for anything `Intl` would
 * throw on. A page's `lang` is the page author's text: it must never make a widget throw.
 */
export function canonicalLanguage(tag: string | null | undefined): string | undefined {
  return tag == null ? undefined : canonicalTag(tag);
}

const canonicalTag = memoize((tag: string): string | undefined => {
  const trimmed = tag.trim();
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
});

/**
 * The catalogue for a language among `available`: the exact tag, else its base language
 * (`en-GB` → `en`, `sv-FI` → `sv`), else Swedish.
 */
export function matchLocale<L extends string>(tag: string | undefined, available: readonly L[]): L | typeof DEFAULT_LANGUAGE {
  const canonical = canonicalLanguage(tag);
  if (canonical) {
    const exact = available.find((locale) => locale.toLowerCase() === canonical.toLowerCase());
    if (exact) return exact;
    const base = baseLanguage(canonical);
    const byBase = available.find((locale) => locale.toLowerCase() === base);
    if (byBase) return byBase;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The language `Intl` should format in for words from `catalogue`: the requested tag when it is a
 * regional form of the catalogue's language (`en-GB` keeps British dates beside English words),
 * else the catalogue itself (a Persian page gets Swedish words and Swedish numbers, not a mix).
 */
export function formattingLanguage(requested: string | undefined, catalogue: string): string {
  const canonical = canonicalLanguage(requested);
  return canonical && baseLanguage(canonical) === baseLanguage(catalogue) ? canonical : catalogue;
}

/** Languages written right to left, for engines without `Intl.Locale#getTextInfo`. */
export const RTL_LANGUAGES: readonly string[] = ['ar', 'fa', 'he', 'ur', 'iw', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'];
/** Scripts written right to left: `az-Arab`, `ku-Arab` (which ICU's text info gets wrong). */
const RTL_SCRIPTS: readonly string[] = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'];

interface TextInfo {
  direction?: string;
}
/** `getTextInfo()` is the standard (Chrome 130+); older engines had a `textInfo` getter. */
interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?: () => TextInfo;
  textInfo?: TextInfo;
}

/**
 * `rtl` for Arabic, Persian, Hebrew, Urdu and any tag in a right-to-left script (`az-Arab`), else
 * `ltr`. An explicit script decides; else `Intl.Locale#getTextInfo` where the engine has it, with
 * `RTL_LANGUAGES` as a fallback (and a correction: ICU calls Dhivehi `ltr`).
 */
export function textDirection(tag: string | undefined): 'ltr' | 'rtl' {
  const canonical = canonicalLanguage(tag);
  return canonical ? directionOf(canonical) : 'ltr';
}

const directionOf = memoize((canonical: string): 'ltr' | 'rtl' => {
  const locale = new Intl.Locale(canonical) as LocaleWithTextInfo;
  if (locale.script) return RTL_SCRIPTS.includes(locale.script) ? 'rtl' : 'ltr';
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
  return info?.direction === 'rtl' || RTL_LANGUAGES.includes(locale.language) ? 'rtl' : 'ltr';
});
