/**
 * Packs the WordPress plugin into dist/si-widgets-wordpress.zip (folder si-widgets/, installable by
 * Plugins → Add New → Upload): the plugin's PHP, block and readme, the Swedish words compiled from
 * languages/*.po into .mo (PHP) and JSON (the block's editor script), and a copy of the built
 * bundle (dist/si-widgets.js, its locales and licences) in assets/. Run after the bundle is built.
 * Pure Node (zlib), so no zip program is needed; entries get a fixed date, so the same input makes
 * the same zip.
 */
import { deflateRawSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const dist = join(root, 'dist');
const output = join(dist, 'si-widgets-wordpress.zip');
const FOLDER = 'si-widgets';
/** Files of integrations/wordpress that are not part of the plugin. */
const NOT_PACKED = new Set(['build.js']);
/**
 * The bundle's files the plugin serves from assets/: the entry, its licences, the language files and
 * every chunk of element code the entry loads (dist/chunks/, content-hashed names; no source maps).
 */
function bundleFiles() {
  const chunks = readdirSync(join(dist, 'chunks')).filter((name) => name.endsWith('.js'));
  return ['si-widgets.js', 'si-widgets.licenses.txt', 'locales/en.js', 'locales/ar.js', ...chunks.map((name) => `chunks/${name}`)];
}
/** The handle of the block's editor script (includes/block.php): WordPress finds its words by it. */
const EDITOR_HANDLE = 'si-widgets-block-editor';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// --- .po → .mo and Jed JSON ------------------------------------------------------------------

/** The entries of a .po file: `{ context, id, text }`, the header (id "") included. */
export function parsePo(source) {
  const entries = [];
  let entry = {};
  let field;
  const finish = () => {
    if (entry.id !== undefined && entry.text !== undefined) entries.push(entry);
    entry = {};
  };
  for (const line of source.split('\n')) {
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && entry.text !== undefined)) finish();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'text' }[keyword[1]];
      entry[field] = JSON.parse(keyword[2]);
    } else if (/^".*"$/.test(line) && field) entry[field] += JSON.parse(line);
    else if (line.trim() === '') finish();
  }
  finish();
  return entries;
}

const key = (entry) => (entry.context ? `${entry.context}\u0004${entry.id}` : entry.id);

/** GNU .mo: little-endian, sorted originals, an empty hash table. */
export function moFile(entries) {
  const sorted = [...entries].sort((a, b) => (Buffer.from(key(a)) < Buffer.from(key(b)) ? -1 : 1));
  const originals = sorted.map((entry) => Buffer.from(key(entry)));
  const translations = sorted.map((entry) => Buffer.from(entry.text));
  const count = sorted.length;
  const header = Buffer.alloc(28 + count * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + count * 8, 16);
  // No hash table (size 0), but its offset is where the strings start: WordPress's reader wants it so.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(28 + count * 16, 24);
  let offset = header.length;
  const strings = [];
  [originals, translations].forEach((table, t) => {
    table.forEach((bytes, i) => {
      header.writeUInt32LE(bytes.length, 28 + t * count * 8 + i * 8);
      header.writeUInt32LE(offset, 28 + t * count * 8 + i * 8 + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  });
  return Buffer.concat([header, ...strings]);
}

/** The JSON wp.i18n reads (Jed 1.x), as WordPress loads it for a script handle. */
export function jedJson(entries, locale) {
  const headers = Object.fromEntries(
    (entries.find((entry) => entry.id === '' && !entry.context)?.text ?? '')
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter(Boolean)
      .map(([, name, value]) => [name.toLowerCase(), value]),
  );
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': headers['plural-forms'] ?? 'nplurals=2; plural=(n != 1);' } };
  for (const entry of entries) if (entry.id !== '' && entry.text !== '') messages[key(entry)] = [entry.text];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

// --- zip ---------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 2026-01-01 00:00 in DOS time and date. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** A zip of `[name, bytes]` entries, deflated. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, bytes] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(bytes, { level: 9 });
    const fields = (header, at) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(DOS_TIME, at + 6);
      header.writeUInt16LE(DOS_DATE, at + 8);
      header.writeUInt32LE(crc32(bytes), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(bytes.length, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    fields(central, 6);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// --- the plugin --------------------------------------------------------------------------------

function pluginEntries() {
  const entries = [];
  for (const path of filesUnder(here).sort()) {
    const name = relative(here, path).split('\\').join('/');
    if (NOT_PACKED.has(name)) continue;
    entries.push([`${FOLDER}/${name}`, readFileSync(path)]);
    const po = /^languages\/si-widgets-(\w+)\.po$/.exec(name);
    if (po) {
      const parsed = parsePo(readFileSync(path, 'utf8'));
      entries.push([`${FOLDER}/languages/si-widgets-${po[1]}.mo`, moFile(parsed)]);
      entries.push([`${FOLDER}/languages/si-widgets-${po[1]}-${EDITOR_HANDLE}.json`, Buffer.from(jedJson(parsed, po[1]))]);
    }
  }
  for (const name of bundleFiles()) {
    const path = join(dist, name);
    if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: run the bundle build (npm run build:bundle) first.`);
    entries.push([`${FOLDER}/assets/${name}`, readFileSync(path)]);
  }
  return entries;
}

if (process.argv[1] && basename(process.argv[1]) === 'build.js') {
  const entries = pluginEntries();
  writeFileSync(output, zip(entries));
  console.log(`${relative(root, output)}: ${entries.length} files, ${Math.round(statSync(output).size / 1024)} KB`);
}
