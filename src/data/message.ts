/**
 * Messages with values in them, the one way: a translated template with named slots
 * ("Projektet {id} finns inte i projektflödet.") filled by `say()`. Pure; no DOM.
 *
 * Slots instead of lit-localize's `str` placeholders, because a translation must be free to move a
 * value, and a plural form to leave its number out (Arabic "مشروع واحد", "مشروعان"), which
 * lit-localize refuses. `locales:check` checks the slots of every translation instead.
 *
 * A counted message is one template in ICU MessageFormat's plural syntax, the form the translation
 * tools (Crowdin, Phrase, Weblate) show translators: `{n, plural, one {# projekt} other {# projekt}}`.
 * Only what the widgets need: the whole message one plural over a numeric slot, forms by CLDR
 * category (`Intl.PluralRules`) or exact value (`=0`), `#` for the formatted count, `{slots}`
 * inside forms. A malformed one is shown as written, never throws; `locales:check` reports it.
 *
 * Every string value is isolated (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), so
 * a left-to-right value inside Arabic ("ftp://x/", an id, a Swedish name) keeps its own order and
 * cannot reorder the sentence around it. Numbers are formatted here, in the message's language
 * (its own digits): they belong to the sentence and need no isolation.
 */
import { formatNumber, pluralCategory } from './format.js';
import { DEFAULT_LANGUAGE } from './text.js';

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** `text` in a first-strong isolate: laid out in its own direction, whatever surrounds it. */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

export type MessageValues = Readonly<Record<string, string | number>>;

/** A piece of a filled message: text of the template, or the (formatted, not isolated) value of a slot. */
export type MessagePart = { text: string; slot?: undefined } | { text: string; slot: string };

const SLOT = /\{([A-Za-z]\w*)\}/g;

/** The slot names in a template, in order: `"{shown} av {total}"` → `["shown", "total"]`. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1]);
}

/** A plural message, parsed: `{n, plural, one {# projekt} other {# projekt}}`. */
export interface PluralMessage {
  /** The numeric slot whose value picks the form, and which `#` shows. */
  readonly slot: string;
  /** The forms by selector, as written: a CLDR category ("one") or an exact value ("=0"). */
  readonly forms: ReadonlyMap<string, string>;
  /** The `other` form, which every plural message has: for every count no other form takes. */
  readonly other: string;
}

const PLURAL_START = /^\{\s*([A-Za-z]\w*)\s*,\s*plural\s*,/;
/** A form: its selector, a CLDR category or an exact value, and its text of characters and {slots}. */
const FORM = /\s*(=\d+|[A-Za-z]+)\s*\{((?:[^{}]|\{[A-Za-z]\w*\})*)\}/y;

/**
 * The plural message `template` is, `undefined` when it is a plain message (it does not start
 * with `{slot, plural,`), or `{ error }` saying how it is malformed. Never throws.
 */
export function parsePlural(template: string): PluralMessage | { error: string } | undefined {
  const start = PLURAL_START.exec(template);
  if (!start) return undefined;
  const forms = new Map<string, string>();
  let at = start[0].length;
  for (let form = formAt(template, at); form; form = formAt(template, at)) {
    if (forms.has(form[1])) return { error: `two "${form[1]}" forms` };
    forms.set(form[1], form[2]);
    at = form.index + form[0].length;
  }
  const rest = template.slice(at).trim();
  if (rest !== '}') return { error: rest ? `cannot read "${rest.slice(0, 24)}": a form is a category and {text with {slots}}` : 'no "}" closes the message' };
  const other = forms.get('other');
  return other === undefined ? { error: 'no "other" form' } : { slot: start[1], forms, other };
}

function formAt(template: string, at: number): RegExpExecArray | null {
  FORM.lastIndex = at;
  return FORM.exec(template);
}

/** A slot, or in a plural form also `#`: the count. */
const SLOT_OR_COUNT = /\{([A-Za-z]\w*)\}|#/g;

/**
 * A template in parts, each slot filled with its value (numbers formatted in `language`); of a
 * plural message, the form for its count, with `#` as the formatted count. A slot without a value
 * stays as written, and a malformed plural message is shown as written, so a malformed translation
 * shows, and never throws. Values are never read as templates: a feed value "{id}" is shown as it is.
 */
export function messageParts(template: string, values: MessageValues, language: string): MessagePart[] {
  const plural = parsePlural(template);
  if (plural === undefined) return fill(template, SLOT, values, language);
  if ('error' in plural) return [{ text: template }];
  return fill(chooseForm(plural, values[plural.slot], language), SLOT_OR_COUNT, values, language, plural.slot);
}

/** The form for `count`: its exact value ("=0"), else its CLDR category in `language`, else `other`. */
function chooseForm(plural: PluralMessage, count: string | number | undefined, language: string): string {
  if (typeof count !== 'number') return plural.other;
  return plural.forms.get(`=${count}`) ?? plural.forms.get(pluralCategory(count, language)) ?? plural.other;
}

/** `text` in parts, each slot `pattern` finds filled; `#` (a match without a name) with the value of `count`. */
function fill(text: string, pattern: RegExp, values: MessageValues, language: string, count?: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const slot = match[1] ?? count;
    const value = slot === undefined ? undefined : values[slot];
    if (slot === undefined || value === undefined) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: typeof value === 'number' ? formatNumber(value, language) : value, slot });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The message as text: string values isolated, numbers formatted in `language` (needed only for numbers). */
export function say(template: string, values: Readonly<Record<string, string>>): string;
export function say(template: string, values: MessageValues, language: string): string;
export function say(template: string, values: MessageValues, language = DEFAULT_LANGUAGE): string {
  return messageParts(template, values, language)
    .map((part) => (part.slot !== undefined && typeof values[part.slot] === 'string' ? isolate(part.text) : part.text))
    .join('');
}
