/**
 * Writes the editor data from dist/custom-elements.json: dist/vscode.html-custom-data.json and
 * dist/vscode.css-custom-data.json (VS Code's `html.customData` and `css.customData`) and
 * dist/web-types.json (JetBrains IDEs, found through package.json's `web-types`). Each attribute comes
 * with its description and the words it accepts, which the manifest carries as `expandedType`
 * (see custom-elements-manifest.config.js).
 *
 *   tsx tools/editor-data.ts   (after `npm run manifest`; run by `npm run build:editor`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import type { Manifest } from '../stories/support/manifest.js';

const typesSrc = 'expandedType';

/** The files to write into dist/, by name. */
export function editorData(manifest: Manifest): Record<string, string> {
  // The generators type the manifest as their own copy of the schema's `Package`.
  const input = manifest as Parameters<typeof getVsCodeHtmlCustomData>[0];
  const json = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  return {
    'vscode.html-custom-data.json': json(getVsCodeHtmlCustomData(input, { typesSrc, hideMethodDocs: true })),
    'vscode.css-custom-data.json': json(getVsCodeCssCustomData(input, {})),
    'web-types.json': json(getWebTypesData(input as Parameters<typeof getWebTypesData>[0], { typesSrc, hideMethodDocs: true })),
  };
}

export function writeEditorData(manifestPath: string, outDir: string): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  for (const [name, text] of Object.entries(editorData(manifest))) writeFileSync(join(outDir, name), text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeEditorData('dist/custom-elements.json', 'dist');
}
