/** Choosing the string of a feed `Text` for a language. Pure; no DOM. */
import type { Text } from './types.js';

export const DEFAULT_LANGUAGE = 'sv';

export interface ResolvedText {
  text: string;
  /** The language the string is in, so a fallback can be marked with its own `lang`. */
  lang: string;
}

/** `en-GB` → `en`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

function findLanguage(text: { readonly [lang: string]: string }, wanted: string): string | undefined {
  if (Object.hasOwn(text, wanted)) return wanted;
  const base = baseLanguage(wanted);
  let baseMatch: string | undefined;
  for (const key in text) {
    if (key.toLowerCase() === wanted.toLowerCase()) return key;
    if (baseMatch === undefined && baseLanguage(key) === base) baseMatch = key;
  }
  return baseMatch;
}

/**
 * The element's language, else the feed's `language`, else Swedish, else the first one there.
 * A plain string is in the feed's language.
 */
export function resolveText(
  text: Text | undefined,
  language: string,
  feedLanguage: string = DEFAULT_LANGUAGE,
): ResolvedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { text, lang: feedLanguage };
  for (const wanted of [language, feedLanguage, DEFAULT_LANGUAGE]) {
    const key = findLanguage(text, wanted);
    if (key !== undefined) return { text: text[key], lang: key };
  }
  for (const key in text) return { text: text[key], lang: key };
  return undefined;
}
