import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;

const GENERATED_LOCALE = /[\\/]src[\\/]generated[\\/]locales[\\/][\w-]+\.[jt]s$/;
const STR_SHIM = '\0si-widgets:str';
/** This package's version, for the bundle's banner. */
const ownVersion = (JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }).version;
const OWN_SOURCE = /[\\/]src[\\/][^?]*\.ts$/;
const IN_NODE_MODULES = /[\\/]node_modules[\\/]/;

/**
 * Keeps each language chunk (dist/locales/<lang>.js) self-contained. Generated catalogues import
 * only `str` from @lit/localize; left alone, the bundler would move @lit/localize into a shared
 * chunk that dist/si-widgets.js itself imports, and a chunk importing "../si-widgets.js" would load
 * a second copy of the bundle on a page that loaded it as "si-widgets.js?ver=3" (WordPress does).
 * `str` only builds a plain object, so a private copy per chunk behaves the same.
 */
function selfContainedLocaleChunks(): Plugin {
  return {
    name: 'si-widgets:self-contained-locale-chunks',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !GENERATED_LOCALE.test(importer)) return null;
      if (source === '@lit/localize') return `${STR_SHIM}?${basename(importer)}`; // one copy per chunk
      this.error(
        `${importer} imports "${source}": messages may use msg('…') or msg(str\`…\`) only, ` +
          'so that a language chunk never needs Lit or the main bundle (no html`` inside msg()).',
      );
    },
    load(id) {
      if (!id.startsWith(STR_SHIM)) return null;
      return 'export const str = (strings, ...values) => ({ strTag: true, strings, values });';
    },
  };
}

/**
 * Minifies the CSS (with lightningcss) and the whitespace of the HTML in Lit's css`` and html``
 * templates of the bundle: about a third of it is template text. Whitespace collapses to one space,
 * never to none, so inline text keeps its spaces. staticHtml`` (dynamic heading tags) cannot be
 * parsed as HTML and svg`` is case-sensitive; both are left as written.
 */
export function minifyTemplates(): Plugin {
  const minifier = minifyHTMLLiterals({
    // Our own sources only: other packages' templates (Storybook's css``) are not ours to rewrite.
    filter: (id) => OWN_SOURCE.test(id),
    failOnError: true,
    options: {
      shouldMinify: (template) => template.tag === 'html',
      minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false },
    },
  });
  // A Rollup plugin, which Vite runs as it is; only the types of hook contexts it never uses
  // (Rollup's `cache`, `getWatchFiles`) differ from Rolldown's.
  return { ...(minifier as unknown as Plugin), name: 'si-widgets:minify-templates', apply: 'build' };
}

/** The names Vite's `build.license` looks for in a package's folder. */
const LICENCE_FILE = /^(licen[cs]e|copying)/i;

interface BundledPackage {
  name: string;
  version: string;
  license: string;
  hasLicenceFile: boolean;
}

/** The package a bundled module belongs to: its nearest package.json with a name, under node_modules. */
function packageOf(moduleId: string): BundledPackage | undefined {
  if (!IN_NODE_MODULES.test(moduleId)) return undefined;
  for (let dir = dirname(moduleId); IN_NODE_MODULES.test(dir); dir = dirname(dir)) {
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: string; version: string; license: string };
    if (!manifest.name) continue; // a nested package.json that only sets "type"
    const hasLicenceFile = readdirSync(dir).some((file) => LICENCE_FILE.test(file));
    return { name: manifest.name, version: manifest.version, license: manifest.license, hasLicenceFile };
  }
  return undefined;
}

/**
 * Lit and @lit/localize are BSD-3-Clause: a file that bundles them must carry their notices. Vite's
 * own `build.license` writes the bundled packages' licences to one file; this plugin adds what it
 * does not do. The minifier drops the packages' @license comments, so every built file with other
 * packages' code starts with a one-line comment naming them and that file; the file starts with
 * our own licence; and a bundled package without a licence file (Vite would list it with no text)
 * stops the build.
 */
export function bundledLicenses(): Plugin {
  let fileName = '';
  // Each module's package is looked up once per build, not again for the check.
  const packageByModule = new Map<string, BundledPackage | undefined>();
  const packagesOf = (moduleIds: readonly string[]): BundledPackage[] => {
    const found = new Map<string, BundledPackage>();
    for (const id of moduleIds) {
      if (!packageByModule.has(id)) packageByModule.set(id, packageOf(id));
      const pkg = packageByModule.get(id);
      if (pkg) found.set(pkg.name, pkg);
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  return {
    name: 'si-widgets:bundled-licenses',
    apply: 'build',
    configResolved(config) {
      const { license } = config.build;
      if (typeof license !== 'object') throw new Error('bundledLicenses() needs build.license: { fileName }');
      fileName = license.fileName;
    },
    // After minification (postBanner), which would drop it, and with the source map shifted to match.
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => {
          const packages = packagesOf(chunk.moduleIds);
          const names = packages.map((p) => `${p.name} ${p.version} (${p.license})`).join(', ');
          const lines = [
            ...(packages.length > 0 ? [`/*! si-widgets (MIT) bundles ${names}: licences in ${basename(fileName)} */`] : []),
            // The entry says which release it is (npm run release:check reads it).
            ...(chunk.isEntry ? [`/*! si-widgets ${ownVersion} */`] : []),
          ];
          // Nothing for a file of our own code: rolldown writes an empty line for '', none for undefined.
          return (lines.length > 0 ? lines.join('\n') : undefined) as string;
        },
      };
    },
    generateBundle: {
      order: 'post', // after Vite's own license plugin has written fileName
      handler(_options, bundle) {
        const moduleIds = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
        const unlicensed = packagesOf(moduleIds).filter((p) => !p.hasLicenceFile).map((p) => p.name);
        if (unlicensed.length > 0) this.error(`no licence file to ship for bundled ${unlicensed.join(', ')}`);
        const licences = bundle[fileName];
        if (licences?.type !== 'asset') return this.error(`build.license wrote no ${fileName}`);
        const own = readFileSync(join(import.meta.dirname, 'LICENSE'), 'utf8').trim();
        licences.source = `si-widgets\n\n${own}\n\n${String(licences.source)}`;
      },
    },
  };
}

