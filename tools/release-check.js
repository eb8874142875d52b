/**
 * `npm run release:check` (after `npm run build`): what must hold before a version is published.
 * - CHANGELOG.md has an entry titled with package.json's version (`## [0.1.0] - …`). An
 *   `## [Unreleased]` section may sit above it; to release, rename it to the new version (so
 *   the check never needs to know whether a tag is being made).
 * - dist/si-widgets.js names the version in its banner, dist/custom-elements.json has it (each
 *   element's `siVersion`), and dist/si-widgets.sri.txt holds the hashes of the files as built.
 * - The WordPress plugin names the same version everywhere WordPress and its admins read it (the
 *   plugin header, SI_WIDGETS_VERSION, readme.txt's Stable tag and changelog entry, the settings
 *   page's example URL), and its zip carries the bundle of this version.
 * - The packed package (npm pack into a temporary folder) passes publint and arethetypeswrong.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
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

checkWordPressPlugin();

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

/** Reads one file from a zip that build.js wrote (deflate or stored entries, no zip64). */
function zipEntry(zip, name) {
  for (let at = zip.indexOf(Buffer.from('PK\x03\x04')); at >= 0; at = zip.indexOf(Buffer.from('PK\x03\x04'), at + 4)) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) !== name) continue;
    const body = zip.subarray(start, start + size);
    return (method === 8 ? inflateRawSync(body) : body).toString('utf8');
  }
  return undefined;
}

function checkWordPressPlugin() {
  const plugin = 'integrations/wordpress/';
  const header = read(`${plugin}si-widgets.php`);
  const readme = read(`${plugin}readme.txt`);
  check(new RegExp(`^ \\* Version:\\s+${escaped}$`, 'm').test(header), `the WordPress plugin's header says Version: ${version}`);
  check(header.includes(`define( 'SI_WIDGETS_VERSION', '${version}' );`), `SI_WIDGETS_VERSION is '${version}'`);
  check(new RegExp(`^Stable tag: ${escaped}$`, 'm').test(readme), `the plugin's readme.txt has Stable tag: ${version}`);
  check(new RegExp(`^= ${escaped} =$`, 'm').test(readme), `the plugin's readme.txt has a changelog entry "= ${version} ="`);
  const exampleUrls = [...read(`${plugin}includes/settings.php`).matchAll(/si-widgets@([0-9][^/]*)\//g)].map((m) => m[1]);
  check(exampleUrls.every((v) => v === version), `the settings page's example URLs name ${version} (found: ${exampleUrls.join(', ') || 'none'})`);
  const bundled = zipEntry(readFileSync(new URL('dist/si-widgets-wordpress.zip', root)), 'si-widgets/assets/si-widgets.js');
  check(bundled?.includes(`/*! si-widgets ${version} */`) === true, `dist/si-widgets-wordpress.zip carries si-widgets.js ${version}`);
}

if (failures.length > 0) {
  console.error(`release:check: ${failures.length} failed`);
  process.exit(1);
}
