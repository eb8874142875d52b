/**
 * Tables as an .xlsx workbook (Office Open XML, ECMA-376) and back: a small reader and writer of our
 * own on `fflate`'s zip, loaded with `import()` only when a spreadsheet is read or written, so that
 * nothing of it reaches the widget bundle. Why not a spreadsheet library: `xlsx@0.18.5`, the last
 * SheetJS build on the npm registry, has published prototype-pollution and ReDoS advisories;
 * `exceljs@4.4.0` pulls about 190 packages and a megabyte of browser code with Node polyfills;
 * the feed's tables need cells, dates, formulas' cached values and merged cells, which fit here.
 *
 * Reading: shared and inline strings, numbers, booleans, errors (kept as their text, so that they
 * are reported), dates by their number format (1900 and 1904 date systems), formulas by their
 * cached value, merged cells (the top-left value fills the cells below it in its column). The
 * header row is the first row with anything in it. A workbook with macros (.xlsm, `vbaProject.bin`)
 * and the old binary .xls format are refused with a {@link SpreadsheetError}. Pure apart from the
 * dynamic import; no DOM.
 */
import { dateToSerial, serialToDate, type Cell } from './cells.js';
import type { Table } from './tables.js';
import { workbookContainer } from './workbook-magic.js';

/** A file that is not a spreadsheet this reader takes; `sv` and `en` say why and what to do. */
export class SpreadsheetError extends Error {
  constructor(
    readonly code: 'not-a-spreadsheet' | 'macros' | 'old-format' | 'too-large',
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'SpreadsheetError';
  }
}

const NOT_A_SPREADSHEET = () => new SpreadsheetError('not-a-spreadsheet', 'filen är inget .xlsx-kalkylark', 'the file is not an .xlsx spreadsheet');

type Files = Record<string, Uint8Array>;

/**
 * What a workbook may unpack to. A zip names each part's unpacked size, and fflate unpacks a part
 * into a buffer of that size, so the limit holds even for a part that claims less than it holds: a
 * small file made to unpack to gigabytes (a zip bomb) is refused before anything is unpacked.
 * 200 MB is about twenty times a 10,000-project workbook.
 */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** The parts a workbook is read from: XML and relationships; images and the like are never unpacked. */
