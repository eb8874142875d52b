/**
 * The validator's problems in the studio's language. The validator (src/data/validate.ts) and the
 * strict checks (src/data/strict.ts) say what they expected and found in English, for the console
 * and the command line; the widgets' shared chunk carries no other language. The studio puts them
 * into Swedish here, keyed by the validator's exact English, with patterns for the texts built
 * with values ('a list of 3', 'a date not after today (2026-12-06)'). A text not known here stays
 * English and is marked so (WCAG 3.1.2). test/data/studio-problem-words.test.ts fails when the
 * validator says something this table cannot translate. Pure.
 */
import { choosePlural, formatNumber } from '../data/format.js';
import type { StudioLanguage } from './words.js';

/** A text to show, and its language when that is not the page's (the validator's English). */
export interface Phrase {
  text: string;
  lang?: 'en';
}

/** What the validator and the strict checks expect, word for word. */
const EXPECTED_SV: Readonly<Record<string, string>> = {
  'a non-empty string or an object such as {"sv": "…", "en": "…"}': 'en text som inte är tom, eller ett objekt som {"sv": "…", "en": "…"}',
  'a non-empty string': 'en text som inte är tom',
  'a date such as "2026-08-12"': 'ett datum skrivet som "2026-08-12"',
  'a date-time with a time zone, such as "2026-11-28T09:30:00+01:00"': 'datum och tid med tidszon, skrivet som "2026-11-28T09:30:00+01:00"',
  'a language tag such as "sv" or "en"': 'en språkkod som "sv" eller "en"',
  'a language tag such as "sv"': 'en språkkod som "sv"',
  "the id of one of the feed's organizations": 'id:t för en av flödets organisationer',
  'an absolute http: or https: URL': 'en fullständig adress som börjar med http: eller https:',
  'an absolute https: URL': 'en fullständig adress som börjar med https:',
  'an object': 'ett objekt',
  'a URL string': 'en adress (en text)',
  'a number': 'ett tal',
  'an amount: a number of 0 or more': 'ett belopp: ett tal som är 0 eller mer',
  'a list': 'en lista',
  'a list of projects': 'en lista med projekt',
  'a list of organizations': 'en lista med organisationer',
  'a list of {"id", "role"} objects': 'en lista med objekt som {"id", "role"}',
  'a Swedish organisationsnummer: ten digits, as "NNNNNN-NNNN" or without the hyphen': 'ett svenskt organisationsnummer: tio siffror, som "NNNNNN-NNNN" eller utan bindestreck',
  'an object of plural forms (zero, one, two, few, many, other) with at least "other"': 'ett objekt med böjningsformer (zero, one, two, few, many, other), minst "other"',
  'a whole number from 1 to 17': 'ett heltal från 1 till 17',
  'an ISO 4217 currency code such as "SEK" or "EUR"': 'en valutakod enligt ISO 4217, som "SEK" eller "EUR"',
  'the id of an organisation with the role "funder" in this project\'s organizations': 'id:t för en organisation med rollen "funder" bland projektets organisationer',
  'an e-mail address such as "namn@example.se"': 'en e-postadress som "namn@example.se"',
  'a phone number such as "+46 40 123 45 67"': 'ett telefonnummer som "+46 40 123 45 67"',
  'a text saying what the image shows (without one it is shown as decorative)': 'en text som säger vad bilden visar (utan den visas bilden som dekoration)',
  'an id not used by an earlier item': 'ett id som ingen tidigare post har',
  JSON: 'JSON',
  // The strict checks (src/data/strict.ts).
  'an organisationsnummer whose last digit is its check digit (Luhn)': 'ett organisationsnummer vars sista siffra är dess kontrollsiffra (Luhn)',
  'an ISO 4217 code of a currency in use, such as "SEK" or "EUR"': 'en ISO 4217-kod för en valuta som används, som "SEK" eller "EUR"',
  'a Swedish municipality code (SCB), such as "1280" for Malmö': 'en svensk kommunkod (SCB), som "1280" för Malmö',
  '"role" for a shared mailbox or function (projekt@…), or "person" for a named person who knows they are listed (docs/privacy.md)':
    '"role" för en gemensam e-postlåda eller funktion (projekt@…), eller "person" för en namngiven person som vet om att den står med (docs/privacy.md)',
};

/** A number as the validator wrote it (`String(18.5)`), in Swedish: "18,5"; anything else as it is. */
function swedishNumber(text: string): string {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? formatNumber(value, 'sv') : text;
}

/** The expected texts built with values: a pattern of the English, and its Swedish from the parts. */
const EXPECTED_PATTERNS_SV: ReadonlyArray<readonly [RegExp, (...parts: string[]) => string]> = [
  // `${SUPPORTED_FEED_VERSION}`: the version of the format.
  [/^(\d+)$/, (version) => `version ${version} av formatet`],
  // oneOfText(): the format's own values, quoted, stay as they are.
  [/^one of (.+)$/s, (values) => `ett av värdena ${values}`],
  // The objects the format's lists hold, with an example in JSON.
  [/^an object such as (\{.*\})$/s, (example) => `ett objekt som ${example}`],
  [/^a date not after today \((.+)\)$/s, (today) => `ett datum som inte är senare än i dag (${today})`],
  [
    /^the value of the latest measurement \((.+) on (.+)\), or no current$/s,
    (value, date) => `värdet från den senaste mätningen (${swedishNumber(value)} den ${date}), eller inget nuvarande värde`,
  ],
];

/** What describe() in validate.ts says it found, word for word. */
const FOUND_SV: Readonly<Record<string, string>> = {
  null: 'null (inget värde)',
  'an object': 'ett objekt',
  'an empty object': 'ett tomt objekt',
  nothing: 'ingenting',
};

/** A quoted string from the feed, a number, `true` or `false`: the feed's own value, in no language. */
function isValueAsWritten(found: string): boolean {
  return /^".*"$/s.test(found) || found === 'true' || found === 'false' || found === 'NaN' || /^-?(Infinity|\d)/.test(found);
}

function listFound(count: number): string {
  if (count === 0) return 'en tom lista';
  return `en lista med ${formatNumber(count, 'sv')} ${choosePlural(count, 'sv', { one: 'värde', other: 'värden' })}`;
}

function english(text: string, lang: StudioLanguage): Phrase {
  // On an English page the validator's English is the page's language.
  return lang === 'en' ? { text } : { text, lang: 'en' };
}

/** What the validator expected, in `lang`; the English, marked, when the text is not known here. */
export function expectedIn(expected: string, lang: StudioLanguage): Phrase {
  if (lang === 'en') return { text: expected };
  const known = EXPECTED_SV[expected];
  if (known !== undefined) return { text: known };
  for (const [pattern, swedish] of EXPECTED_PATTERNS_SV) {
    const match = pattern.exec(expected);
    if (match) return { text: swedish(...match.slice(1)) };
  }
  return english(expected, lang);
}

/** What the validator found (describe() in validate.ts), in `lang`; a value from the feed as it is. */
export function foundIn(found: string, lang: StudioLanguage): Phrase {
  if (lang === 'en' || isValueAsWritten(found)) return { text: found };
  const known = FOUND_SV[found];
  if (known !== undefined) return { text: known };
  const list = /^a list of (\d+)$/.exec(found);
  if (list) return { text: listFound(Number(list[1])) };
  return english(found, lang);
}
