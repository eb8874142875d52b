/**
 * The script-tag entry, built to dist/si-widgets.js: one small file that registers every element
 * and the `<div data-si-widget>` mounts, but loads an element's code (dist/chunks/, next to it)
 * only the first time its tag or mount is on the page, and starts its feed's request meanwhile.
 * `src/si-widgets.ts` registers everything up front instead (the npm build, the tests, the pages).
 */
import { startAutoloader } from './core/autoloader.js';
import { pageAutoloader } from './core/define.js';

/**
 * The shared chunk's name, written in by the build (vite.config.ts, same length so that the source
 * map stays right): no source module is that chunk, so no `import()` of a source path can name it.
 */
const SHARED_CHUNK = './chunks/shared-________.js';

startAutoloader({
  elements: {
    'si-project-list': () => import('./define/project-list.js'),
    'si-project-card': () => import('./define/project-card.js'),
    'si-goal-progress': () => import('./define/goal-progress.js'),
    'si-partner-list': () => import('./define/partner-list.js'),
  },
  mounts: () => import('./define/div-mounts.js'),
  shared: () => import(/* @vite-ignore */ SHARED_CHUNK),
  failure: () => import('./embed/load-failure.js'),
});

/**
 * For a component that renders si-widgets tags inside its own shadow root, which the page's one
 * observer cannot see into: `observe(this.shadowRoot)` loads what it uses there too.
 */
export function observe(root: ShadowRoot): void {
  pageAutoloader()?.observe(root);
}
