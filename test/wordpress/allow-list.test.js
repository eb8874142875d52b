/**
 * The plugin's PHP allow-list (integrations/wordpress/includes/widgets.php) against the built custom
 * elements manifest: every widget and every attribute the manifest lists, less those a mount never
 * passes on (mounts.ts: `state`), so the shortcode and the block cannot drift from the elements.
 * Also: every PHP file of the plugin parses, and the zip holds the plugin in its si-widgets/ folder.
 * Run after `npm run build`; needs `php` (skipped with what to install, failing under CI=true).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTALL_HINT } from './wordpress-site.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const plugin = join(root, 'integrations/wordpress');
const noPhp = spawnSync('sh', ['-c', 'command -v php']).status === 0 ? undefined : `needs php: ${INSTALL_HINT}`;
const skip = noPhp && process.env.CI !== 'true' ? noPhp : false;
if (skip) console.log(`SKIPPED: the plugin's PHP checks ${skip}`);

function php(code) {
  if (noPhp) assert.fail(noPhp);
  const result = spawnSync('php', ['-r', code], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr || result.stdout);
  return result.stdout;
}

/** `{ 'project-card': ['feed', …] }` from dist/custom-elements.json, attributes sorted. */
function manifestWidgets() {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const widgets = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('si-')) continue;
      const names = (declaration.attributes ?? []).map((attribute) => attribute.name).filter((name) => name !== 'state' && !name.startsWith('on'));
      widgets[declaration.tagName.slice('si-'.length)] = [...new Set(names)].sort();
    }
  }
  return widgets;
}

test('the PHP allow-list names every widget and attribute of the manifest, and nothing else', { skip }, () => {
  const fromPhp = JSON.parse(
    php(`define('ABSPATH', '/'); require '${plugin}/includes/widgets.php'; $w = si_widgets_known_widgets(); foreach ($w as &$a) { sort($a); } echo json_encode($w);`),
  );
  const fromManifest = manifestWidgets();
  assert.ok(Object.keys(fromManifest).length >= 4, 'the manifest lists the elements');
  assert.deepEqual(fromPhp, fromManifest);
});

test('every PHP file of the plugin parses', { skip }, () => {
  const files = readdirSync(plugin, { recursive: true }).filter((name) => String(name).endsWith('.php'));
  assert.ok(files.length >= 5);
  for (const name of files) {
    if (noPhp) assert.fail(noPhp);
    const result = spawnSync('php', ['-l', join(plugin, String(name))], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${name}: ${result.stdout}${result.stderr}`);
  }
});

/** The names in a zip's central directory. */
function zipNames(path) {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const names = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

test('the zip holds the plugin in si-widgets/, with the bundle and compiled Swedish words', () => {
  const listing = zipNames(join(root, 'dist/si-widgets-wordpress.zip'));
  for (const name of ['si-widgets.php', 'uninstall.php', 'readme.txt', 'block/block.json', 'block/editor.js', 'assets/si-widgets.js', 'assets/locales/en.js', 'languages/si-widgets-sv_SE.mo', 'languages/si-widgets-sv_SE-si-widgets-block-editor.json']) {
    assert.ok(listing.includes(`si-widgets/${name}`), `si-widgets/${name} in the zip`);
  }
  assert.ok(listing.every((name) => name.startsWith('si-widgets/')), 'everything in the plugin folder');
  // The entry loads each element's code from chunks/ beside it: without them no widget renders.
  for (const chunk of readdirSync(join(root, 'dist/chunks')).filter((name) => name.endsWith('.js'))) {
    assert.ok(listing.includes(`si-widgets/assets/chunks/${chunk}`), `the chunk ${chunk} in the zip`);
  }
});
