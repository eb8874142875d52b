/** The script-tag bundle's entry: registers every element, then mounts `<div data-si-widget>`s. Built to dist/si-widgets.js. */
import './define/project-list.js';
import './define/project-card.js';
import './define/goal-progress.js';
import './define/partner-list.js';
// Last: a div can only become an element that is already defined.
import './define/div-mounts.js';

export * from './index.js';
