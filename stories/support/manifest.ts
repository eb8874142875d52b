/**
 * The custom elements manifest (dist/custom-elements.json, written by `cem analyze` from the
 * elements' JSDoc) as Storybook's controls and docs tables should see it: the public API only.
 */
import type {
  Attribute,
  ClassDeclaration,
  ClassField,
  ClassMethod,
  CustomElement,
  Declaration,
  Package,
} from 'custom-elements-manifest/schema';

/** The manifest, as its schema (https://github.com/webcomponents/custom-elements-manifest) types it. */
export type Manifest = Package;

/** A class field; the analyzer adds the attribute of each of a Lit element's reactive properties. */
export interface ManifestMember extends ClassField {
  attribute?: string;
}

/** A custom element's class, with its fields as the analyzer writes them. */
export interface ManifestDeclaration extends ClassDeclaration, CustomElement {
  members?: (ManifestMember | ClassMethod)[];
}

function isElement(declaration: Declaration): declaration is ManifestDeclaration {
  return 'tagName' in declaration && Boolean(declaration.tagName);
}

/** Every custom element the manifest declares, by tag name. */
export function elementsOf(manifest: Manifest): Map<string, ManifestDeclaration> {
  const elements = new Map<string, ManifestDeclaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (isElement(declaration) && declaration.tagName) elements.set(declaration.tagName, declaration);
    }
  }
  return elements;
}

/** Fields a page may set: public, not static, and not already listed as an attribute. */
export function publicProperties(declaration: ManifestDeclaration): ManifestMember[] {
  return (declaration.members ?? []).filter(
    (member): member is ManifestMember =>
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
function readableDefault<T extends ManifestMember | Attribute>(item: T): T {
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
        isElement(declaration)
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
