import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { VERSION } from '../../src/version.js';
import { sampleJson, SAMPLE_PATH } from './fixtures.js';

const root = new URL('../../', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const run = promisify(execFile);

describe('the published JSON Schema (dist/feed.schema.json)', () => {
  const schema = JSON.parse(readFileSync(new URL('dist/feed.schema.json', root), 'utf8'));
  // ajv-formats is not needed: the schema's patterns do the checking.
  const validate = new Ajv2020({ strict: true, validateFormats: false, allErrors: true }).compile(schema);

  it('accepts the sample feed, checked by an independent validator', () => {
    assert.equal(validate(sampleJson()), true, JSON.stringify(validate.errors));
  });

  it('rejects what the widgets would leave out', () => {
    const broken = [
      (f: ReturnType<typeof sampleJson>) => (f.version = 2),
      (f: ReturnType<typeof sampleJson>) => delete (f as Record<string, unknown>).projects,
      (f: ReturnType<typeof sampleJson>) => ((f.projects[0].organizations as { role: string }[])[0].role = 'boss'),
      (f: ReturnType<typeof sampleJson>) => (f.projects[0].sdgs = [18]),
      (f: ReturnType<typeof sampleJson>) => (f.projects[0].url = 'javascript:alert(1)'),
      (f: ReturnType<typeof sampleJson>) => (f.projects[0].title = 42),
    ];
    for (const breakIt of broken) {
      const feed = sampleJson();
      breakIt(feed);
      assert.equal(validate(feed), false, breakIt.toString());
    }
  });
});

describe('npx si-feed validate', () => {
  const bin = new URL(packageJson.bin['si-feed'], root).pathname;

  it('passes the sample feed', async () => {
    const { stdout } = await run(process.execPath, [bin, 'validate', SAMPLE_PATH.pathname]);
    assert.match(stdout, /valid feed v1 with 5 projects and 15 organizations/);
  });

  it('names the path of each problem in a broken copy, and what follows from it, and exits non-zero', async () => {
    const feed = sampleJson();
    feed.projects[1].title = 42;
    feed.projects[0].sdgs = [18];
    feed.organizations[3].name = '';
    const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'broken.json');
    writeFileSync(file, JSON.stringify(feed));
    const failure = await run(process.execPath, [bin, 'validate', file]).then(
      () => assert.fail('expected a non-zero exit'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /\$\.projects\[1\]\.title: expected/);
    assert.match(failure.stderr, /\$\.projects\[0\]\.sdgs\[0\]: expected a whole number from 1 to 17, found 18/);
    assert.match(failure.stderr, /\$\.organizations\[3\]\.name: expected/);
    // Region Skåne is left out, so the projects it takes part in lose that reference: said too.
    assert.match(failure.stderr, /\$\.projects\[2\]\.organizations\[0\]\.id: expected the id of one of the feed's organizations, found "region-skane"/);
    assert.match(failure.stderr, /5 problems/);
  });

  it('refuses a feed with days that do not exist, naming their paths (exit 1)', async () => {
    const feed = sampleJson();
    feed.projects[0].start = '2026-02-30';
    feed.projects[1].end = '2026-13-45';
    (feed as Record<string, unknown>).updated = '2024-99-99T99:99';
    const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'dates.json');
    writeFileSync(file, JSON.stringify(feed));
    const failure = await run(process.execPath, [bin, 'validate', file]).then(
      () => assert.fail('expected a non-zero exit'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /\$\.projects\[0\]\.start: expected a date such as "2026-08-12", found "2026-02-30"/);
    assert.match(failure.stderr, /\$\.projects\[1\]\.end: expected .*, found "2026-13-45"/);
    assert.match(failure.stderr, /\$\.updated: expected .*, found "2024-99-99T99:99"/);
    assert.match(failure.stderr, /3 problems/);
  });

  it('passes the sample feed saved with a UTF-8 byte-order mark, as the widgets show it (exit 0)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(SAMPLE_PATH, 'utf8')}`);
    const { stdout } = await run(process.execPath, [bin, 'validate', file]);
    assert.match(stdout, /valid feed v1 with 5 projects and 15 organizations/);
  });

  it('refuses text that is not JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'page.html');
    writeFileSync(file, '<!doctype html>');
    const failure = await run(process.execPath, [bin, 'validate', file]).then(
      () => assert.fail('expected a non-zero exit'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /refused as a whole/);
  });
});

describe('package', () => {
  it('says the same version in the code as in package.json', () => {
    assert.equal(VERSION, packageJson.version);
  });
});
