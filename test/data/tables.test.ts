/**
 * The spreadsheet form of a feed (issue 13): export → import gives back the same feed, as tables,
 * as .xlsx and as CSV, for every feed the repository has; a sheet typed by hand (no ids, dates as
 * Excel dates, decimal commas, a formula, a merged cell, empty rows at the end) imports to a valid
 * feed; each import error names its sheet, row and column.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { feedToJson } from '../../src/data/feed-json.js';
import { csvFileName, readCsv, writeCsv } from '../../src/data/tables/csv.js';
import { feedToTables, helpTable, idFromName, tablesToFeed, templateTables, type Cell, type Table } from '../../src/data/tables/tables.js';
import { readTableFile } from '../../src/data/tables/files.js';
import { readWorkbook, SpreadsheetError, writeWorkbook } from '../../src/data/tables/xlsx.js';
import { parseFeed, validateFeed } from '../../src/data/validate.js';
import type { Feed } from '../../src/data/types.js';

const root = new URL('../../', import.meta.url);

/** Every valid feed among the repository's feeds and test fixtures, by file name. */
function repositoryFeeds(): [string, Feed][] {
  const folders = ['src/public/feeds/', 'test/data/fixtures/', 'test/fixtures/'];
  const feeds: [string, Feed][] = [];
  for (const folder of folders) {
    for (const name of readdirSync(new URL(folder, root)).filter((file) => file.endsWith('.json'))) {
      const result = parseFeed(readFileSync(new URL(folder + name, root), 'utf8'));
      if (result.ok) feeds.push([folder + name, result.feed]);
    }
  }
  return feeds;
}

const FEEDS = repositoryFeeds();

function imported(tables: readonly Table[]): Feed {
  const result = tablesToFeed(tables);
  assert.deepEqual(result.problems.filter((problem) => !problem.warning), []);
  assert.ok(result.feed);
  return result.feed;
}

describe('export then import gives back the same feed', () => {
  it('finds the sample feed, the every-field example and the messy fixture', () => {
    const names = FEEDS.map(([name]) => name);
    for (const name of ['src/public/feeds/sample.json', 'src/public/feeds/example-full.json', 'test/data/fixtures/messy-feed.json']) assert.ok(names.includes(name), names.join());
  });

  for (const [name, feed] of FEEDS) {
    it(`${name}: as tables, as .xlsx and as CSV files`, async () => {
      assert.deepStrictEqual(imported(feedToTables(feed)), feed);
      const workbook = await writeWorkbook([...feedToTables(feed), helpTable()]);
      assert.deepStrictEqual(imported(await readWorkbook(workbook)), feed);
      const files = feedToTables(feed).map((table) => [csvFileName(table), writeCsv(table)] as const);
      assert.deepStrictEqual(imported(files.map(([file, text]) => readCsv(file, text))), feed);
    });
  }

  it('keeps the order of a project whose organisations are not in role order, and a Text object of one language', () => {
    const feed: Feed = {
      version: 1,
      language: 'sv',
      organizations: [{ id: 'a', name: 'Förening A' }, { id: 'b', name: { sv: 'B-bolaget' } }, { id: 'c', name: 'Förening A' }],
      projects: [{ id: 'p', title: { sv: 'Ett projekt' }, organizations: [{ id: 'b', role: 'funder' }, { id: 'a', role: 'lead' }, { id: 'c', role: 'partner' }] }],
    };
    assert.deepStrictEqual(imported(feedToTables(feed)), feed);
  });
});

