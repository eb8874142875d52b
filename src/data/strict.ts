/**
 * The checks that need tables or arithmetic, beyond what the widgets check (validate.ts): the 290
 * municipality codes, ISO 4217 currencies, the organisationsnummer's check digit, measurements
 * dated after today, and a goal's `current` that its latest measurement contradicts (a warning).
 * For `si-feed validate` and the tools that publish feeds; never imported by the widget bundle.
 *
 * It reads the feed as parsed from JSON, before validation, so that every path names the item
 * where it is in the file. Values the validator already refuses are left to it.
 */
import { isFeedDate } from './dates.js';
import { MUNICIPALITIES } from './municipalities.js';
import { isMunicipalityCode } from './municipality-names.js';
import { localDay } from './ended.js';
import { CURRENCY_CODE, describe, ORG_NUMBER, type FeedProblem } from './validate.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of a list, each with its index; nothing for anything else. */
function objectsOf(value: unknown): [JsonObject, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index): [JsonObject, number][] => (isObject(entry) ? [[entry, index]] : []));
}

/**
 * Whether the ten digits of an organisationsnummer end in their Luhn check digit: from the first,
 * digits are weighted 2, 1, 2, 1, …, the digits of the products summed, and the sum is a multiple of 10.
 */
export function hasValidCheckDigit(orgNumber: string): boolean {
  const digits = orgNumber.replace('-', '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

/** ISO 4217 codes of the currencies in use, as the running engine's ICU data knows them. */
let currencies: ReadonlySet<string> | undefined;

export function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

class StrictChecks {
  readonly problems: FeedProblem[] = [];

  constructor(readonly today: string) {}

  add(path: string, expected: string, found: unknown, warning = false): void {
    const problem: FeedProblem = { path, expected, found: describe(found) };
    if (warning) problem.warning = true;
    this.problems.push(problem);
  }

  organization(organization: JsonObject, path: string): void {
    const { orgNumber } = organization;
    if (typeof orgNumber === 'string' && ORG_NUMBER.test(orgNumber) && !hasValidCheckDigit(orgNumber)) {
      this.add(`${path}.orgNumber`, 'an organisationsnummer whose last digit is its check digit (Luhn)', orgNumber);
    }
  }

  currency(money: JsonObject, path: string): void {
    const { currency } = money;
    if (typeof currency === 'string' && CURRENCY_CODE.test(currency) && !isKnownCurrency(currency)) {
      this.add(`${path}.currency`, 'an ISO 4217 code of a currency in use, such as "SEK" or "EUR"', currency);
    }
  }

  project(project: JsonObject, path: string): void {
    const { municipalities, budget } = project;
    if (Array.isArray(municipalities)) {
      municipalities.forEach((place, i) => {
        if (typeof place === 'string' && isMunicipalityCode(place) && !Object.hasOwn(MUNICIPALITIES, place)) {
          this.add(`${path}.municipalities[${i}]`, 'a Swedish municipality code (SCB), such as "1280" for Malmö', place);
        }
      });
    }
    for (const [funding, i] of objectsOf(project.funding)) this.currency(funding, `${path}.funding[${i}]`);
    if (isObject(budget)) this.currency(budget, `${path}.budget`);
    for (const [goal, i] of objectsOf(project.goals)) this.goal(goal, `${path}.goals[${i}]`);
    for (const [contact, i] of objectsOf(project.contacts)) this.contact(contact, `${path}.contacts[${i}]`);
  }

  /**
   * Issue 22: a contact without `kind` is taken for a person, whose name and address the feed then
   * publishes on every partner's site. Saying `kind` makes that a decision, not an accident.
   */
  contact(contact: JsonObject, path: string): void {
    if (contact.kind !== undefined) return;
    this.add(
      `${path}.kind`,
      '"role" for a shared mailbox or function (projekt@…), or "person" for a named person who knows they are listed (docs/privacy.md)',
      undefined,
      true,
    );
  }

  goal(goal: JsonObject, path: string): void {
    let latest: { date: string; value: number } | undefined;
    for (const [measurement, i] of objectsOf(goal.measurements)) {
      const { date, value } = measurement;
      if (typeof date !== 'string' || !isFeedDate(date)) continue;
      if (date > this.today) this.add(`${path}.measurements[${i}].date`, `a date not after today (${this.today})`, date);
      if (typeof value === 'number' && (!latest || date >= latest.date)) latest = { date, value };
    }
    const { current } = goal;
    if (typeof current === 'number' && latest && latest.value !== current) {
      this.add(`${path}.current`, `the value of the latest measurement (${latest.value} on ${latest.date}), or no current`, current, true);
    }
  }
}

/**
 * The strict problems of a parsed feed (`JSON.parse`'s result, not yet validated); those with
 * `warning` leave the feed usable. `today` (YYYY-MM-DD) is when a measurement would be in the future.
 */
export function strictProblems(input: unknown, today: string = localDay()): FeedProblem[] {
  const checks = new StrictChecks(today);
  if (!isObject(input)) return checks.problems;
  for (const [organization, i] of objectsOf(input.organizations)) checks.organization(organization, `$.organizations[${i}]`);
  for (const [project, i] of objectsOf(input.projects)) checks.project(project, `$.projects[${i}]`);
  return checks.problems;
}
