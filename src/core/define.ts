import { VERSION } from '../version.js';

/** What si-widgets classes carry so another copy can tell which version defined a tag. */
export interface VersionedElement extends CustomElementConstructor {
  siVersion?: string;
}

let warnedAboutVersion = false;

/**
 * Registers a tag unless it is already registered. Loading the bundle twice, from two URLs or beside
 * another version must never throw: the same version is silent, another version warns once.
 */
export function defineElement(name: string, constructor: VersionedElement): void {
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