describe('the file formats', () => {
  it('writes CSV for Swedish Excel: byte order mark, ";", decimal comma, every text quoted, no formula', () => {
    const text = writeCsv({ name: 'Projekt', headers: ['Titel (title)', 'Budget (budget.amount)'], rows: [['=HYPERLINK("x")', 0.5], ['Å "ja"; nej', -3]] });
    assert.equal(text, '\uFEFF"Titel (title)";"Budget (budget.amount)"\r\n"\'=HYPERLINK(""x"")";0,5\r\n"Å ""ja""; nej";-3\r\n');
    assert.deepEqual(readCsv('Projekt.csv', text).rows, [['=HYPERLINK("x")', '0,5'], ['Å "ja"; nej', '-3']]);
  });

  it('reads CSV separated by "," as well, with a line break inside a field', () => {
    const table = readCsv('Projekt.csv', 'Titel,Ämnen\n"Två\nrader","a; b"\n');
    assert.deepEqual(table.headers, ['Titel', 'Ämnen']);
    assert.deepEqual(table.rows, [['Två\nrader', 'a; b']]);
  });

  it('the template has the one-sheet form, texts in Swedish, English and Arabic, a help sheet, and no rows', async () => {
    const [projects, help] = await readWorkbook(await writeWorkbook(templateTables()));
    assert.equal(projects.name, 'Projekt');
    for (const header of ['Titel (title)', 'Titel, en (title_en)', 'Titel, ar (title_ar)', 'Projektägare (lead)', 'Finansiär (funder)', 'Målvärde (goal.target)']) {
      assert.ok(projects.headers.includes(header), header);
    }
    assert.deepEqual(projects.rows, []);
    assert.equal(help.name, 'Hjälp');
    assert.ok(help.rows.some((row) => row[1] === 'Startdatum (start)'));
  });

  it('makes stable ids from names', () => {
    assert.equal(idFromName('Region Skåne'), 'region-skane');
    assert.equal(idFromName('  Örebro – Ängelholm!'), 'orebro-angelholm');
  });

  it('writes a feed with its fields in the format order and 2-space indentation', () => {
    const text = feedToJson({ projects: [{ organizations: [], title: 'T', id: 'p' }], organizations: [], version: 1 } as Feed);
    assert.equal(text, '{\n  "version": 1,\n  "organizations": [],\n  "projects": [\n    {\n      "id": "p",\n      "title": "T",\n      "organizations": []\n    }\n  ]\n}\n');
  });
});

