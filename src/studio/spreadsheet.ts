/**
 * The studio's one door to spreadsheets. The spreadsheet code (src/data/tables/) is loaded only
 * when a spreadsheet is opened or downloaded, never with the page.
 *
 * Until the spreadsheet code has landed, the studio offers no spreadsheet buttons and an opened
 * .xlsx file is refused with a message.
 */
import type { DraftFeed } from './draft.js';
import type { Opened } from './open.js';

export function spreadsheetsSupported(): boolean {
  return false;
}

export function feedFromSpreadsheet(bytes: Uint8Array): Promise<Opened> {
  return Promise.resolve({ ok: false, reason: 'no-spreadsheet-support', detail: `${bytes.byteLength} bytes of .xlsx: no spreadsheet reader in this build` });
}

export function spreadsheetFromFeed(feed: DraftFeed): Promise<Uint8Array<ArrayBuffer> | undefined> {
  void feed;
  return Promise.resolve(undefined);
}
