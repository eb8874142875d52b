/**
 * `si-feed export` and `si-feed import` (issue 13): the sample feed out to .xlsx and to CSV files
 * and back in gives the same feed, in stable key order; an import that fails writes nothing and
 * says which cell is wrong.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './cli-run.js';
import { feedToJson } from '../../src/data/feed-json.js';
import { parseFeed } from '../../src/data/validate.js';
import { SAMPLE_PATH } from './fixtures.js';
import { sampleFeed } from './sample.js';

const folder = () => mkdtempSync(join(tmpdir(), 'si-feed-tables-'));

describe('si-feed export and import', () => {
  it('the sample feed to .xlsx and back: the same feed, written in stable key order', async () => {
    const dir = folder();
    const exported = await run('export', SAMPLE_PATH.pathname, '-o', join(dir, 'feed.xlsx'));
    assert.equal(exported.code, 0, exported.err.join('\n'));
    assert.deepEqual(exported.out, [`${join(dir, 'feed.xlsx')}: 5 projects and 15 organizations exported`]);
    const imported = await run('import', join(dir, 'feed.xlsx'), '-o', join(dir, 'feed.json'));
    assert.equal(imported.code, 0, imported.err.join('\n'));
    const text = readFileSync(join(dir, 'feed.json'), 'utf8');
    const result = parseFeed(text);
    assert.ok(result.ok);
    assert.deepStrictEqual(result.feed, sampleFeed());
    assert.equal(text, feedToJson(sampleFeed()));
    assert.deepEqual(readdirSync(dir).sort(), ['feed.json', 'feed.xlsx'], 'no temporary file left behind');
  });

  it('the sample feed to a folder of CSV files and back', async () => {
    const dir = folder();
    assert.equal((await run('export', SAMPLE_PATH.pathname, '-o', `${join(dir, 'tabeller')}/`)).code, 0);
    const files = readdirSync(join(dir, 'tabeller'));
    for (const name of ['Projekt.csv', 'Organisationer.csv', 'Roller.csv', 'Mål.csv', 'Flöde.csv', 'Hjälp.csv']) assert.ok(files.includes(name), files.join());
    assert.ok(readFileSync(join(dir, 'tabeller', 'Projekt.csv'), 'utf8').startsWith('\uFEFF"Id (id)";"Titel (title)"'));
    assert.equal((await run('import', join(dir, 'tabeller'), '-o', join(dir, 'feed.json'))).code, 0);
    assert.deepStrictEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), JSON.parse(feedToJson(sampleFeed())));
  });

  it('a failed import writes nothing, leaves an existing feed as it was, and names the cell', async () => {
    const dir = folder();
    const csv = join(dir, 'Projekt.csv');
    writeFileSync(csv, '\uFEFFTitel;start\r\nEtt projekt;2026-01-01\r\nEtt till;2026-13-01\r\n');
    const fresh = await run('import', csv, '-o', join(dir, 'new.json'));
    assert.equal(fresh.code, 1);
    assert.ok(fresh.err.includes(`${csv}: Projekt, rad 3, kolumn start: 2026-13-01 är inget datum`), fresh.err.join('\n'));
    assert.ok(fresh.err.includes('  Projekt, row 3, column start: 2026-13-01 is not a date'), fresh.err.join('\n'));
    assert.equal(existsSync(join(dir, 'new.json')), false);
    const published = readFileSync(SAMPLE_PATH, 'utf8');
    writeFileSync(join(dir, 'feed.json'), published);
    assert.equal((await run('import', csv, '-o', join(dir, 'feed.json'))).code, 1);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), published);
    assert.deepEqual(readdirSync(dir).sort(), ['Projekt.csv', 'feed.json']);
  });

  it('a one-sheet CSV file typed by hand imports, with the organisations made from names', async () => {
    const dir = folder();
    const csv = join(dir, 'mina-projekt.csv');
    writeFileSync(csv, 'Titel,Projektägare,Nuläge,Målvärde,Mål\n"Testprojekt Ett","Exempelföreningen","18,5",50,Deltagare\n');
    const result = await run('import', csv, '-o', join(dir, 'feed.json'));
    assert.equal(result.code, 0, result.err.join('\n'));
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.deepEqual(feed.organizations, [{ id: 'exempelforeningen', name: 'Exempelföreningen' }]);
    assert.deepEqual(feed.projects[0].goals, [{ id: 'deltagare', title: 'Deltagare', target: 50, current: 18.5 }]);
  });

  it('refuses a workbook with macros, and says so in Swedish and English', async () => {
    const dir = folder();
    const { zipSync, strToU8 } = await import('fflate');
    writeFileSync(join(dir, 'makro.xlsm'), zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/vbaProject.bin': strToU8('x') }));
    const result = await run('import', join(dir, 'makro.xlsm'), '-o', join(dir, 'feed.json'));
    assert.equal(result.code, 1);
    assert.match(result.err.join('\n'), /makron.*\n.*macros/);
    assert.equal(existsSync(join(dir, 'feed.json')), false);
  });

  it('asks for an .xlsx name or a folder', async () => {
    const result = await run('export', SAMPLE_PATH.pathname, '-o', join(folder(), 'feed.ods'));
    assert.equal(result.code, 2);
    assert.match(result.err[0], /name an \.xlsx file or a folder/);
  });
});