const READ_PART = /\.(xml|rels)$/i;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as characters: entities, character references and OOXML's `_xHHHH_` escapes decoded. */
function decode(text: string): string {
  // Most values (cell references, numbers, plain words) have nothing to decode.
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name] ?? whole;
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a start tag's inside, by name; `r:id` is also found as `:id`. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // The look-behind starts a name only where a name can start, so a long run of name characters
  // without "=" is read once, not once from each of its characters.
  for (const match of tag.matchAll(/(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = decode(match[2] ?? match[3] ?? '');
    out[match[1]] = value;
    if (match[1].includes(':')) out[`:${match[1].split(':').pop()}`] = value;
  }
  return out;
}

/** One element found by {@link scan}: where it starts and ends in the text, its attributes' text and its content. */
interface Found {
  start: number;
  end: number;
  tag: string;
  content: string;
}

/**
 * Every element `name` (any namespace prefix) in `xml`, in one pass: a start tag is found by a
 * pattern that cannot backtrack far, and its end by `indexOf`. An element left open ends the
 * scan, since nothing after it can be closed either; so a crafted file costs time in proportion
 * to its size, never to its square (the regular expressions of the first version did).
 */
function* scan(xml: string, name: string): Generator<Found> {
  // One pattern per scan, for its own lastIndex: scans of rows and of their cells run interleaved.
  const starts = new RegExp(`<((?:[\\w.-]+:)?${name})(?=[\\s/>])`, 'g');
  for (let match = starts.exec(xml); match !== null; match = starts.exec(xml)) {
    const close = xml.indexOf('>', starts.lastIndex);
    if (close < 0) return;
    const tag = xml.slice(starts.lastIndex, close);
    if (tag.endsWith('/')) {
      yield { start: match.index, end: close + 1, tag: tag.slice(0, -1), content: '' };
      starts.lastIndex = close + 1;
      continue;
    }
    const endTag = `</${match[1]}>`;
    const end = xml.indexOf(endTag, close + 1);
    if (end < 0) return;
    yield { start: match.index, end: end + endTag.length, tag, content: xml.slice(close + 1, end) };
    starts.lastIndex = end + endTag.length;
  }
}

/** Every element `name` (any namespace prefix): its attributes and its content. */
function* elements(xml: string, name: string): Generator<{ attributes: Record<string, string>; content: string }> {
  for (const found of scan(xml, name)) yield { attributes: attributes(found.tag), content: found.content };
}

/** The content of the first element `name`, if there is one. */
function firstContent(xml: string, name: string): string | undefined {
  for (const found of scan(xml, name)) return found.content;
  return undefined;
}

/** The text of the `<t>` elements in `xml`, leaving out phonetic runs. */
function textOf(xml: string): string {
  let withoutPhonetics = '';
  let from = 0;
  for (const run of scan(xml, 'rPh')) {
    withoutPhonetics += xml.slice(from, run.start);
    from = run.end;
  }
  withoutPhonetics += xml.slice(from);
  return [...elements(withoutPhonetics, 't')].map((t) => decode(t.content)).join('');
}

/** A path a relationship points to, from the folder of the part that has it. */
function resolvePath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The relationships of a part, by id: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relationships(text: (path: string) => string | undefined, part: string): Map<string, { target: string; type: string }> {
  const folder = part.split('/').slice(0, -1).join('/');
  const rels = text(`${folder ? `${folder}/` : ''}_rels/${part.split('/').pop()}.rels`) ?? '';
  const out = new Map<string, { target: string; type: string }>();
  for (const { attributes: a } of elements(rels, 'Relationship')) {
    if (a.TargetMode !== 'External') out.set(a.Id, { target: resolvePath(part, a.Target), type: a.Type ?? '' });
  }
  return out;
}

/** Built-in number formats that show dates (ECMA-376 §18.8.30), besides custom ones with d, m, y. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormat(code: string): boolean {
  // Quoted text, escaped characters and [colour]/[$-locale] blocks are not date parts.
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare);
}

/** For each cell style index, whether it shows a number as a date. */
function dateStyles(styles: string): boolean[] {
  const custom = new Map<number, string>();
  for (const { attributes: a } of elements(styles, 'numFmt')) custom.set(Number(a.numFmtId), a.formatCode ?? '');
  const cellXfs = firstContent(styles, 'cellXfs') ?? '';
  return [...elements(cellXfs, 'xf')].map(({ attributes: a }) => {
    const id = Number(a.numFmtId ?? 0);
    return DATE_FORMAT_IDS.has(id) || (custom.has(id) && isDateFormat(custom.get(id) ?? ''));
  });
}

/** What a workbook's sheets share: the strings, which styles are dates, the date system. */
interface Shared {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** 1904-based serials are 1,462 days behind 1900-based ones. */
const DAYS_1904 = 1462;

function cellValue(attrs: Record<string, string>, content: string, shared: Shared): Cell {
  const v = firstContent(content, 'v');
  const formula = firstContent(content, 'f');
  const type = attrs.t ?? 'n';
  if (type === 'inlineStr') return textOf(content);
  // A formula saved without its value (a file never opened in a spreadsheet program): shown as written.
  if (v === undefined || (v === '' && formula !== undefined)) return formula === undefined ? null : `=${decode(formula)}`;
  if (type === 's') return shared.strings[Number(v)] ?? null;
  if (type === 'str' || type === 'e') return decode(v);
  if (type === 'b') return v.trim() === '1';
  if (type === 'd') return new Date(decode(v));
  const number = Number(v);
  if (!shared.dates[Number(attrs.s ?? 0)] || !Number.isFinite(number)) return number;
  const serial = shared.date1904 ? number + DAYS_1904 : number;
  return new Date(serialToDate(0).getTime() + Math.round(serial * 86_400_000));
}

/** "BC12" → column 54 (0-based), row 12. */
function cellAddress(ref: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { column: column - 1, row: Number(match[2]) };
}

/** The sheet's cells by row number, with merged ranges filled down their first column. */
function sheetGrid(xml: string, shared: Shared): Map<number, Cell[]> {
  const grid = new Map<number, Cell[]>();
  let rowNumber = 0;
  for (const row of elements(xml, 'row')) {
    rowNumber = Number(row.attributes.r ?? rowNumber + 1);
    const cells: Cell[] = [];
    let column = -1;
    for (const cell of elements(row.content, 'c')) {
      column = cellAddress(cell.attributes.r ?? '')?.column ?? column + 1;
      cells[column] = cellValue(cell.attributes, cell.content, shared);
    }
    grid.set(rowNumber, Array.from(cells, (cell) => cell ?? null));
  }
  for (const { attributes: a } of elements(xml, 'mergeCell')) {
    const [from, to] = (a.ref ?? '').split(':').map(cellAddress);
    if (!from || !to) continue;
    const value = grid.get(from.row)?.[from.column] ?? null;
    for (let r = from.row + 1; r <= to.row; r++) {
      const cells = grid.get(r) ?? [];
      while (cells.length <= from.column) cells.push(null);
      if (cells[from.column] === null) cells[from.column] = value;
      grid.set(r, cells);
    }
  }
  return grid;
}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A sheet's grid as a table: the first row with anything in it is the header row. */
function tableOfGrid(name: string, grid: Map<number, Cell[]>): Table {
  const numbers = [...grid.keys()].sort((a, b) => a - b).filter((n) => !(grid.get(n) ?? []).every(isBlank));
  const headerRow = numbers[0] ?? 1;
  const headers = (grid.get(headerRow) ?? []).map((cell) => (cell === null ? '' : cell instanceof Date ? cell.toISOString() : String(cell)));
  const rowNumbers = numbers.slice(1);
  const rows = rowNumbers.map((n) => {
    const cells = grid.get(n) ?? [];
    return headers.map((_, index) => cells[index] ?? null);
  });
  return { name, headers, rows, rowNumbers, headerRow };
}

async function unzip(bytes: Uint8Array): Promise<{ macros: boolean; text: (path: string) => string | undefined }> {
  const container = workbookContainer(bytes);
  if (container === 'ole') {
    throw new SpreadsheetError('old-format', 'filen är i det gamla .xls-formatet eller lösenordsskyddad: spara den som .xlsx (Excel-arbetsbok) utan lösenord', 'the file is in the old .xls format or password-protected: save it as an .xlsx workbook without a password');
  }
  if (container !== 'zip') throw NOT_A_SPREADSHEET();
  const { unzipSync, strFromU8 } = await import('fflate');
  let files: Files;
  let unpacked = 0;
  let macros = false;
  try {
    files = unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        macros ||= /vbaProject\.bin$/i.test(name);
        if (!READ_PART.test(name)) return false;
        unpacked += originalSize;
        return unpacked <= MAX_UNPACKED_BYTES;
      },
    });
  } catch {
    throw NOT_A_SPREADSHEET();
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new SpreadsheetError(
      'too-large',
      `kalkylarket packas upp till mer än ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: det är för stort för ett projektflöde, eller trasigt`,
      `the spreadsheet unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: too large for a project feed, or damaged`,
    );
  }
  return { macros, text: (path) => (files[path] === undefined ? undefined : strFromU8(files[path])) };
}

