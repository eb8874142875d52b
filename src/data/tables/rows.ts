/**
 * Reading one table row by row: its headers matched to the sheet's columns, and each cell read as
 * the column's kind of value, every problem named by sheet, row (as Excel shows it) and column
 * header. Pure.
 */
import type { PluralWord, Text } from '../types.js';
import { cellText, readDate, readDateTime, readList, readNumber, shown, type Cell, type CellProblem, type Read } from './cells.js';
import { headerOf, matchHeader, type Column, type SheetSpec } from './columns.js';
import { placeOf, type Table, type TableProblem } from './tables.js';

/** Every problem found, in the order found. */
export class Problems {
  readonly list: TableProblem[] = [];

  add(sheet: string, row: number | undefined, column: string | undefined, problem: CellProblem, warning = false): void {
    const entry: TableProblem = {
      code: problem.code,
      sheet,
      sv: `${placeOf(sheet, row, column, 'sv')}: ${problem.sv}`,
      en: `${placeOf(sheet, row, column, 'en')}: ${problem.en}`,
    };
    if (row !== undefined) entry.row = row;
    if (column !== undefined) entry.column = column;
    if (warning) entry.warning = true;
    this.list.push(entry);
  }

  get failed(): boolean {
    return this.list.some((problem) => !problem.warning);
  }
}

/** Where a column of a sheet is: its index in the row and its header as written. */
interface Place {
  index: number;
  header: string;
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** One row: its cells by column key (`title`, `title_en`), read on request. */
export class RowReader {
  constructor(
    readonly sheet: SheetReader,
    readonly row: number,
    private readonly cells: readonly Cell[],
  ) {}

  private cell(key: string): Cell {
    const place = this.sheet.places.get(key);
    return place === undefined ? null : (this.cells[place.index] ?? null);
  }

  problem(key: string, problem: CellProblem): void {
    this.sheet.problems.add(this.sheet.table.name, this.row, this.sheet.headerFor(key), problem);
  }

  private read<T>(key: string, reader: (cell: Cell) => Read<T>): T | undefined {
    const cell = this.cell(key);
    if (cellText(cell) === undefined) return undefined;
    const result = reader(cell);
    if ('problem' in result) this.problem(key, result.problem);
    return 'value' in result ? result.value : undefined;
  }

  string(key: string): string | undefined {
    return cellText(this.cell(key));
  }

  number(key: string): number | undefined {
    return this.read(key, readNumber);
  }

  date(key: string): string | undefined {
    return this.read(key, readDate);
  }

  dateTime(key: string): string | undefined {
    return this.read(key, readDateTime);
  }

  list(key: string): string[] | undefined {
    const list = readList(this.cell(key));
    return list.length > 0 ? list : undefined;
  }

  /** Four-digit municipality codes Excel has turned into numbers (0114 → 114) get their zeros back. */
  municipalities(key: string): string[] | undefined {
    const cell = this.cell(key);
    if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 10_000) return [String(cell).padStart(4, '0')];
    return this.list(key);
  }

  /** `;`-separated whole numbers (sdgs); an entry that is not one is a problem. */
  numbers(key: string): number[] | undefined {
    const entries = this.list(key);
    if (entries === undefined) return undefined;
    const numbers = entries.map((entry) => readNumber(entry));
    const bad = numbers.findIndex((entry) => !('value' in entry) || !Number.isInteger(entry.value));
    if (bad < 0) return numbers.map((entry) => ('value' in entry ? entry.value : 0));
    this.problem(key, { code: 'not-a-number', sv: `${entries[bad]} är inget heltal`, en: `${entries[bad]} is not a whole number` });
    return undefined;
  }

  /** A value of `column.choices`, written as the JSON value or one of its Swedish words. */
  choice<T extends string>(key: string): T | undefined {
    const text = this.string(key);
    const choices = this.sheet.spec.columns.find((c) => c.key === key)?.choices ?? {};
    if (text === undefined) return undefined;
    const folded = text.toLowerCase();
    const found = Object.entries(choices).find(([value, words]) => value === folded || words.includes(folded));
    if (found) return found[0] as T;
    const allowed = Object.keys(choices).join(', ');
    this.problem(key, { code: 'not-a-choice', sv: `${text} är inte ett av ${allowed}`, en: `${text} is not one of ${allowed}` });
    return undefined;
  }

