/**
 * Messages with values in them, the one way: a translated template with named slots
 * ("Projektet {id} finns inte i projektflödet.") filled by `say()`. Pure; no DOM.
 *
 * Slots instead of lit-localize's `str` placeholders, because a translation must be free to move a
 * value, and a plural form to leave its number out (Arabic "مشروع واحد", "مشروعان"), which
 * lit-localize refuses. `locales:check` checks the slots of every translation instead.
 *
 * Every string value is isolated (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), so
 * a left-to-right value inside Arabic ("ftp://x/", an id, a Swedish name) keeps its own order and
 * cannot reorder the sentence around it. Numbers are formatted here, in the message's language
 * (its own digits): they belong to the sentence and need no isolation.
 */
import { choosePlural, formatNumber, type PluralForms } from './format.js';
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

/**
 * A template in parts, each slot filled with its value (numbers formatted in `language`). A slot
 * without a value stays as written, so a malformed translation shows, and never throws. Values are
 * never read as templates: a feed value "{id}" is shown as it is.
 */
export function messageParts(template: string, values: MessageValues, language: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const match of template.matchAll(SLOT)) {
    const value = values[match[1]];
    if (value === undefined) continue;
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push({ text: typeof value === 'number' ? formatNumber(value, language) : value, slot: match[1] });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
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

/** The form of a counted message for `count` (its CLDR plural category in `language`), filled. */
export function sayCount(count: number, forms: PluralForms, values: MessageValues, language: string): string {
  return say(choosePlural(count, language, forms), values, language);
}
