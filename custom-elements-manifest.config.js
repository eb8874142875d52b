/** `cem analyze` reads the elements' JSDoc (@attr, @csspart, @cssprop, @fires, @slot). */
export default {
  globs: ['src/components/**/*.ts', 'src/core/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
