/**
 * `si-feed export SOURCE -o feed.xlsx` (or `-o folder/`, `--format csv`: one CSV file per table) and
 * `si-feed import feed.xlsx -o feed.json` (or a folder of CSV files, or one CSV file: the Projekt
 * sheet). Both go through src/data/tables/, the code the studio page uses. Import writes its output
 * only when the tables make a valid feed, atomically (a temporary file renamed into place), and
 * prints every problem with its sheet, row and column, in Swedish and English.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { feedToJson } from '../data/feed-json.js';
import { strictProblems } from '../data/strict.js';
import { csvFileName, readCsv, writeCsv } from '../data/tables/csv.js';
import { csvText, readTableFile } from '../data/tables/files.js';
import { feedToTables, helpTable, tablesToFeed, type Table } from '../data/tables/tables.js';
import { SpreadsheetError, writeWorkbook } from '../data/tables/xlsx.js';
import { formatProblem, parseFeed } from '../data/validate.js';
import { COMMON_OPTIONS, readCommonOptions, type CommonRequest } from './options.js';
import { writeAll } from './write-files.js';
import { readSource } from './read-source.js';
import { counted, reportProblems, usageError, type Print } from './report.js';

interface TablesRequest extends CommonRequest {
  source: string;
  out: string;
  format?: 'xlsx' | 'csv';
  language?: string;
}

function parseTablesLine(command: 'export' | 'import', args: readonly string[]): TablesRequest | string {
  let parsed;
  try {
    const options = { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' }, format: { type: 'string' }, language: { type: 'string' } } as const;
    parsed = parseArgs({ args: [...args], options, allowPositionals: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.out) return `${command}: name one ${command === 'export' ? 'feed' : 'spreadsheet'} and -o OUT`;
  const format = values.format;
  if (format !== undefined && format !== 'xlsx' && format !== 'csv') return `--format: expected xlsx or csv, found "${format}"`;
  const common = readCommonOptions(values);
  if (typeof common === 'string') return common;
  return { ...common, source: positionals[0], out: values.out, format, language: values.language };
}

/** Whether OUT is a folder of CSV files: `--format csv`, a name ending in `/`, or a folder that exists. */
function exportsCsv(request: TablesRequest): boolean | string {
  if (request.format) return request.format === 'csv';
  if (request.out.endsWith('/') || (existsSync(request.out) && statSync(request.out).isDirectory())) return true;
  if (/\.xlsx$/i.test(request.out)) return false;
  return `${request.out}: name an .xlsx file or a folder (ending in /) for CSV files, or give --format`;
}

export async function exportCommand(args: readonly string[], out: Print, err: Print, usage: string): Promise<number> {
  const request = parseTablesLine('export', args);
  const csv = typeof request === 'string' ? request : exportsCsv(request);
  if (typeof request === 'string' || typeof csv === 'string') return usageError(typeof request === 'string' ? request : String(csv), usage, err);
  let text: string;
  try {
    text = await readSource(request.source, request.limits, (line) => err(`${request.source}: ${line}`));
  } catch (error) {
    err(`${request.source}: could not read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = parseFeed(text);
  const count = reportProblems(result, [], request.source, err);
  if (!result.ok || count === undefined) return 1;
  if (count.problems > 0) err(`${request.source}: exported without what is left out above (${counted(count.problems, 'problem')})`);
  const tables = [...feedToTables(result.feed), helpTable()];
  try {
    if (csv) await writeAll(request.out, tables.map((table) => [csvFileName(table), writeCsv(table)] as const));
    else await writeAll(dirname(request.out), [[basename(request.out), await writeWorkbook(tables)]]);
  } catch (error) {
    err(`${request.out}: could not write: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { projects, organizations } = result.feed;
  out(`${request.out}: ${projects.length} projects and ${organizations.length} organizations exported${csv ? ` as ${tables.length} CSV files` : ''}`);
  return 0;
}

/** The tables of a workbook, a folder of CSV files, or one CSV file (the Projekt sheet, whatever its name). */
async function readTables(source: string, maxBytes: number): Promise<Table[]> {
  const info = await stat(source);
  if (info.isDirectory()) {
    const names = (await readdir(source)).filter((name) => /\.csv$/i.test(name)).sort();
    if (names.length === 0) throw new Error('the folder has no .csv file');
    return Promise.all(names.map(async (name) => readCsv(name.normalize('NFC'), csvText(new Uint8Array(await readFile(join(source, name)))))));
  }
  if (info.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
  return readTableFile(basename(source), new Uint8Array(await readFile(source)));
}

/** What a CLI source of a feed can be besides JSON: a workbook, a CSV file, or a folder of CSV files. */
export function isSpreadsheetSource(source: string): boolean {
  if (/^https?:/i.test(source)) return false;
  return /\.(xlsx|xlsm|xls|csv)$/i.test(source) || (existsSync(source) && statSync(source).isDirectory());
}

/**
 * A spreadsheet source as feed text, for `merge` and `publish`: its problems printed as import prints
 * them; throws when it does not make a feed.
 */
export async function spreadsheetFeedText(source: string, maxBytes: number, err: Print): Promise<string> {
  let tables: Table[];
  try {
    tables = await readTables(source, maxBytes);
  } catch (error) {
    throw new Error(error instanceof SpreadsheetError ? `${error.sv} / ${error.en}` : error instanceof Error ? error.message : String(error));
  }
  const result = tablesToFeed(tables);
  for (const problem of result.problems) err(`${source}: ${problem.warning ? 'varning: ' : ''}${problem.sv}\n  ${problem.warning ? 'warning: ' : ''}${problem.en}`);
  if (result.feed === undefined) throw new Error(`the spreadsheet does not make a feed (${counted(result.problems.filter((p) => !p.warning).length, 'problem')})`);
  return feedToJson(result.feed);
}

export async function importCommand(args: readonly string[], out: Print, err: Print, usage: string): Promise<number> {
  const request = parseTablesLine('import', args);
  if (typeof request === 'string') return usageError(request, usage, err);
  const { source } = request;
  let tables: Table[];
  try {
    tables = await readTables(source, request.limits.maxBytes);
  } catch (error) {
    if (error instanceof SpreadsheetError) err(`${source}: ${error.sv}`);
    err(`${source}: could not read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = tablesToFeed(tables, { language: request.language });
  for (const problem of result.problems) {
    err(`${source}: ${problem.warning ? 'varning: ' : ''}${problem.sv}`);
    err(`  ${problem.warning ? 'warning: ' : ''}${problem.en}`);
  }
  if (result.feed === undefined) {
    const failed = result.problems.filter((problem) => !problem.warning).length;
    err(`${source}: inget importerat, ${request.out} är oförändrad / nothing imported (${counted(failed, 'problem')}); ${request.out} is unchanged`);
    return 1;
  }
  return writeImported(request, result.feed, out, err);
}

async function writeImported(request: TablesRequest, feed: NonNullable<ReturnType<typeof tablesToFeed>['feed']>, out: Print, err: Print): Promise<number> {
  const strict = strictProblems(feed, request.today);
  if (strict.length > 0) err('strict checks (si-feed validate and publish fail on these; the file is written):');
  for (const problem of strict) err(`  ${formatProblem(problem)}`);
  try {
    await writeAll(dirname(request.out), [[basename(request.out), feedToJson(feed)]]);
  } catch (error) {
    err(`${request.out}: could not write: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(`${request.out}: ${feed.projects.length} projects and ${feed.organizations.length} organizations imported from ${request.source}`);
  return 0;
}
