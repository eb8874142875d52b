/**
 * Budgets (checked by `npm run bench:check`, with headroom for a noisy shared machine) and targets
 * (what we are after; printed, never failing). A budget can be tightened or loosened for one run
 * with its environment variable, e.g. `SI_BENCH_BUDGET_CARDS_RATIO=1.1 npm run bench:check`.
 */

function fromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name}=${raw} is not a number`);
  return value;
}

export const BUDGETS = {
  /** KB (1,000 bytes) of dist/si-widgets.js after gzip -9. */
  bundleGzipKb: fromEnv('SI_BENCH_BUDGET_BUNDLE_GZIP_KB', 30),
  /** 1,000 cards: ours / plain-DOM baseline. */
  cardsRatio: fromEnv('SI_BENCH_BUDGET_CARDS_RATIO', 2.0),
  /**
   * 10,000-project list: main-thread CPU from the feed's arrival (its last byte) to rendered and
   * laid out, in milliseconds: the budget.
   */
  listFirstRenderMs: fromEnv('SI_BENCH_BUDGET_LIST_FIRST_RENDER_MS', 300),
  /** 10,000-project list: elements in its shadow tree. */
  listElements: fromEnv('SI_BENCH_BUDGET_LIST_ELEMENTS', 5000),
  /** 5 MB feed: validateFeed / JSON.parse. */
  validationRatio: fromEnv('SI_BENCH_BUDGET_VALIDATION_RATIO', 2.0),
  /** Requests for one feed URL named by 50 elements. */
  feedRequests: fromEnv('SI_BENCH_BUDGET_FEED_REQUESTS', 1),
};

export const TARGETS = {
  bundleGzipKb: 20,
  /** The budget for the 10,000-project list's first render, in CPU milliseconds. */
  listFirstRenderMs: 300,
  cardsRatio: 1.3,
  validationRatio: 1.0,
  /** Rendering an already validated feed: 10,000 projects / 100 projects. ~1 = independent of size. */
  listScaling: 1.5,
};
