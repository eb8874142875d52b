/**
 * The studio's one door to spreadsheets: the spreadsheet code (src/data/tables/, the same code
 * path as `si-feed import` and `export`) is loaded with `import()` only when a spreadsheet is
 * opened or downloaded, never with the page, and never into the widget bundle.
 */
import type { Feed } from '../data/types.js';
import { validateFeed } from '../data/validate.js';
import type { DraftFeed } from './draft.js';
import type { Opened } from './open.js';

export function spreadsheetsSupported(): boolean {
  return true;
}

const load = () => Promise.all([import('../data/tables/xlsx.js'), import('../data/tables/tables.js')]);

/** How many of a spreadsheet's problems the page lists; the console gets them all. */
const SHOWN_PROBLEMS = 5;

/** The feed an .xlsx file holds, or why not, naming the sheet, row and column of each problem. */
export async function feedFromSpreadsheet(bytes: Uint8Array): Promise<Opened> {
  const [{ readWorkbook, SpreadsheetError }, { tablesToFeed }] = await load();
  let tables;
  try {
    tables = await readWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) return { ok: false, reason: 'spreadsheet', detail: String(error) };
    // Macros, an old format and no workbook at all have the studio's own words (the reader's go to the
    // console); a workbook that unpacks too large is said in the reader's words, as its size on disk is small.
    if (error.code === 'too-large') return { ok: false, reason: 'spreadsheet', detail: error.en, messages: [{ sv: error.sv, en: error.en }] };
    const reason = error.code === 'macros' ? 'macro' : error.code === 'old-format' ? 'old-excel' : 'unknown-file';
    return { ok: false, reason, detail: error.en };
  }
  const { feed, problems } = tablesToFeed(tables);
  if (feed) return { ok: true, feed: feed as unknown as DraftFeed };
  const errors = problems.filter((problem) => !problem.warning);
  return {
    ok: false,
    reason: 'spreadsheet',
    detail: errors.map((problem) => problem.en).join('\n'),
    messages: errors.slice(0, SHOWN_PROBLEMS).map(({ sv, en }) => ({ sv, en })),
  };
}

/**
 * The draft as an .xlsx file: what the widgets would show of it (the validator's feed, an invalid
 * item left out), so that the spreadsheet imports back to a valid feed. `undefined` when the draft
 * is not a feed at all.
 */
export async function spreadsheetFromFeed(draft: DraftFeed): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const result = validateFeed(draft);
  if (!result.ok) return undefined;
  const [{ writeWorkbook }, { feedToTables }] = await load();
  return new Uint8Array(await writeWorkbook(feedToTables(result.feed as Feed)));
}
