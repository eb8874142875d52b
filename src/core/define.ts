import { VERSION } from '../version.js';

/** What si-widgets classes carry so another copy can tell which version defined a tag. */
export interface VersionedElement extends CustomElementConstructor {
  siVersion?: string;
  /** The attributes the element reacts to; Lit derives them from its reactive properties. */
  observedAttributes?: readonly string[];
}

let warnedAboutVersion = false;

const TAGS_KEY = Symbol.for('si-widgets.tags.v1');
type GlobalWithTags = typeof globalThis & { [TAGS_KEY]?: Set<string> };

/**
 * Every widget si-widgets has registered on this page, by any copy of the bundle, in order, named
 * as editors write it in `data-si-widget` or `?widget=`: its tag without `si-` (`project-card`).
 */
export function definedWidgets(): string[] {
  return [...((globalThis as GlobalWithTags)[TAGS_KEY] ?? [])].map((tag) => tag.replace(/^si-/, ''));
}

/** The si-widgets element class registered for `tag`, if si-widgets registered it. */
export function siElement(tag: string): VersionedElement | undefined {
  const constructor = customElements.get(tag) as VersionedElement | undefined;
  return constructor && typeof constructor.siVersion === 'string' ? constructor : undefined;
}

/** Counts `name` among the widgets si-widgets offers on this page (see `definedWidgets`). */
export function noteWidget(name: string): void {
  ((globalThis as GlobalWithTags)[TAGS_KEY] ??= new Set()).add(name);
}

/** Says once, in the console, that another version (or another script) has `name` already. */
export function warnAboutOtherVersion(name: string, otherVersion: string | undefined): void {
  if (otherVersion === VERSION || warnedAboutVersion) return;
  warnedAboutVersion = true;
  console.warn(
    `[si-widgets] <${name}> is already defined by ${
      otherVersion ? `si-widgets ${otherVersion}` : 'another script'
    }; si-widgets ${VERSION} keeps that definition. Load one version of si-widgets per page.`,
  );
}

/**
 * Registers a tag unless it is already registered. Loading the bundle twice, from two URLs or beside
 * another version must never throw: the same version is silent, another version warns once.
 */
export function defineElement(name: string, constructor: VersionedElement): void {
  noteWidget(name);
  const existing = customElements.get(name) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(name, constructor);
    return;
  }
  warnAboutOtherVersion(name, existing.siVersion);
}

/** What dist/si-widgets.js puts on the page, once for every copy: it loads each element's code on first use. */
export interface Autoloader {
  version: string;
  /** The tags it can load. */
  tags: readonly string[];
  /** Loads the code of `tag`; resolves when it is defined, or when its code could not be loaded. */
  load(tag: string): Promise<void>;
  /** Also loads the elements used inside `root` (a shadow root the page's own components made). */
  observe(root: Document | ShadowRoot): void;
}

const AUTOLOADER_KEY = Symbol.for('si-widgets.autoloader.v1');
type GlobalWithAutoloader = typeof globalThis & { [AUTOLOADER_KEY]?: Autoloader };

/** The page's autoloader, or `undefined` where the elements were registered up front (the npm build). */
export function pageAutoloader(): Autoloader | undefined {
  return (globalThis as GlobalWithAutoloader)[AUTOLOADER_KEY];
}

/** Makes `autoloader` the page's, unless there is one already: returns the one that is. */
export function installAutoloader(autoloader: Autoloader): Autoloader {
  return ((globalThis as GlobalWithAutoloader)[AUTOLOADER_KEY] ??= autoloader);
}

/** Loads `tag`'s code if the page loads code on first use; `undefined` if nothing can load it. */
export function loadWidget(tag: string): Promise<void> | undefined {
  const autoloader = pageAutoloader();
  return autoloader?.tags.includes(tag) ? autoloader.load(tag) : undefined;
}
