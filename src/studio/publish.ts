/**
 * "Publicera": the studio's side of `si-feed publish`, in a folder the person chose (File System
 * Access). The decision is the CLI's own (src/data/publication.ts): this module only reads the
 * folder's `feed.json`, `changes.json` and `archive/` names, and writes the planned files. Every
 * file is first written to its swap file (`createWritable()`), and only when all are written are
 * they put in place, one by one in the plan's order (`close()`), `feed.json` last: as the CLI
 * writes every temporary file before it renames one, a failed write leaves the folder as it was.
 */
import { localDay } from '../data/ended.js';
import { planPublication, type PublicationPlan } from '../data/publication.js';
import type { DirectoryHandle, FileHandle, WritableFile } from './file-access.js';

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

/** The text of `name` in the folder, or `undefined` when there is no such file. */
async function readText(folder: DirectoryHandle, name: string): Promise<string | undefined> {
  let handle: FileHandle;
  try {
    handle = await folder.getFileHandle(name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  return (await handle.getFile()).text();
}

/** The files already in `archive/`, as `archive/feed-2026-12-06.json`: an archived version is never overwritten. */
async function archivedNames(folder: DirectoryHandle): Promise<Set<string>> {
  const names = new Set<string>();
  let archive: DirectoryHandle;
  try {
    archive = await folder.getDirectoryHandle('archive');
  } catch (error) {
    if (isNotFound(error)) return names;
    throw error;
  }
  for await (const name of archive.keys()) names.add(`archive/${name}`);
  return names;
}

/** When a publication happens, as the CLI writes it: RFC 3339 in UTC, to the second. */
export function publicationTime(now: Date): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * What publishing `text` into `folder` would write, with the change list; nothing is written.
 * `feedUrl` (an absolute URL, as `--feed-url`) is where `feed.json` is published: changes.xml links to it.
 */
export async function planFolderPublication(folder: DirectoryHandle, text: string, now: Date = new Date(), feedUrl?: string): Promise<PublicationPlan> {
  const [feed, changes, archived] = await Promise.all([readText(folder, 'feed.json'), readText(folder, 'changes.json'), archivedNames(folder)]);
  const request = { text, now: publicationTime(now), today: localDay(now), exists: (name: string) => archived.has(name) };
  return planPublication({ feed, changes }, feedUrl === undefined ? request : { ...request, feedUrl });
}

/** The handle of `path` (`archive/feed-….json`), its folders and the file made as needed; `created` when it was not there. */
async function fileAt(folder: DirectoryHandle, path: string): Promise<{ handle: FileHandle; parent: DirectoryHandle; base: string; created: boolean }> {
  const parts = path.split('/');
  const base = parts.pop()!;
  let parent = folder;
  for (const part of parts) parent = await parent.getDirectoryHandle(part, { create: true });
  try {
    return { handle: await parent.getFileHandle(base), parent, base, created: false };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return { handle: await parent.getFileHandle(base, { create: true }), parent, base, created: true };
  }
}

export interface WriteOutcome {
  /** The files put in place, in order. */
  written: string[];
  /** The file that could not be written, and why; the files after it were not written. */
  failed?: { name: string; error: unknown };
}

interface OpenFile {
  name: string;
  writable?: WritableFile;
  /** Made empty by opening it: removed again if the publication fails before it is written. */
  remove?: () => Promise<void>;
}

/** Throws away what was not put in place: swap files, and files made empty by opening them. */
async function undo(files: readonly OpenFile[]): Promise<void> {
  for (const file of files) {
    await file.writable?.abort().catch(() => undefined);
    await file.remove?.().catch(() => undefined);
  }
}

/** Writes the plan's files: all to their swap files first, then each put in place in order. */
export async function writePublication(folder: DirectoryHandle, files: ReadonlyArray<readonly [string, string]>): Promise<WriteOutcome> {
  const open: OpenFile[] = [];
  for (const [name, text] of files) {
    const file: OpenFile = { name };
    open.push(file);
    try {
      const { handle, parent, base, created } = await fileAt(folder, name);
      if (created) file.remove = () => parent.removeEntry(base);
      file.writable = await handle.createWritable();
      await file.writable.write(text);
    } catch (error) {
      await undo(open);
      return { written: [], failed: { name, error } };
    }
  }
  const written: string[] = [];
  for (const [index, file] of open.entries()) {
    try {
      await file.writable!.close();
      written.push(file.name);
    } catch (error) {
      await undo(open.slice(index));
      return { written, failed: { name: file.name, error } };
    }
  }
  return { written };
}
