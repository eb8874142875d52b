/**
 * `si-feed validate` under faults and attacks (issue #19): it never exits 0 without having
 * checked, never prints feed text that the terminal would obey, and never waits or reads without
 * limit. The first test runs the built bin (run `npm run build` first); the others call `main`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main.js';

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