  /** A Text: the base column alone is a plain string; language columns make an object. */
  text(key: string): Text | undefined {
    const base = this.string(key);
    const entries: [string, string][] = [];
    for (const lang of this.sheet.languages(key)) {
      const value = this.string(`${key}_${lang}`);
      if (value !== undefined) entries.push([lang, value]);
    }
    if (entries.length === 0) return base;
    const baseLang = this.sheet.baseLanguage;
    if (base !== undefined && entries.some(([lang]) => lang === baseLang)) {
      this.problem(key, { code: 'two-texts', sv: `texten på ${baseLang} står både här och i ${key}_${baseLang}`, en: `the ${baseLang} text is both here and in ${key}_${baseLang}` });
    }
    return Object.fromEntries(base === undefined ? entries : [[baseLang, base], ...entries]);
  }

  /** A unit's plural forms, one column per language: "one: aktör; other: aktörer". */
  forms(key: string): Record<string, PluralWord> | undefined {
    const out: Record<string, PluralWord> = {};
    for (const lang of this.sheet.languages(key)) {
      const entries = this.list(`${key}_${lang}`)?.map((entry) => /^([a-z]+)\s*:\s*(.+)$/.exec(entry));
      if (entries === undefined) continue;
      if (entries.every((entry) => entry !== null && PLURAL_CATEGORIES.has(entry[1])) && entries.some((entry) => entry?.[1] === 'other')) {
        out[lang] = Object.fromEntries(entries.map((entry) => [entry?.[1], entry?.[2].trim()])) as PluralWord;
      } else {
        const found = shown(this.cell(`${key}_${lang}`));
        this.problem(`${key}_${lang}`, { code: 'not-plural-forms', sv: `${found} är inga böjningsformer (one: …; other: …)`, en: `${found} is not plural forms (one: …; other: …)` });
      }
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /** Whether any column of `keys` (or their language columns) has something in this row. */
  hasAny(keys: readonly string[]): boolean {
    return [...this.sheet.places.keys()].some((placed) => keys.some((key) => placed === key || placed.startsWith(`${key}_`)) && this.string(placed) !== undefined);
  }
}

/** One table read as the sheet `spec`: which column is where, what is missing, and its rows. */
export class SheetReader {
  readonly places = new Map<string, Place>();

  constructor(
    readonly spec: SheetSpec,
    readonly table: Table,
    readonly problems: Problems,
    /** The language of the Text columns without a language suffix. */
    public baseLanguage: string,
  ) {
    const headerRow = table.headerRow ?? 1;
    table.headers.forEach((header, index) => this.place(header, index, headerRow));
    for (const column of spec.columns) {
      if (!column.required || this.places.has(column.key)) continue;
      const missing = headerOf(column);
      problems.add(table.name, headerRow, missing, { code: 'missing-column', sv: `kolumnen ${missing} saknas`, en: `the column ${missing} is missing` });
    }
  }

  private place(header: string | null, index: number, headerRow: number): void {
    const text = cellText(header);
    if (text === undefined) return;
    const match = matchHeader(this.spec, text);
    const key = match && (match.lang === undefined ? match.column.key : `${match.column.key}_${match.lang}`);
    if (key === undefined) {
      this.problems.add(this.table.name, headerRow, text, { code: 'unknown-column', sv: 'okänd kolumn; den läses inte', en: 'unknown column; it is not read' }, true);
    } else if (this.places.has(key)) {
      this.problems.add(this.table.name, headerRow, text, { code: 'duplicate-column', sv: `kolumnen finns redan (${this.places.get(key)?.header})`, en: `the column is there already (${this.places.get(key)?.header})` });
    } else this.places.set(key, { index, header: text });
  }

  /** Whether the sheet has a column for `key` (for a Text, in any language). */
  hasColumn(key: string): boolean {
    return this.places.has(key) || this.languages(key).length > 0;
  }

  /** The column's header as the sheet has it, else as it is written. */
  headerFor(key: string): string {
    const placed = this.places.get(key)?.header;
    if (placed !== undefined) return placed;
    const [base, lang] = key.split(/_(?=[^_]+$)/);
    const column: Column | undefined = this.spec.columns.find((c) => c.key === key) ?? this.spec.columns.find((c) => c.key === base);
    return column ? headerOf(column, column.key === key ? undefined : lang) : key;
  }

  /** The languages that have a column for the Text at `key`, in the sheet's order. */
  languages(key: string): string[] {
    return [...this.places.keys()].filter((placed) => placed.startsWith(`${key}_`)).map((placed) => placed.slice(key.length + 1));
  }

  /** The rows that have anything in them, with their numbers as Excel shows them. */
  rows(): RowReader[] {
    const first = (this.table.headerRow ?? 1) + 1;
    const out: RowReader[] = [];
    this.table.rows.forEach((cells, index) => {
      if (cells.every((cell) => cellText(cell) === undefined)) return;
      out.push(new RowReader(this, this.table.rowNumbers?.[index] ?? first + index, cells));
    });
    return out;
  }
}
