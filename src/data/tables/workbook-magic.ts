/**
 * What kind of container a file is, from its first bytes (its name can be anything): an .xlsx or
 * .xlsm is a zip archive, an old .xls or a password-protected workbook an OLE compound file. Tiny
 * and pure, so the studio can tell a spreadsheet before it loads the spreadsheet code (xlsx.ts),
 * which then decides what kind of workbook it is.
 */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type WorkbookContainer = 'zip' | 'ole';

export function workbookContainer(bytes: Uint8Array): WorkbookContainer | undefined {
  const startsWith = (magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (startsWith(ZIP)) return 'zip';
  if (startsWith(OLE)) return 'ole';
  return undefined;
}
