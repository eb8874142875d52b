/**
 * Which reader a file needs, for the CLI and the studio page alike: an .xlsx workbook, or a CSV
 * file (one table; named by its file, and read as the Projekt sheet when that name is no sheet of
 * the format, as `mina-projekt.csv` is). Pure; the .xlsx reader loads its zip code on first use.
 */
import { PROJECT_SHEET, sheetSpec } from './columns.js';
import { readCsv } from './csv.js';
import type { Table } from './tables.js';
import { readWorkbook } from './xlsx.js';

/**
 * A CSV file's text: UTF-8, or else Windows-1252, the code page in which Excel's plain "CSV
 * (semikolonavgränsad)" is saved on a Swedish Windows (å, ä and ö are not UTF-8 there).
 */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The tables of one file, by its name and bytes. Throws a `SpreadsheetError` (xlsx.ts) for a file it cannot read. */
export async function readTableFile(name: string, bytes: Uint8Array): Promise<Table[]> {
  if (!/\.csv$/i.test(name)) return readWorkbook(bytes);
  const table = readCsv(name.normalize('NFC').replace(/^.*[\\/]/, ''), csvText(bytes));
  return [sheetSpec(table.name) ? table : { ...table, name: PROJECT_SHEET.name }];
}
