/**
 * `npm run build:sri`: the Subresource Integrity hashes of the files a page loads by <script>, for
 * pinning an exact version: dist/si-widgets.sri.txt, one "file sha384-…" line each. The snippet
 * builder reads it; `npm run release:check` checks it against the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const SRI_FILES = ['si-widgets.js', 'embed-resize.js'];

/** The `integrity` value of `bytes`. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The lines of si-widgets.sri.txt for the files of `dist` that exist. */
export function sriLines(dist) {
  return SRI_FILES.filter((file) => existsSync(new URL(file, dist))).map((file) => `${file} ${integrity(readFileSync(new URL(file, dist)))}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL('../dist/', import.meta.url);
  const lines = sriLines(dist);
  writeFileSync(new URL('si-widgets.sri.txt', dist), `${lines.join('\n')}\n`);
  for (const line of lines) console.log(line);
}
