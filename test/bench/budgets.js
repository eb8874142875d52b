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
  /** KB (1,000 bytes) of dist/si-widgets.js, the entry, after gzip -9. */
  bundleGzipKb: fromEnv('SI_BENCH_BUDGET_BUNDLE_GZIP_KB', 4),
  /** KB of JS (gzip) a page with one <si-project-card> transfers. */
  cardPageKb: fromEnv('SI_BENCH_BUDGET_CARD_PAGE_KB', 18),
  /** KB of JS (gzip) a page with every element transfers. */
  allPageKb: fromEnv('SI_BENCH_BUDGET_ALL_PAGE_KB', 40),
  /** Lighthouse mobile LCP of the one-card page minus the same page as static HTML, ms. */
  lcpOverStaticMs: fromEnv('SI_BENCH_BUDGET_LCP_OVER_STATIC_MS', 250),
  /** Lighthouse performance score of the one-card page and of its static twin. */
  pageScore: fromEnv('SI_BENCH_BUDGET_PAGE_SCORE', 100),
  /** Lighthouse on the demo page (dist/index.html): performance score at least, CLS at most. */
  demoScore: fromEnv('SI_BENCH_BUDGET_DEMO_SCORE', 90),
  demoCls: fromEnv('SI_BENCH_BUDGET_DEMO_CLS', 0.1),
  /** CLS of a card page with the snippet builder's fallback content. */
  fallbackCls: fromEnv('SI_BENCH_BUDGET_FALLBACK_CLS', 0),
  /** JS heap growth of 1,000 cards / the plain-DOM baseline's. */
  heapRatio: fromEnv('SI_BENCH_BUDGET_HEAP_RATIO', 3),
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
  /** Reading a crafted .xlsx (cells never closed) / a genuine one of the same size: a one-pass reader stays near 1×. */
  craftedSpreadsheetRatio: fromEnv('SI_BENCH_BUDGET_CRAFTED_SPREADSHEET_RATIO', 3),
};

export const TARGETS = {
  bundleGzipKb: 2.5,
  cardPageKb: 14,
  allPageKb: 30,
  lcpOverStaticMs: 120,
  pageScore: 100,
  demoScore: 100,
  demoCls: 0,
  fallbackCls: 0,
  heapRatio: 2,
  /** The budget for the 10,000-project list's first render, in CPU milliseconds. */
  listFirstRenderMs: 300,
  cardsRatio: 1.1,
  validationRatio: 1.0,
  /** Rendering an already validated feed: 10,000 projects / 100 projects. ~1 = independent of size. */
  listScaling: 1.5,
};