// ---- A workbook as Excel saves one ---------------------------------------------------------

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx package the way Excel writes one: shared strings, styles (style 1 shows a date), `x:`-free parts. */
function excelFile(sheets: Record<string, string>, strings: readonly string[], extra: Record<string, string> = {}): Uint8Array {
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}` +
      `<Relationship Id="rS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    'xl/styles.xml': '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="0" fillId="2"/></cellXfs></styleSheet>',
    ...extra,
  };
  names.forEach((name, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheets[name]}</worksheet>`));
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])));
}

/** Excel's serial number of a day (and a time), as Excel stores a typed date. */
function serial(day: string, hours = 0): number {
  return (Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000 + hours / 24;
}

/** Projekt typed by hand: no ids, Swedish headers, organisations by name (fictional ones). */
function handFilledWorkbook(): Uint8Array {
  const strings = ['Titel', 'Projektägare', 'Partner', 'Startdatum', 'Slutdatum', 'Mål', 'Målvärde', 'Nuläge', 'Mätdatum', 'Kommuner', 'Ämnen', 'Globala mål', 'Status',
    'Testprojekt Äppelgården', 'Exempelföreningen Väst', 'Exempelkommunen; Exempeluniversitetet', '2027-02-28 00:00:00', 'Deltagare', '18,5', 'landsbygd; test', '8; 11',
    'Testprojekt Bigården', '2026-04-01', 'pågående'];
  const s = (index: number, ref: string) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
  const header = `<row r="1">${strings.slice(0, 13).map((_, i) => s(i, `${'ABCDEFGHIJKLM'[i]}1`)).join('')}</row>`;
  const first =
    `<row r="2">${s(13, 'A2')}${s(14, 'B2')}${s(15, 'C2')}<c r="D2" s="1"><v>${serial('2026-03-01')}</v></c>${s(16, 'E2')}${s(17, 'F2')}` +
    `<c r="G2"><f>SUM(20,30)</f><v>50</v></c>${s(18, 'H2')}<c r="I2" s="1"><v>${serial('2026-09-30', 14.5)}</v></c><c r="J2"><v>1280</v></c>${s(19, 'K2')}${s(20, 'L2')}</row>`;
  const second = `<row r="3">${s(21, 'A3')}<c r="B3" s="2"/>${s(22, 'D3')}${s(23, 'M3')}</row>`;
  const trailing = '<row r="4"><c r="A4" s="2"/></row><row r="5"><c r="B5" s="2"/></row><row r="40"><c r="A40" t="s"><v>99</v></c></row>';
  return excelFile({ Projekt: `<sheetData>${header}${first}${second}${trailing}</sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>` }, strings);
}

describe('a one-sheet spreadsheet filled in by hand', () => {
  it('imports to a valid feed: ids from names, organisations made from the role columns, Excel dates, a decimal comma, a formula, a merged cell', async () => {
    const feed = imported(await readWorkbook(handFilledWorkbook()));
    assert.deepStrictEqual(feed, {
      version: 1,
      language: 'sv',
      organizations: [
        { id: 'exempelforeningen-vast', name: 'Exempelföreningen Väst' },
        { id: 'exempelkommunen', name: 'Exempelkommunen' },
        { id: 'exempeluniversitetet', name: 'Exempeluniversitetet' },
      ],
      projects: [
        {
          id: 'testprojekt-appelgarden',
          title: 'Testprojekt Äppelgården',
          organizations: [{ id: 'exempelforeningen-vast', role: 'lead' }, { id: 'exempelkommunen', role: 'partner' }, { id: 'exempeluniversitetet', role: 'partner' }],
          start: '2026-03-01',
          end: '2027-02-28',
          goals: [{ id: 'deltagare', title: 'Deltagare', target: 50, current: 18.5, measurements: [{ date: '2026-09-30', value: 18.5 }] }],
          municipalities: ['1280'],
          topics: ['landsbygd', 'test'],
          sdgs: [8, 11],
        },
        { id: 'testprojekt-bigarden', title: 'Testprojekt Bigården', organizations: [{ id: 'exempelforeningen-vast', role: 'lead' }], start: '2026-04-01', status: 'active' },
      ],
    });
    const check = validateFeed(feed);
    assert.ok(check.ok && check.reports.length === 0);
  });

  it('the same sheet saved as CSV by Swedish Excel imports the same', async () => {
    const [sheet] = await readWorkbook(handFilledWorkbook());
    const fromXlsx = imported([sheet]);
    assert.deepStrictEqual(imported([readCsv('Projekt.csv', writeCsv(sheet))]), fromXlsx);
  });
});

// ---- Import errors -------------------------------------------------------------------------

function problemsOf(tables: Table[]): { sv: string[]; en: string[]; at: string[] } {
  const result = tablesToFeed(tables);
  assert.equal(result.feed, undefined, 'no feed when there is a problem');
  const problems = result.problems.filter((problem) => !problem.warning);
  return { sv: problems.map((p) => p.sv), en: problems.map((p) => p.en), at: problems.map((p) => `${p.sheet}|${p.row}|${p.column}|${p.code}`) };
}

const sheet = (name: string, headers: string[], ...rows: Cell[][]): Table => ({ name, headers, rows });

describe('import errors name the sheet, the row as Excel shows it and the column', () => {
  it('a date that does not exist', () => {
    const rows: Cell[][] = [['A', '2026-01-01'], [null, null], [null, null], [null, null], ['B', '2026-02-01'], ['C', '2026-13-01']];
    const { sv, en, at } = problemsOf([sheet('Projekt', ['titel', 'start'], ...rows)]);
    assert.deepEqual(sv, ['Projekt, rad 7, kolumn start: 2026-13-01 är inget datum']);
    assert.deepEqual(en, ['Projekt, row 7, column start: 2026-13-01 is not a date']);
    assert.deepEqual(at, ['Projekt|7|start|not-a-date']);
  });

  it('a number that is not one, and a formula saved without its value', () => {
    const { at } = problemsOf([sheet('Projekt', ['Titel', 'Målvärde', 'Mål'], ['A', 'femtio', 'Mål'], ['B', '=A1*2', 'Mål'])]);
    assert.deepEqual(at, ['Projekt|2|Målvärde|not-a-number', 'Projekt|3|Målvärde|formula-without-value']);
  });

  it('a missing required column', () => {
    const { sv } = problemsOf([sheet('Projekt', ['Id', 'Startdatum'], ['a', '2026-01-01'])]);
    assert.deepEqual(sv, ['Projekt, rad 1, kolumn Titel (title): kolumnen Titel (title) saknas']);
  });

  it('a duplicate id', () => {
    const { sv } = problemsOf([sheet('Projekt', ['Id (id)', 'Titel (title)'], ['a', 'Ett'], ['b', 'Två'], ['a', 'Tre'])]);
    assert.deepEqual(sv, ['Projekt, rad 4, kolumn Id (id): id:t a finns redan på rad 2']);
  });

  it('an organisation that is not on the Organisationer sheet, when there is one', () => {
    const organizations = sheet('Organisationer', ['Namn'], ['Exempelkommunen']);
    const { sv, at } = problemsOf([sheet('Projekt', ['Titel', 'Partner'], ['A', 'Exempelkommunen; Okända föreningen']), organizations]);
    assert.deepEqual(sv, ['Projekt, rad 2, kolumn Partner: organisationen Okända föreningen finns inte på bladet Organisationer']);
    assert.deepEqual(at, ['Projekt|2|Partner|unknown-organization']);
  });

  it('a row on another sheet naming a project that is not there, and a goal both in the goal columns and on Mål', () => {
    const projects = sheet('Projekt', ['Id', 'Titel', 'Mål'], ['a', 'A', 'Huvudmål']);
    const goals = sheet('Mål', ['Projekt', 'Titel'], ['a', 'Ett annat mål'], ['x', 'Mål för x']);
    const { at } = problemsOf([projects, goals]);
    assert.deepEqual(at, ['Mål|2|Projekt|two-places', 'Mål|3|Projekt|unknown-project']);
  });

  it("what the project's validator refuses is named by its cell too", () => {
    const { sv, at } = problemsOf([sheet('Projekt', ['Titel', 'Globala mål (sdgs)', 'Bild (image.url)'], ['A', '3; 18', 'http://example.org/a.jpg'])]);
    assert.deepEqual(at, ['Projekt|2|Globala mål (sdgs)|invalid', 'Projekt|2|Bild (image.url)|invalid']);
    assert.match(sv[0], /^Projekt, rad 2, kolumn Globala mål \(sdgs\): 18 godtas inte här/);
  });

  it('a workbook without a Projekt sheet', () => {
    assert.deepEqual(problemsOf([sheet('Blad1', ['Titel'], ['A'])]).at, ['Projekt|undefined|undefined|missing-sheet']);
  });

  it('refuses a workbook with macros, the old .xls format and a file that is not a spreadsheet', async () => {
    const macros = excelFile({ Projekt: '<sheetData/>' }, [], { 'xl/vbaProject.bin': 'not really VBA' });
    await assert.rejects(readWorkbook(macros), (error: unknown) => error instanceof SpreadsheetError && error.code === 'macros' && /makron/.test(error.sv));
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await assert.rejects(readWorkbook(xls), (error: unknown) => error instanceof SpreadsheetError && error.code === 'old-format');
    await assert.rejects(readWorkbook(strToU8('{"version": 1}')), (error: unknown) => error instanceof SpreadsheetError && error.code === 'not-a-spreadsheet');
  });

  it('refuses a workbook that would unpack to more than 200 MB before unpacking it (a zip bomb), and reads one with an image it never unpacks', async () => {
    const workbook = excelFile({ Projekt: '<sheetData/>' }, [], { 'xl/media/image1.png': 'a picture' });
    assert.ok(await readWorkbook(workbook), 'a part that is not XML is skipped, whatever it holds');
    // Every central-directory entry now says it unpacks to 100 MB: three of them are more than 200 MB.
    const bomb = workbook.slice();
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 46 <= bomb.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100 * 1024 * 1024, true);
    }
    await assert.rejects(readWorkbook(bomb), (error: unknown) => error instanceof SpreadsheetError && error.code === 'too-large' && /200 MB/.test(error.sv));
  });

  it('warns about a column it does not know, and imports the rest', () => {
    const result = tablesToFeed([sheet('Projekt', ['Titel', 'Min egen kolumn'], ['A', 'x'])]);
    assert.ok(result.feed);
    assert.deepEqual(result.problems.map((p) => [p.sv, p.warning]), [['Projekt, rad 1, kolumn Min egen kolumn: okänd kolumn; den läses inte', true]]);
  });
});

describe('numbers as people and programs write them', () => {
  it('reads a decimal comma or point, spaces between thousands, a minus sign and an exponent, and refuses "1,234.5"', () => {
    const rows: Cell[][] = [['A', '4 200 000', '18,5'], ['B', '1e6', '\u22122'], ['C', '0.5', '3']];
    const result = tablesToFeed([sheet('Projekt', ['Titel', 'Budget', 'Målvärde', 'Mål'], ...rows.map((row) => [...row, 'Mål']))]);
    assert.deepEqual(result.feed?.projects.map((p) => [p.budget?.amount, p.goals?.[0].target]), [[4_200_000, 18.5], [1_000_000, -2], [0.5, 3]]);
    const bad = problemsOf([sheet('Projekt', ['Titel', 'Budget'], ['A', '1,234.5'])]);
    assert.deepEqual(bad.at, ['Projekt|2|Budget|not-a-number']);
  });
});

describe('column headers', () => {
  it('are read as "Label (field)", the field, the label, "label_en" or "Label, en", and "Label (a note of ones own)"', () => {
    const headers = ['Titel (title)', 'titel_en', 'Sammanfattning, ar', 'start', 'Slutdatum', 'Budget (kr)'];
    const result = tablesToFeed([sheet('Projekt', headers, ['T', 'T en', 'ملخص', '2026-01-01', '2026-12-31', '1 000'])]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.feed?.projects[0], {
      id: 't', title: { sv: 'T', en: 'T en' }, summary: { ar: 'ملخص' }, organizations: [], start: '2026-01-01', end: '2026-12-31', budget: { amount: 1000 },
    });
  });
});

describe('reading a file by its name', () => {
  it('a CSV file saved by Excel as plain "CSV (semikolonavgränsad)" (Windows-1252) keeps å, ä and ö', async () => {
    // "Titel;Kommuner\r\nÄppelgården;Höör\r\n" in Windows-1252: Ä = C4, å = E5, ö = F6.
    const bytes = new Uint8Array([...strToU8('Titel;Kommuner\r\n'), 0xc4, ...strToU8('ppelg'), 0xe5, ...strToU8('rden;H'), 0xf6, 0xf6, ...strToU8('r\r\n')]);
    const tables = await readTableFile('mina projekt.csv', bytes);
    assert.equal(tables[0].name, 'Projekt');
    assert.deepEqual(imported(tables).projects, [{ id: 'appelgarden', title: 'Äppelgården', organizations: [], municipalities: ['Höör'] }]);
  });

  it('an .xlsx file by the workbook reader', async () => {
    const tables = await readTableFile('flode.xlsx', await writeWorkbook(templateTables()));
    assert.deepEqual(tables.map((table) => table.name), ['Projekt', 'Hjälp']);
  });
});
