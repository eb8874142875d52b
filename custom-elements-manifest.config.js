import { readFileSync } from 'node:fs';
import ts from 'typescript';

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

/**
 * Editors and the framework types need the words an attribute accepts, which the analyzer leaves as
 * the field's type name (`SortOrder`, `WordList<FilterControl, ' '>`). This resolves each element
 * field's type with the TypeScript checker and writes the words, as a union of string literals, to
 * the attribute's `expandedType` (what `custom-element-vs-code-integration` and
 * `custom-element-jet-brains-integration` read with `typesSrc: 'expandedType'`). A list attribute
 * (`WordList`) gets its words; its field gets `string`, the type of the property.
 */
const expandAttributeTypes = {
  name: 'si-widgets:expand-attribute-types',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules.filter((m) => m.declarations?.some((d) => d.tagName));
    const program = ts.createProgram(
      modules.map((m) => m.path),
      { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, types: [] },
    );
    const checker = program.getTypeChecker();
    for (const module of modules) {
      for (const declaration of module.declarations.filter((d) => d.tagName)) {
        const classNode = program.getSourceFile(module.path)?.statements.find(
          (statement) => ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
        );
        if (!classNode) throw new Error(`${declaration.name} not found in ${module.path}`);
        const instanceType = checker.getTypeAtLocation(classNode);
        for (const attribute of declaration.attributes ?? []) {
          const property = attribute.fieldName && instanceType.getProperty(attribute.fieldName);
          const words = property && acceptedWords(checker, property, classNode);
          if (!words) continue;
          attribute.expandedType = { text: words.words.map((word) => `'${word}'`).join(' | ') };
          const member = declaration.members?.find((m) => m.name === attribute.fieldName);
          if (member) member.expandedType = words.list ? { text: 'string' } : attribute.expandedType;
        }
      }
    }
  },
};

/** The string literals a field's declared type is made of, and whether it is a `WordList` of them. */
function acceptedWords(checker, property, location) {
  const typeNode = property.valueDeclaration?.type;
  let type = typeNode ? checker.getTypeFromTypeNode(typeNode) : checker.getTypeOfSymbolAtLocation(property, location);
  const list = ['WordList', 'LongWordList'].includes(type.aliasSymbol?.name);
  if (list) type = type.aliasTypeArguments[0];
  const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (parts.length === 0 || !parts.every((t) => t.isStringLiteral())) return undefined;
  return { words: parts.map((t) => t.value), list };
}

/**
 * Every element's `static siVersion` is `VERSION` (src/version.ts) in the source; the manifest gets its
 * value, the package's version, so that tools and `npm run release:check` read which release it describes.
 */
const packageVersion = {
  name: 'si-widgets:package-version',
  packageLinkPhase({ customElementsManifest }) {
    const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      for (const member of declaration.members ?? []) if (member.name === 'siVersion') member.default = `'${version}'`;
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/core/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [noAttributesForPrivateState, expandAttributeTypes, packageVersion],
};
