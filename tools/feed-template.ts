/**
 * Writes dist/feed-template.xlsx: the spreadsheet a coordinator fills in without knowing ids (the
 * one-sheet form: Projekt, with English and Arabic columns beside the main texts, and a Hjälp sheet
 * explaining each column of each sheet). Made by the code `si-feed import` reads it with
 * (src/data/tables/), so the template and the importer cannot disagree. No example rows: a row
 * would be a made-up project.
 *
 *   tsx tools/feed-template.ts   (run by `npm run build:template`)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { templateTables } from '../src/data/tables/tables.js';
import { writeWorkbook } from '../src/data/tables/xlsx.js';

const out = new URL('../dist/feed-template.xlsx', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, await writeWorkbook(templateTables()));
console.log(`wrote ${out.pathname}`);