const ENTRY = join(import.meta.dirname, 'src/autoload.ts');
const ENTRY_COPY = '?si-entry';

/**
 * Gives the entry (dist/si-widgets.js) its own copy of each module it imports statically (define.ts,
 * version.ts, feed-prefetch.ts…). Left alone, the bundler would keep a module the entry and the
 * chunks share inside the entry, and the chunks would import "../si-widgets.js": on a page that
 * loaded it as "si-widgets.js?ver=3" (WordPress does), a second copy of the entry. The copies share
 * their state through `globalThis`, as two copies of the bundle always have.
 */
function entryOwnCopies(): Plugin {
  const isEntrySide = (id: string | undefined) => id === ENTRY || (id?.endsWith(ENTRY_COPY) ?? false);
  return {
    name: 'si-widgets:entry-own-copies',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!isEntrySide(importer) || options.kind !== 'import-statement') return null;
      const resolved = await this.resolve(source, importer!.replace(ENTRY_COPY, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !OWN_SOURCE.test(resolved.id)) return resolved;
      return `${resolved.id}${ENTRY_COPY}`;
    },
    load(id) {
      return id.endsWith(ENTRY_COPY) ? readFileSync(id.slice(0, -ENTRY_COPY.length), 'utf8') : null;
    },
    generateBundle(_options, bundle) {
      writeSharedChunkName(this, bundle);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // dist/si-widgets.js only: the bench's one-element builds may share a chunk with a lazy one.
        if (file.isEntry && file.facadeModuleId === ENTRY && file.imports.length > 0) this.error(`${file.fileName} imports ${file.imports.join(', ')} statically`);
        if (!file.isEntry && [...file.imports, ...file.dynamicImports].some((name) => name === 'si-widgets.js')) {
          this.error(`${file.fileName} imports the entry si-widgets.js`);
        }
      }
    },
  };
}

const SHARED_CHUNK_PLACEHOLDER = './chunks/shared-________.js';

/** Writes the shared chunk's name into the entry, where src/autoload.ts has a placeholder of the same length. */
function writeSharedChunkName(context: { error(message: string): never }, bundle: OutputBundle): void {
  const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
  if (entry?.type !== 'chunk' || entry.facadeModuleId !== ENTRY) return; // another entry (the bench's builds)
  const shared = Object.values(bundle).filter((file) => file.type === 'chunk' && file.name === 'shared');
  if (shared.length !== 1) return context.error(`expected one shared chunk, found ${shared.length}`);
  const name = `./${shared[0].fileName}`;
  if (name.length !== SHARED_CHUNK_PLACEHOLDER.length || !entry.code.includes(SHARED_CHUNK_PLACEHOLDER)) {
    return context.error(`cannot write ${name} into ${entry.fileName} in place of ${SHARED_CHUNK_PLACEHOLDER}`);
  }
  entry.code = entry.code.replace(SHARED_CHUNK_PLACEHOLDER, name);
}

/** dist/locales/<lang>.js keep their known names; the element chunks are content-hashed. */
function chunkFileName(chunk: { moduleIds: readonly string[] }): string {
  return chunk.moduleIds.some((id) => GENERATED_LOCALE.test(id)) ? 'locales/[name].js' : 'chunks/[name]-[hash].js';
}

/**
 * `npm start`: the demo page (index.html) with the sample feed from src/public/feeds/.
 * `vite build`: dist/si-widgets.js, a small ES module that registers every element for a plain
 * <script type="module"> on any host and imports each element's code (dist/chunks/, content-hashed:
 * cache them for a year) the first time its tag is on the page; the code every element shares (Lit,
 * the feed store, the validator, the Swedish words) is one chunk of its own. And dist/locales/<lang>.js,
 * one small chunk per other language, imported only when an element on the page needs it. Every
 * chunk is imported relative to the file that imports it, so any CDN path works.
 */
export default defineConfig({
  publicDir: 'src/public',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  plugins: [selfContainedLocaleChunks(), entryOwnCopies(), minifyTemplates(), bundledLicenses()],
  build: {
    // The bundled packages' licences, beside the bundle (bundledLicenses() adds ours and the banner).
    license: { fileName: 'si-widgets.licenses.txt' },
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    sourcemap: true,
    // Which chunks each element needs (dist/si-widgets.manifest.json), for modulepreload and the bench.
    manifest: 'si-widgets.manifest.json',
    lib: {
      entry: ENTRY,
      formats: ['es'],
      fileName: () => 'si-widgets.js',
    },
    rolldownOptions: {
      output: {
        // Vite leaves an ES library's whitespace and comments for downstream bundlers; this file is
        // served to browsers as it is, so minify it fully (31.5 → 29.9 KB gzip).
        minify: true,
        // The minifier keeps /* @__PURE__ */ marks for downstream bundlers; nothing bundles this file.
        comments: { annotation: false, jsdoc: false },
        chunkFileNames: chunkFileName,
        // The code two or more elements use is one chunk: a page with one card loads the entry, it and the card's.
        codeSplitting: {
          groups: [{ name: 'shared', minShareCount: 2, test: (id: string) => !GENERATED_LOCALE.test(id) }],
        },
      },
    },
  },
});
