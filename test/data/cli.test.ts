/**
 * `si-feed validate` under faults and attacks (issue #19): it never exits 0 without having
 * checked, never prints feed text that the terminal would obey, and never waits or reads without
 * limit. The first test runs the built bin (run `npm run build` first); the others call `main`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { main } from '../../src/cli/main.js';
import { loopbackServer } from './cli-run.js';
import { SAMPLE_PATH } from './fixtures.js';

const root = new URL('../../', import.meta.url);
const run = promisify(execFile);

/** What `si-feed <args>` prints, line by line, and its exit code. */
async function check(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (line: string) => out.push(line), (line: string) => err.push(line));
  return { code, out, err };
}

/** A feed with one problem the checker must find: projects[0].title is a number. */
function badFeedFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'bad.json');
  writeFileSync(file, JSON.stringify({ version: 1, organizations: [], projects: [{ id: 'a', title: 42 }] }));
  return file;
}

describe('the si-feed bin, installed where a path is not a plain URL', () => {
  // pnpm links packages through symlinks; a user's folder may be called "Projekt #1" or "100%".
  const installed = mkdtempSync(join(tmpdir(), 'si-feed #1 %41 ?x-'));
  cpSync(new URL('dist/npm', root), join(installed, 'npm'), { recursive: true });
  writeFileSync(join(installed, 'package.json'), '{"type":"module"}');
  const linked = join(mkdtempSync(join(tmpdir(), 'si-feed-link-')), 'si-widgets');
  symlinkSync(installed, linked);

  for (const [how, bin] of [
    ['a path with #, % and ?', join(installed, 'npm/cli/si-feed.js')],
    ['a symlink', join(linked, 'npm/cli/si-feed.js')],
  ]) {
    it(`checks the feed and exits 1 on a problem when run through ${how}`, async () => {
      const failure = await run(process.execPath, [bin, 'validate', badFeedFile()]).then(
        ({ stdout }) => assert.fail(`exited 0, printing ${JSON.stringify(stdout)}`),
        (error: { code: number; stderr: string }) => error,
      );
      assert.equal(failure.code, 1);
      assert.match(failure.stderr, /\$\.projects\[0\]\.title: expected/);
    });
  }
});

describe('what si-feed prints', () => {
  it('shows control characters and bidi overrides from the feed as escapes, never raw', async () => {
    const hostile = [
      '\u001b]0;PWNED\u0007', // sets the terminal's title
      '\u001b[8m', // hides the lines that follow
      'a\nfake line', // starts a line of its own
      '\u009b31m', // C1 control sequence introducer
      '\u202eevil\u2066', // reverses what follows
      'del\u007f',
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'hostile.json');
    const projects = hostile.map((id) => ({ id, title: 42 }));
    writeFileSync(file, JSON.stringify({ version: 1, organizations: [], projects }));
    const { code, out, err } = await check('validate', file);
    assert.equal(code, 1);
    const printed = [...out, ...err].join('\n');
    assert.doesNotMatch(printed, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.ok(err.includes('projects[0] "\\u001b]0;PWNED\\u0007": left out'), err.join('\n'));
    assert.ok(err.includes('projects[2] "a\\u000afake line": left out'), err.join('\n'));
    assert.ok(err.includes('projects[4] "\\u202eevil\\u2066": left out'), err.join('\n'));
  });
});

describe('si-feed validate <url>, against a server that misbehaves', () => {
  // 64 MB of zeros, gzipped to about 60 KB: without a limit, each read would hold all 64 MB.
  const bomb = gzipSync(Buffer.alloc(64_000_000));
  const routes: Record<string, (response: import('node:http').ServerResponse) => void> = {
    '/feed.json': (response) => response.end(readFileSync(SAMPLE_PATH)),
    '/hang': () => {}, // accepts the request and never answers
    '/hang-in-body': (response) => response.writeHead(200, { 'Content-Type': 'application/json' }).write('{"version":'),
    '/bomb': (response) => response.writeHead(200, { 'Content-Encoding': 'gzip' }).end(bomb),
    '/moved': (response) => response.writeHead(302, { Location: '/moved-again' }).end(),
    '/moved-again': (response) => response.writeHead(301, { Location: '/feed.json' }).end(),
    '/loop': (response) => response.writeHead(307, { Location: '/loop' }).end(),
    '/to-file': (response) => response.writeHead(302, { Location: 'file:///etc/passwd' }).end(),
  };
  const served = loopbackServer((request, response) => routes[request.url ?? '']?.(response));

  for (const path of ['/hang', '/hang-in-body']) {
    it(`gives up at --timeout on ${path}, and says so`, async () => {
      const started = Date.now();
      const { code, err } = await check('validate', '--timeout', '300', `${served.base}${path}`);
      assert.equal(code, 1);
      assert.deepEqual(err, [`${served.base}${path}: could not read: no complete answer within 300 ms (--timeout 300)`]);
      assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
    });
  }

  it('stops reading a gzip bomb at --max-bytes, and at 50 MB by default', async () => {
    const capped = await check('validate', `${served.base}/bomb`, '--max-bytes', '1000000');
    assert.equal(capped.code, 1);
    assert.deepEqual(capped.err, [`${served.base}/bomb: could not read: larger than 1000000 bytes (--max-bytes 1000000); not read further`]);
    const byDefault = await check('validate', `${served.base}/bomb`);
    assert.match(byDefault.err.join('\n'), /larger than 50000000 bytes/);
  });

  it('follows redirects and reports each one', async () => {
    const { code, out, err } = await check('validate', `${served.base}/moved`);
    assert.equal(code, 0, err.join('\n'));
    assert.deepEqual(err, [
      `${served.base}/moved: redirected (302) to ${served.base}/moved-again`,
      `${served.base}/moved: redirected (301) to ${served.base}/feed.json`,
    ]);
    assert.match(out[0], /valid feed v1 with 5 projects/);
  });

  it('stops at a redirect loop and at a redirect away from http(s)', async () => {
    const loop = await check('validate', `${served.base}/loop`);
    assert.equal(loop.code, 1);
    assert.match(loop.err.at(-1) ?? '', /could not read: more than 10 redirects/);
    const toFile = await check('validate', `${served.base}/to-file`);
    assert.equal(toFile.code, 1);
    assert.match(toFile.err.at(-1) ?? '', /could not read: redirected to file:\/\/\/etc\/passwd, which is not an http\(s\) URL/);
  });

  it('names the cause when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { code, err } = await check('validate', `http://127.0.0.1:${port}/feed.json`);
    assert.equal(code, 1);
    assert.match(err[0], /could not read: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+: nothing answers at that address and port/);
  });
});

describe('si-feed validate, bad usage', () => {
  it('exits 2 with a message and the usage for a bad or unknown option', async () => {
    for (const args of [['--timeout', 'soon'], ['--max-bytes', '0'], ['--nope']]) {
      const { code, err } = await check('validate', ...args, SAMPLE_PATH.pathname);
      assert.equal(code, 2, args.join(' '));
      assert.match(err[0], /expected a whole number above 0|Unknown option '--nope'/);
      assert.ok(err.some((line) => line.startsWith('usage: si-feed validate')), err.join('\n'));
    }
  });

  it('refuses a file larger than --max-bytes', async () => {
    const { code, err } = await check('validate', '--max-bytes', '100', SAMPLE_PATH.pathname);
    assert.equal(code, 1);
    assert.match(err[0], /could not read: larger than 100 bytes/);
  });
});
