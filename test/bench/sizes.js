/**
 * Sizes: gzip (level 9) and brotli (quality 11) of the built bundle and of every locale file, and
 * what each element costs: small bundles built with vite's JS API from the project's own
 * vite.config.ts, each registering every element, every element but one, or one element alone.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @returns {{ raw: number, gzip: number, brotli: number }} bytes */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const sum = (sizes, key) => sizes.reduce((total, size) => total + size[key], 0);

/** The entry, then each dist/chunks/*.js and dist/locales/*.js that exists (there may be none yet). */
export function distSizes(root) {
  const files = [{ name: 'dist/si-widgets.js', path: join(root, 'dist/si-widgets.js') }];
  for (const folder of ['chunks', 'locales']) {
    const dir = join(root, 'dist', folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) {
      files.push({ name: `dist/${folder}/${name}`, path: join(dir, name) });
    }
  }
  return files.map((f) => ({ name: f.name, ...compressedSizes(readFileSync(f.path)) }));
}

/** The elements, as their side-effect registration modules under src/define/. */
export function elementDefines(root) {
  return readdirSync(join(root, 'src/define'))
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))
    .sort()
    .map((n) => ({ name: basename(n, '.ts'), tag: `src/define/${n}`, path: join(root, 'src/define', n) }));
}

/**
 * Builds one entry per combination and measures it. `all`: every define; `core`: the shared base
 * element and loader alone, with Lit; per element: `alone` (its define only, with the shared core and
 * Lit) and `without` (every other define). The element's marginal cost is `all - without`.
 */
export async function elementCosts(root) {
  const { build } = await import('vite');
  const defines = elementDefines(root);
  const dir = mkdtempSync(join(tmpdir(), 'si-bench-'));
  const entryFor = (name, paths, source = paths.map((p) => `import ${JSON.stringify(p)};`).join('\n')) => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, source + '\n');
    return file;
  };
  const measure = async (name, paths, source) => {
    const outDir = join(dir, `out-${name}`);
    const output = await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        lib: { entry: entryFor(name, paths, source), formats: ['es'], fileName: () => 'bundle.js' },
      },
    });
    // The entry and every chunk it imports statically, each compressed on its own as a page downloads
    // them: what the element needs before it can render. Lazy chunks (languages, downloads, JSON-LD) are not counted.
    const chunks = new Map((Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((f) => f.type === 'chunk').map((f) => [f.fileName, f]));
    const needed = new Set(['bundle.js']);
    for (const fileName of needed) for (const imported of chunks.get(fileName)?.imports ?? []) needed.add(imported);
    const sizes = [...needed].map((fileName) => compressedSizes(readFileSync(join(outDir, fileName))));
    return { raw: sum(sizes, 'raw'), gzip: sum(sizes, 'gzip'), brotli: sum(sizes, 'brotli') };
  };
  try {
    const all = await measure('all', defines.map((d) => d.path));
    const elements = [];
    for (const define of defines) {
      const alone = await measure(`alone-${define.name}`, [define.path]);
      const without = await measure(
        `without-${define.name}`,
        defines.filter((d) => d !== define).map((d) => d.path),
      );
      elements.push({ tag: define.tag, alone, without, marginal: { gzip: all.gzip - without.gzip, brotli: all.brotli - without.brotli, raw: all.raw - without.raw } });
    }
    // What every element needs before any of its own code: Lit, @lit/localize, the feed store and
    // validator, the base element with its status views and styles, and the guarded define.
    const core = await measure('core', [], [
      `export { SiFeedElement } from ${JSON.stringify(join(root, 'src/core/feed-element.ts'))};`,
      `export { defineElement } from ${JSON.stringify(join(root, 'src/core/define.ts'))};`,
    ].join('\n'));
    // Lit itself, as the elements use it (the element base, templates, static html, ifDefined).
    const lit = await measure('lit', [], [
      `export { LitElement, html, css, nothing, svg } from ${JSON.stringify(join(root, 'node_modules/lit/index.js'))};`,
      `export { html as staticHtml, literal, unsafeStatic } from ${JSON.stringify(join(root, 'node_modules/lit/static-html.js'))};`,
      `export { ifDefined } from ${JSON.stringify(join(root, 'node_modules/lit/directives/if-defined.js'))};`,
    ].join('\n'));
    return { all, core, lit, elements };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
