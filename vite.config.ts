import { defineConfig } from 'vite';

/**
 * `npm start`: the demo page (index.html) with the sample feed from src/public/feeds/.
 * `vite build`: dist/si-widgets.js, ONE self-contained ES module (Lit bundled in) that registers
 * every element, for a plain <script type="module"> on any host.
 */
export default defineConfig({
  publicDir: 'src/public',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/si-widgets.ts',
      formats: ['es'],
      fileName: () => 'si-widgets.js',
    },
  },
});
