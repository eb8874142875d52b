/**
 * `npm run release:check` (after `npm run build`): what must hold before a version is published.
 * - CHANGELOG.md has an entry titled with package.json's version (`## [0.1.0] - …`). An
 *   `## [Unreleased]` section may sit above it; to release, rename it to the new version (so
 *   the check never needs to know whether a tag is being made).
 * - dist/si-widgets.js names the version in its banner, dist/custom-elements.json has it (each
 *   element's `siVersion`), and dist/si-widgets.sri.txt holds the hashes of the files as built.
 * - The packed package (npm pack into a temporary folder) passes publint and arethetypeswrong.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sriLines } from './sri.js';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { version } = JSON.parse(read('package.json'));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const escaped = version.replace(/\./g, '\\.');
check(new RegExp(`^## \\[${escaped}\\]`, 'm').test(read('CHANGELOG.md')), `CHANGELOG.md has an entry "## [${version}]"`);
const banner = read('dist/si-widgets.js').split('\n', 3).join('\n');
check(banner.includes(`/*! si-widgets ${version} */`), `dist/si-widgets.js's banner names ${version}`);
const manifest = JSON.parse(read('dist/custom-elements.json'));
const siVersions = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.members ?? []).filter((m) => m.name === 'siVersion');
check(siVersions.length > 0 && siVersions.every((m) => m.default === `'${version}'`), `dist/custom-elements.json gives every element's siVersion as '${version}'`);
const expectedSri = sriLines(new URL('dist/', root)).join('\n');
check(read('dist/si-widgets.sri.txt').trim() === expectedSri, 'dist/si-widgets.sri.txt matches the built files');

const packed = mkdtempSync(join(tmpdir(), 'si-widgets-pack-'));
try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packed], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const [tarball] = readdirSync(packed).filter((name) => name.endsWith('.tgz'));
  const run = (label, command, args) => {
    try {
      execFileSync('npx', ['--no-install', command, ...args], { cwd: root, stdio: 'inherit' });
      check(true, label);
    } catch {
      check(false, label);
    }
  };
  run('publint on the packed package', 'publint', ['run', join(packed, tarball), '--strict']);
  run('arethetypeswrong on the packed package (ESM only: the package has no CommonJS entry)', 'attw', [join(packed, tarball), '--profile', 'esm-only', '--no-emoji', '--format', 'table-flipped']);
} finally {
  rmSync(packed, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`release:check: ${failures.length} failed`);
  process.exit(1);
}
