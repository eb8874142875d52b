/**
 * A folder of the File System Access API kept in memory, for the studio's "Publicera" in Node and
 * in the browser: the handles' methods the studio calls, with the API's behaviour where it
 * matters (a missing entry is a `NotFoundError`; `getFileHandle(…, { create: true })` makes an
 * empty file at once; a writable writes to a swap copy that replaces the file only on `close()`,
 * and `abort()` throws it away). `log` records each step, and `failOn` makes one step fail.
 */
import type { DirectoryHandle, FileHandle, WritableFile } from '../../src/studio/file-access.js';

export interface MemoryFolder extends DirectoryHandle {
  /** Every file under the folder by its path (`archive/feed-2026-12-06.json`) and text. */
  files(): Record<string, string>;
}

export interface MemoryOptions {
  /** Steps done, in order: `create archive/x.json`, `write changes.json`, `close feed.json`. */
  log?: string[];
  /** A step (as logged) that throws instead. */
  failOn?: string;
  /** Called before each step, to see the page as it was at that moment. */
  onStep?: (step: string) => void;
}

function notFound(name: string): DOMException {
  return new DOMException(`${name} was not found`, 'NotFoundError');
}

export function memoryFolder(name: string, initial: Record<string, string> = {}, options: MemoryOptions = {}): MemoryFolder {
  const texts = new Map(Object.entries(initial));
  const folders = new Set<string>(Object.keys(initial).flatMap((path) => path.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const step = async (what: string) => {
    options.onStep?.(what);
    options.log?.push(what);
    if (options.failOn === what) throw new DOMException(`${what} failed`, 'InvalidStateError');
  };
  const fileHandle = (path: string): FileHandle => ({
    name: path.split('/').pop()!,
    async getFile() {
      const text = texts.get(path);
      if (text === undefined) throw notFound(path);
      return new File([text], path.split('/').pop()!);
    },
    async createWritable(): Promise<WritableFile> {
      await step(`open ${path}`);
      let swap = '';
      return {
        async write(data) {
          await step(`write ${path}`);
          swap += typeof data === 'string' ? data : data instanceof Blob ? await data.text() : new TextDecoder().decode(data);
        },
        async close() {
          await step(`close ${path}`);
          texts.set(path, swap);
        },
        async abort() {
          options.log?.push(`abort ${path}`);
        },
      };
    },
  });
  const directory = (prefix: string, ownName: string): MemoryFolder => ({
    name: ownName,
    async getFileHandle(child, { create = false } = {}) {
      const path = prefix + child;
      if (!texts.has(path)) {
        if (!create) throw notFound(path);
        await step(`create ${path}`);
        texts.set(path, '');
      }
      return fileHandle(path);
    },
    async getDirectoryHandle(child, { create = false } = {}) {
      const path = prefix + child;
      if (!folders.has(path)) {
        if (!create) throw notFound(path);
        folders.add(path);
      }
      return directory(`${path}/`, child);
    },
    async *keys() {
      const names = new Set<string>();
      for (const path of [...texts.keys(), ...folders]) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]);
      yield* names;
    },
    async removeEntry(child) {
      options.log?.push(`remove ${prefix}${child}`);
      if (!texts.delete(prefix + child)) throw notFound(prefix + child);
    },
    files: () => Object.fromEntries([...texts].filter(([path]) => path.startsWith(prefix)).map(([path, text]) => [path.slice(prefix.length), text]).sort(([a], [b]) => a.localeCompare(b))),
  });
  return directory('', name);
}
