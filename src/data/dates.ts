/**
 * The one reader of feed dates: the validator, the formatting and the period logic all ask it, so
 * that a day that does not exist (`2026-02-30`) is a validation problem everywhere, never a date
 * shown shifted ("2 mars 2026"). Pure; no DOM. Agrees with the shipped JSON Schema's `Date` and
 * `updated` (src/data/feed.schema.json), and is stricter where the schema's patterns cannot count
 * the days of a month.
 */

const ZERO = 48;

/** The number of `length` ASCII digits at `start`, or -1 if any is not a digit. */
function digits(value: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `value` begins with a calendar date `YYYY-MM-DD` of a day that exists. Read without a
 * regular expression or a `Date`: the validator asks this for every project's start and end.
 */
function startsWithDate(value: string): boolean {
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A feed date: `YYYY-MM-DD`, of a day that exists. */
export function isFeedDate(value: string): boolean {
  return value.length === 10 && startsWithDate(value);
}

/** What follows the date in an RFC 3339 date-time: the schema's `updated` pattern after its date. */
const TIME_AND_OFFSET = /^[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A feed date-time (`updated`): RFC 3339 with a time zone, `2026-11-28T09:30:00+01:00`, on a day that exists. */
export function isFeedDateTime(value: string): boolean {
  return startsWithDate(value) && TIME_AND_OFFSET.test(value.slice(10));
}

/**
 * A feed date (`YYYY-MM-DD`) as a calendar day at 00:00 UTC, so that no time zone moves it to the
 * day before; `undefined` for anything else, also for a day that does not exist (`2026-02-30`).
 */
export function parseFeedDate(value: string | undefined): Date | undefined {
  return value !== undefined && isFeedDate(value) ? new Date(`${value}T00:00:00Z`) : undefined;
}
