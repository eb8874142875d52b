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

/**
 * Registers a tag unless it is already registered. Loading the bundle twice, from two URLs or beside
 * another version must never throw: the same version is silent, another version warns once.
 */
export function defineElement(name: string, constructor: VersionedElement): void {
  ((globalThis as GlobalWithTags)[TAGS_KEY] ??= new Set()).add(name);
  const existing = customElements.get(name) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(name, constructor);
    return;
  }
  if (existing.siVersion !== VERSION && !warnedAboutVersion) {
    warnedAboutVersion = true;
    console.warn(
      `[si-widgets] <${name}> is already defined by ${
        existing.siVersion ? `si-widgets ${existing.siVersion}` : 'another script'
      }; si-widgets ${VERSION} keeps that definition. Load one version of si-widgets per page.`,
    );
  }
}
