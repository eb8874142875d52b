import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { bundledLicenses, minifyTemplates } from './vite.config.js';

/**
 * `npm run build` (second step): the pages, next to the bundle in dist/.
 *   dist/index.html   the demo and snippet builder
 *   dist/tillganglighet.html   the demo's accessibility statement
 *   dist/docs/accessibility.md, dist/docs/privacy.md   the documents those pages link to
 *   dist/studio.html   the feed studio: open, edit, check and save a feed in the browser
 *   dist/embed.html   the iframe page (one widget from its query string)
 *   dist/embed-resize.js   the optional resize script for hosts of that iframe (a fixed name, no imports)
 *   dist/feeds/sample.json  the sample feed
 *   dist/assets/licenses.txt  the licences of what the pages' scripts bundle
 * The pages' own scripts go to dist/assets/ (hashed); dist/si-widgets.js stays the one
 * self-contained file the first step (vite.config.ts) wrote.
 */
/** The documents the demo pages link to, copied beside them, so that the links work in dist/ too. */
const LINKED_DOCS = ['accessibility.md', 'privacy.md'];

function linkedDocs(): Plugin {
  return {
    name: 'si-widgets:linked-docs',
    apply: 'build',
    generateBundle() {
      for (const name of LINKED_DOCS) {
        this.emitFile({ type: 'asset', fileName: `docs/${name}`, source: readFileSync(resolve(import.meta.dirname, 'docs', name)) });
      }
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: 'src/public',
  plugins: [minifyTemplates(), bundledLicenses(), linkedDocs()],
  build: {
    license: { fileName: 'assets/licenses.txt' },
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: true,
    minify: true,
    sourcemap: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        tillganglighet: resolve(import.meta.dirname, 'tillganglighet.html'),
        studio: resolve(import.meta.dirname, 'studio.html'),
        'embed-resize': resolve(import.meta.dirname, 'src/embed/resize-host.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed-resize' ? 'embed-resize.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
