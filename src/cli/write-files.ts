/** The CLI's one way of writing files so that a reader never sees half of one. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes every file to a temporary file beside it, then renames each into place in order: a reader
 * of the folder never sees a half-written file. publish, merge, import and export all write this way.
 */
export async function writeAll(out: string, files: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<void> {
  const temporary: string[] = [];
  try {
    for (const [name, text] of files) {
      const path = join(out, name);
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${process.pid}-${temporary.length}.si-feed-tmp`);
      temporary.push(temp);
      await writeFile(temp, text, { flag: 'wx' });
    }
    for (const [index, [name]] of files.entries()) await rename(temporary[index], join(out, name));
  } finally {
    for (const temp of temporary) await rm(temp, { force: true });
  }
}
