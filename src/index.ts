/**
 * Class-only exports: importing this module registers nothing. Register with the side-effect
 * entry points in `si-widgets/define/*`, or load `dist/si-widgets.js`, which registers every element.
 */
export { SiProjectList } from './components/project-list/project-list.js';
export { SiProjectCard } from './components/project-card/project-card.js';
export { SiGoalProgress } from './components/goal-progress/goal-progress.js';
export { SiPartnerList } from './components/partner-list/partner-list.js';
export { SiFeedElement, type WidgetState, type StateChangeDetail } from './core/feed-element.js';
export { defineElement } from './core/define.js';
export { subscribeFeed, reloadFeed, type FeedError, type FeedState, type LoadedFeed } from './core/feed-store.js';
export * from './data/types.js';
export {
  parseFeed,
  validateFeed,
  formatProblem,
  formatReport,
  type FeedProblem,
  type ItemReport,
  type ValidateOptions,
} from './data/validate.js';
export { resolveText } from './data/text.js';
export { safeLinkUrl, safeImageUrl } from './data/url.js';
export { VERSION } from './version.js';
