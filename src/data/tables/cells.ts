/**
 * One spreadsheet cell as a feed value, the way people type them: dates as Excel dates (serial
 * numbers), as text or with a time; numbers with a decimal comma and spaces between thousands;
 * lists separated by `;`. And ids made from names. Pure; dates are read by the project's one date
 * reader (../dates.ts).
 */
import { isFeedDate } from '../dates.js';

export type Cell = string | number | boolean | Date | null;

/** Why a cell could not be read, in Swedish and English, with a code a program can test. */
export interface CellProblem {
  code: string;
  sv: string;
  en: string;
}

export type Read<T> = { value: T } | { problem: CellProblem };

/** The cell as a person sees it in the sheet, for messages. */
export function shown(cell: Cell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '?' : cell.toISOString().replace('T00:00:00.000Z', '');
  return String(cell);
}

/** Text of a cell: trimmed; `undefined` when empty. */
export function cellText(cell: Cell): string | undefined {
  if (cell === null || cell === '') return undefined;
  // String() writes every whole number below 10^21 without an exponent.
  if (typeof cell === 'number') return String(cell);
  const text = shown(cell).trim();
  return text === '' ? undefined : text;
}

/** Excel counts days from 1899-12-30 (after its 1900 leap-year bug, which only February 1900 sees). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 1900-01-01 and 9999-12-31: the serial numbers Excel shows as dates. */
const SERIAL_RANGE = [1, 2_958_465];

/** The day an Excel serial number (a fraction is a time of day) stands for, as a UTC date. */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/** The Excel serial number of a UTC day. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

function notADate(cell: Cell): Read<string> {
  return { problem: { code: 'not-a-date', sv: `${shown(cell)} är inget datum`, en: `${shown(cell)} is not a date` } };
}

/** A feed date (YYYY-MM-DD) from a date cell, a serial number, or text (a time after the day is left out). */
export function readDate(cell: Cell): Read<string> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? notADate(cell) : { value: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number') {
    return cell >= SERIAL_RANGE[0] && cell <= SERIAL_RANGE[1] ? { value: serialToDate(cell).toISOString().slice(0, 10) } : notADate(cell);
  }
  const text = cellText(cell) ?? '';
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  return day && isFeedDate(day[1]) ? { value: day[1] } : notADate(cell);
}

/** A date-time kept as written; a date cell becomes UTC (`2026-11-28T09:30:00Z`). */
export function readDateTime(cell: Cell): Read<string> {
  if (cell instanceof Date) return { value: cell.toISOString().replace(/\.000Z$/, 'Z') };
  if (typeof cell === 'number') return { value: serialToDate(cell).toISOString().replace(/\.000Z$/, 'Z') };
  return { value: cellText(cell) ?? '' };
}

/** The reader gives a formula saved without its value (by a program that does not calculate) as `=…`. */
const FORMULA_WITHOUT_VALUE = (cell: string): CellProblem => ({
  code: 'formula-without-value',
  sv: `formeln ${cell} har inget sparat värde: öppna filen i Excel eller LibreOffice och spara den igen`,
  en: `the formula ${cell} has no saved value: open the file in Excel or LibreOffice and save it again`,
});

/** Spaces a number may have between thousands: space, no-break space, narrow no-break space. */
const GROUPING = /[\s\u00a0\u202f]/g;

/** A number cell, or text with a decimal comma or point ("3,5", "4 200 000", "−2"). */
export function readNumber(cell: Cell): Read<number> {
  if (typeof cell === 'number' && Number.isFinite(cell)) return { value: cell };
  const text = (cellText(cell) ?? '').replace(GROUPING, '').replace(/^\u2212/, '-');
  const both = text.includes(',') && text.includes('.');
  const number = both || !/^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i.test(text) ? Number.NaN : Number(text.replace(',', '.'));
  if (Number.isFinite(number)) return { value: number };
  if (typeof cell === 'string' && cell.startsWith('=')) return { problem: FORMULA_WITHOUT_VALUE(cell) };
  return { problem: { code: 'not-a-number', sv: `${shown(cell ?? '')} är inget tal`, en: `${shown(cell ?? '')} is not a number` } };
}

/** The entries of a `;`-separated cell, trimmed, empty ones left out. */
export function readList(cell: Cell): string[] {
  return (cellText(cell) ?? '').split(';').map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** `base`, or `base-2`, `base-3`…: the first id not in `taken`. */
export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A stable id made from a name: lower case, å and ä → a, ö → o, other accents dropped, every run of
 * anything but a-z and 0-9 → `-`. `Region Skåne` → `region-skane`.
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
