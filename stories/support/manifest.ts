/**
 * The custom elements manifest (dist/custom-elements.json, written by `cem analyze` from the
 * elements' JSDoc) as Storybook's controls and docs tables should see it: the public API only.
 */

/** The part of the manifest schema (https://github.com/webcomponents/custom-elements-manifest) we read. */
export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}

export interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

export interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[] }[];
}

/** Every custom element the manifest declares, by tag name. */
export function elementsOf(manifest: Manifest): Map<string, ManifestDeclaration> {
  const elements = new Map<string, ManifestDeclaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) elements.set(declaration.tagName, declaration);
    }
  }
  return elements;
}

/** Fields a page may set: public, not static, and not already listed as an attribute. */
export function publicProperties(declaration: ManifestDeclaration): ManifestMember[] {
  return (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      member.attribute === undefined &&
      !member.name.startsWith('_'),
  );
}

/**
 * A default the analyzer could only write as a constant's name (`DEFAULT_TIMEOUT_MS`) is shown as
 * the value the description gives, "… (default 10000)".
 */
function readableDefault<T extends ManifestItem>(item: T): T {
  if (!item.default || !/^[A-Z][A-Z0-9_]*$/.test(item.default)) return item;
  const stated = /\(default ([^)]+)\)/.exec(item.description ?? '')?.[1];
  return stated ? { ...item, default: stated } : item;
}

/**
 * The manifest for `setCustomElementsManifest`: private and protected members, statics and methods
 * are dropped, and a property that has an attribute is shown once, as the attribute (the name a
 * page writes), so that the docs table lists what a page can really use.
 */
export function forStorybook(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: publicProperties(declaration).map(readableDefault),
              attributes: declaration.attributes?.map(readableDefault),
              // Storybook skips unnamed items; the default slot is the fallback content.
              slots: declaration.slots?.map((slot) => (slot.name ? slot : { ...slot, name: '(default)' })),
            }
          : declaration,
      ),
    })),
  };
}
