/**
 * Tables as CSV files, one file per table (`Projekt.csv`, `Organisationer.csv`, …), and back.
 *
 * Written the way Swedish Excel opens a file by double-click: UTF-8 with a byte order mark (else
 * Excel reads å, ä and ö in a legacy code page), `;` between fields and a decimal comma (Excel's
 * list separator where the decimal separator is a comma), every text field quoted (RFC 4180), CRLF
 * line ends, dates as YYYY-MM-DD. A text that a spreadsheet would run as a formula gets a leading
 * `'` (the widgets' download does the same, ../download.ts), which reading takes off again.
 *
 * Read: with or without the byte order mark; fields separated by `;` or `,`, whichever the header
 * line has more of outside quotes (`;` on a tie), since Excel saves with the list separator of the
 * computer it runs on. Every cell is read as text; the columns decide what it becomes. Pure.
 */
import { BOM, csvField } from '../download.js';
import { withoutByteOrderMark } from '../validate.js';
import type { Cell } from './cells.js';
import type { Table } from './tables.js';

export const CSV_SEPARATOR = ';';

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  // Not quoted: a number, and a leading minus, is not a formula to a spreadsheet.
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return csvField(cell.toISOString().replace(/T00:00:00\.000Z$/, '').replace(/\.000Z$/, 'Z'));
  return csvField(cell);
}

/** One table as the text of a CSV file (with the byte order mark). */
export function writeCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((cells) => cells.map(csvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The CSV file name of a table: its sheet name and `.csv`. */
export function csvFileName(table: Pick<Table, 'name'>): string {
  return `${table.name}.csv`;
}

/** `;` or `,`: whichever the first line has more of outside quotes. */
function separatorOf(text: string): string {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/** The records of CSV text (RFC 4180: quoted fields may hold separators, quotes as `""` and line breaks). */
function records(text: string, separator: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      out.push([...record, field]);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) out.push([...record, field]);
  return out;
}

/** A field as the cell it was: the formula guard's `'` taken off, an empty field empty. */
function fieldCell(field: string): Cell {
  if (field === '') return null;
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}

/** A CSV file's text as a table named `name` (the file name without `.csv`); row numbers count records, as a spreadsheet shows them. */
export function readCsv(name: string, text: string): Table {
  const body = withoutByteOrderMark(text);
  const [headers = [], ...rows] = records(body, separatorOf(body));
  return {
    name: name.replace(/\.csv$/i, ''),
    headers,
    rows: rows.map((row) => row.map(fieldCell)),
    rowNumbers: rows.map((_, index) => index + 2),
    headerRow: 1,
  };
}
