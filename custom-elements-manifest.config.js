/**
 * The analyzer reads the elements' JSDoc (@attr, @csspart, @cssprop, @fires, @slot) and their
 * `static properties`. It lists a `{ state: true }` entry as an attribute; internal state is always a
 * private field here, so a private field's attribute is dropped.
 */
const noAttributesForPrivateState = {
  name: 'si-widgets:no-attributes-for-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      const privateFields = new Set(
        (declaration.members ?? []).filter((m) => m.kind === 'field' && m.privacy === 'private').map((m) => m.name),
      );
      if (!declaration.attributes) continue;
      declaration.attributes = declaration.attributes.filter((a) => !privateFields.has(a.fieldName));
      for (const member of declaration.members ?? []) {
        if (privateFields.has(member.name)) delete member.attribute;
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/core/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [noAttributesForPrivateState],
};
