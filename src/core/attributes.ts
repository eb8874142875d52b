/**
 * Attribute values read into the values an element uses, one way for every attribute: a value the
 * element cannot use is told to the console once (element, attribute, value, what is allowed,
 * what is used instead) and replaced. Elements call these in `willUpdate`, once per update, and
 * keep what they return; never in a getter, which would read (and judge) on every access.
 */
import { isOneOf, unknownWordMessage } from '../data/one-of.js';

/**
 * The text of a list attribute made of distinct `Word`s joined by `Separator`, in any order:
 * `WordList<FilterControl, ' '>` takes `"search sort"` but not `"search sortt"`. It types such fields
 * so that TypeScript users, the manifest and the editor data know each word the element accepts.
 * Every ordering is spelt out: 7 words make 13,699 lists; past 7, TypeScript refuses the union.
 */
export type WordList<Word extends string, Separator extends string, Each extends Word = Word> = Each extends Word
  ? Each | `${Each}${Separator}${WordList<Exclude<Word, Each>, Separator>}`
  : never;

/**
 * A list attribute of more words than {@link WordList} can spell out (9 words in any order are
 * 986,409 lists): its first three words are checked, so `"search sortt"` is refused, the rest at
 * run time by {@link list}; a word may repeat. The manifest gives editors its words all the same.
 */
export type LongWordList<Word extends string, Separator extends string> =
  | Word
  | `${Word}${Separator}${Word}`
  | `${Word}${Separator}${Word}${Separator}${Word}`
  | `${Word}${Separator}${Word}${Separator}${Word}${Separator}${string}`;

/** The element being read (the element itself): the text the page wrote, and its once-per-message console warning. */
export interface AttributeHost {
  getAttribute(name: string): string | null;
  warnOnce(message: string): void;
}

interface WordRule<D> {
  /** What one value is, for the message: "order" in `unknown order "newest"`. */
  kind: string;
  /** Used when the value is unset, empty or unknown. */
  fallback: D;
  /** What is done instead, for the message; default `using <fallback>`. */
  instead?: string;
}

/** One word of `allowed`; unset or empty gives the fallback without a word. */
export function oneOf<T extends string, D extends T | undefined>(
  host: AttributeHost,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  rule: WordRule<D>,
): T | D {
  if (value === undefined || value === null || value === '') return rule.fallback;
  if (isOneOf(allowed, value)) return value;
  host.warnOnce(unknownWordMessage(attribute, rule.kind, value, allowed, rule.instead ?? `using ${rule.fallback}`));
  return rule.fallback;
}

/** The words of `allowed` in a separated list, in order, each once; the others are left out. */
export function list<T extends string>(
  host: AttributeHost,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  { kind, separator }: { kind: string; separator: RegExp },
): T[] {
  const words: T[] = [];
  for (const word of (value ?? '').split(separator)) {
    if (word === '') continue;
    if (!isOneOf(allowed, word)) host.warnOnce(unknownWordMessage(attribute, kind, word, allowed, 'left out'));
    else if (!words.includes(word)) words.push(word);
  }
  return words;
}

interface NumberRule<D> {
  min: number;
  max?: number;
  /** What is allowed, for the message: "a level from 1 to 6". */
  allowed: string;
  /** Used when the value is unset or not a number (and out of range, unless `clamp`). */
  fallback: D;
  /** Out of range: use the nearest allowed number rather than the fallback. */
  clamp?: boolean;
  /** Allow fractions (milliseconds); otherwise only whole numbers. */
  fractions?: boolean;
  /** What is done instead, for the message; default `using <the number used>`. */
  instead?: string;
}

/** A number from `min` to `max` (whole unless `fractions`); unset gives the fallback without a word. */
export function wholeNumber<D extends number | undefined>(
  host: AttributeHost,
  attribute: string,
  value: number | null | undefined,
  rule: NumberRule<D>,
): number | D {
  if (value === undefined || value === null) return rule.fallback;
  const { min, max = Infinity } = rule;
  const isNumber = rule.fractions ? Number.isFinite(value) : Number.isInteger(value);
  if (isNumber && value >= min && value <= max) return value;
  const used = isNumber && rule.clamp ? Math.min(max, Math.max(min, value)) : rule.fallback;
  // The page's text when the attribute did not even make a number ("lots", not "NaN").
  const written = Number.isNaN(value) ? (host.getAttribute(attribute) ?? String(value)) : String(value);
  host.warnOnce(`${attribute}: "${written}" is not ${rule.allowed}; ${rule.instead ?? `using ${used}`}`);
  return used;
}