/** The sheets of an .xlsx workbook, in the workbook's order. */
export async function readWorkbook(bytes: Uint8Array): Promise<Table[]> {
  const { macros, text } = await unzip(bytes);
  const contentTypes = text('[Content_Types].xml') ?? '';
  if (macros || /macroEnabled/i.test(contentTypes)) {
    throw new SpreadsheetError('macros', 'kalkylarket innehåller makron (.xlsm): spara det som .xlsx (Excel-arbetsbok) utan makron och försök igen', 'the spreadsheet contains macros (.xlsm): save it as an .xlsx workbook without macros and try again');
  }
  const root = [...relationships(text, '').values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPath = root?.target ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === undefined) throw NOT_A_SPREADSHEET();
  const rels = relationships(text, workbookPath);
  const part = (type: string) => [...rels.values()].find((rel) => rel.type.endsWith(`/${type}`))?.target;
  const strings = [...elements(text(part('sharedStrings') ?? '') ?? '', 'si')].map((si) => textOf(si.content));
  const shared: Shared = { strings, dates: dateStyles(text(part('styles') ?? '') ?? ''), date1904: /date1904\s*=\s*["'](1|true)["']/.test(workbook) };
  const tables: Table[] = [];
  for (const { attributes: a } of elements(workbook, 'sheet')) {
    const path = rels.get(a[':id'] ?? '')?.target;
    const xml = path === undefined ? undefined : text(path);
    if (xml !== undefined) tables.push(tableOfGrid(a.name ?? '', sheetGrid(xml, shared)));
  }
  return tables;
}

// ---- Writing ---------------------------------------------------------------------------------

/** Text safe in XML: markup escaped, characters XML cannot hold (and a literal `_xHHHH_`) as OOXML escapes. */
function escape(text: string): string {
  return text
    .replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .replace(/[<>&"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Cell styles of the writer's styles.xml: 0 plain, 1 bold (headers), 2 a date as YYYY-MM-DD. */
const STYLE = { header: 1, date: 2 };

function cellXml(cell: Cell, ref: string, header: boolean): string {
  if (cell === null || cell === '') return '';
  const style = header ? ` s="${STYLE.header}"` : '';
  if (typeof cell === 'number') return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell instanceof Date) return `<c r="${ref}" s="${STYLE.date}"><v>${dateToSerial(cell)}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
}

/** Wide enough for the header and the first rows' values, between 12 and 60 characters. */
function columnWidth(table: Table, index: number): number {
  const lengths = [table.headers[index], ...table.rows.slice(0, 100).map((row) => row[index])].map((cell) => (cell instanceof Date ? 10 : String(cell ?? '').length));
  return Math.min(60, Math.max(12, ...lengths.map((length) => length + 2)));
}

function sheetXml(table: Table): string {
  const rows = [table.headers, ...table.rows].map((cells, index) => {
    const content = cells.map((cell, column) => cellXml(cell, `${columnName(column)}${index + 1}`, index === 0)).join('');
    return `<row r="${index + 1}">${content}</row>`;
  });
  const widths = table.headers.map((_, index) => `<col min="${index + 1}" max="${index + 1}" width="${columnWidth(table, index)}" customWidth="1"/>`);
  const frozen = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  const cols = widths.length > 0 ? `<cols>${widths.join('')}</cols>` : '';
  return `${XML}<worksheet xmlns="${MAIN}">${frozen}${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES_XML =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The parts of the package, by path. */
function packageParts(tables: readonly Table[]): Record<string, string> {
  const sheets = tables.map((table, index) => `<sheet name="${escape(table.name.slice(0, 31))}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`);
  const sheetRels = tables.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`);
  const n = tables.length;
  const sheetTypes = tables.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetTypes.join('')}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>${sheets.join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${RELS}">${sheetRels.join('')}<Relationship Id="rId${n + 1}" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES_XML,
  };
  tables.forEach((table, index) => (parts[`xl/worksheets/sheet${index + 1}.xml`] = sheetXml(table)));
  return parts;
}

/**
 * The tables as an .xlsx workbook, one sheet each: the header row bold and frozen, dates as dates
 * (shown YYYY-MM-DD), text as text (never a formula). The same tables give the same bytes.
 */
export async function writeWorkbook(tables: readonly Table[]): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  const parts = packageParts(tables);
  const files = Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)]));
  // A fixed time stamp: the template built twice is the same file.
  return zipSync(files, { level: 6, mtime: new Date(2026, 0, 1) });
}
