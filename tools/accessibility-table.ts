/**
 * Writes the table of what screen readers must say (test/elements/a11y-expectations.ts) into
 * docs/accessibility.md, between its `a11y-expectations` markers. The element test
 * a11y-announcements.test.ts fails when the two differ: run `npx tsx tools/accessibility-table.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationsMarkdown, TABLE_END, TABLE_START } from '../test/elements/a11y-expectations.js';

const path = join(import.meta.dirname, '..', 'docs', 'accessibility.md');
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf(TABLE_START);
const end = doc.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`${path} has no ${TABLE_START} … ${TABLE_END} markers`);
writeFileSync(path, `${doc.slice(0, start + TABLE_START.length)}\n${expectationsMarkdown()}\n${doc.slice(end)}`);
console.log(`wrote the table into ${path}`);
