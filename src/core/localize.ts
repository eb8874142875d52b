/**
 * Per-element languages with @lit/localize.
 *
 * `configureLocalization` would give the whole page one language. Partner pages put an Arabic
 * content area inside a Swedish template, so every element speaks its own language instead:
 * `configureReentrantLocalization` asks `getLocale()` on every `msg()`, and the base element sets
 * the "current catalogue" around its own synchronous update (see `withCatalogue`).
 *
 * Swedish is the source language and needs no catalogue. The others are loaded with `import()`,
 * only when an element on the page needs them; bundlers make each a chunk of its own.
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { isOneOf } from '../data/one-of.js';

export type TargetCatalogue = (typeof targetLocales)[number];
export type Catalogue = typeof sourceLocale | TargetCatalogue;

/** One static `import()` per language, so that bundlers can split and find them. */
const LOADERS: Record<TargetCatalogue, () => Promise<LocaleModule>> = {
  en: () => import('../generated/locales/en.js'),
  ar: () => import('../generated/locales/ar.js'),
};

const loaded = new Map<Catalogue, LocaleModule | undefined>([[sourceLocale, undefined]]);
const loading = new Map<TargetCatalogue, Promise<void>>();
const failed = new Set<Catalogue>();

type Configuration = 'not-yet' | 'ours' | 'host';
let configuration: Configuration = 'not-yet';
let current: Catalogue = sourceLocale;

function isTarget(catalogue: string): catalogue is TargetCatalogue {
  return isOneOf(targetLocales, catalogue);
}

/**
 * Installs our `msg()` implementation, once, when the first element connects (not on import, so a
 * page that configures @lit/localize itself during start-up has done so first). @lit/localize
 * allows one configuration per copy of the library: in `dist/si-widgets.js` the copy is our own;
 * with the npm build a host app may share it. If it has configured it already, our words stay
 * Swedish (the source language) and the console says why, once; nothing throws.
 */
export function ensureLocalization(): void {
  if (configuration !== 'not-yet') return;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => current,
      loadLocaleSync: (locale) => loaded.get(locale as Catalogue),
    });
    configuration = 'ours';
  } catch (error) {
    configuration = 'host';
    console.warn(
      '[si-widgets] This page has already configured @lit/localize, which allows one configuration per ' +
        'page, so si-widgets shows its own words in Swedish only. Load dist/si-widgets.js (which ' +
        `carries its own copy of @lit/localize) to get every language. (${String(error)})`,
    );
  }
}

/** The catalogues an element may use now: Swedish always; the others unless they cannot be had. */
export function availableCatalogues(): readonly Catalogue[] {
  if (configuration === 'host') return [sourceLocale];
  return [sourceLocale, ...targetLocales.filter((locale) => !failed.has(locale))];
}

export function isCatalogueReady(catalogue: Catalogue): boolean {
  return loaded.has(catalogue);
}

/**
 * Loads a catalogue once for the page. Never rejects: a catalogue that cannot be loaded (a CDN
 * that lost the chunk, a CSP that blocks it) is reported once and the elements fall back to Swedish.
 */
export function loadCatalogue(catalogue: Catalogue): Promise<void> {
  if (loaded.has(catalogue) || !isTarget(catalogue)) return Promise.resolve();
  let promise = loading.get(catalogue);
  if (!promise) {
    promise = LOADERS[catalogue]().then(
      (module) => {
        loaded.set(catalogue, module);
      },
      (error: unknown) => {
        failed.add(catalogue);
        console.error(`[si-widgets] The "${catalogue}" texts could not be loaded; showing Swedish instead. ${String(error)}`);
      },
    );
    loading.set(catalogue, promise);
  }
  return promise;
}

/** Runs `render` with `msg()` answering from `catalogue`; restores the previous one after. */
export function withCatalogue<T>(catalogue: Catalogue, render: () => T): T {
  const previous = current;
  current = catalogue;
  try {
    return render();
  } finally {
    current = previous;
  }
}

/**
 * The `lang` that applies to an element: its own, else the closest ancestor's, crossing shadow
 * roots up to `<html>`; `undefined` when there is none. Like the HTML spec, `lang=""` ends the
 * search ("unknown language").
 */
export function languageOf(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return undefined;
}

/** An element that re-checks its language when a `lang` on the page changes. */
export interface LanguageWatcher extends Element {
  languageMayHaveChanged(): void;
}

const watchers = new Set<LanguageWatcher>();
let observer: MutationObserver | undefined;
let observedRoots = new WeakSet<Node>();

function observe(root: Node): void {
  if (!observer || observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Re-checks `element`'s language whenever any `lang` attribute changes: its own, an ancestor's,
 * `<html>`'s. ONE MutationObserver for the page, however many elements there are; it also watches
 * the shadow roots an element sits in, which a document observer cannot see into.
 */
export function watchLanguage(element: LanguageWatcher): void {
  watchers.add(element);
  observer ??= new MutationObserver(() => {
    for (const watcher of watchers) watcher.languageMayHaveChanged();
  });
  observe(element.ownerDocument);
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
}

export function unwatchLanguage(element: LanguageWatcher): void {
  watchers.delete(element);
  if (watchers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
    observedRoots = new WeakSet();
  }
}
