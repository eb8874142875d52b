/** The script-tag bundle's entry: registers every element. Built to dist/si-widgets.js. */
import './define/project-list.js';
import './define/project-card.js';
import './define/goal-progress.js';
import './define/partner-list.js';

export * from './index.js';
