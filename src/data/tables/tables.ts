/**
 * A feed as tables (spreadsheet sheets or CSV files) and back: the one code path of `si-feed export`,
 * `si-feed import` and the studio page. The format is documented in docs/feed-spreadsheet.md; the
 * sheets and columns are in columns.ts. Pure; no DOM. Reading and writing the files themselves is
 * in xlsx.ts and csv.ts.
 */
export type { Cell } from './cells.js';
import type { Cell } from './cells.js';

/** One sheet, or one CSV file. */
export interface Table {
  /** The sheet's name (`Projekt`), or the CSV file's name without `.csv`. */
  name: string;
  headers: string[];
  rows: Cell[][];
  /** Each row's number as Excel shows it (the header row is usually 1), for messages; else the header is row 1 and rows follow it. */
  rowNumbers?: number[];
  /** The header row's number as Excel shows it; 1 when absent. */
  headerRow?: number;
}

/** Why the tables do not make a valid feed, at one cell: "Projekt, rad 7, kolumn start: 2026-13-01 är inget datum". */
export interface TableProblem {
  /** A short name for the kind of problem, e.g. `not-a-date`, `missing-column`, `duplicate-id`, `unknown-organization`, `invalid`. */
  code: string;
  sheet: string;
  /** The row as Excel shows it; absent for a problem with the whole sheet. */
  row?: number;
  /** The column's header as the sheet has it (or as it should be, for a missing column). */
  column?: string;
  /** The whole message, in Swedish and in English, naming the sheet, row and column. */
  sv: string;
  en: string;
  /** The feed is made all the same (an unknown column is left out): not a reason to refuse it. */
  warning?: true;
}

export interface TablesToFeedOptions {
  /** The feed's `language` when the tables have no `Flöde` sheet (the one-sheet form); default `sv`. */
  language?: string;
}

export interface TablesToFeedResult {
  /** The feed, valid by the project's validator, when no problem other than a warning was found. */
  feed?: import('../types.js').Feed;
  problems: TableProblem[];
}

export { feedToTables, helpTable, templateTables } from './to-tables.js';
export { tablesToFeed } from './from-tables.js';
export { idFromName } from './cells.js';

/** A problem's place in words: "Projekt, rad 7, kolumn start" / "Projekt, row 7, column start". */
export function placeOf(sheet: string, row: number | undefined, column: string | undefined, lang: 'sv' | 'en'): string {
  const words = lang === 'sv' ? { row: 'rad', column: 'kolumn' } : { row: 'row', column: 'column' };
  return [sheet, row === undefined ? undefined : `${words.row} ${row}`, column === undefined ? undefined : `${words.column} ${column}`]
    .filter((part) => part !== undefined)
    .join(', ');
}
