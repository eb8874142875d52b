/**
 * The opened file's handle, kept beside the draft so that "Spara" still writes to that file after a
 * reload or on the next day, as desktop editors do. localStorage holds only text; IndexedDB holds the
 * browser's own handle object (a reference the browser resolves, not the file's path or content).
 * The browser asks the person again before the first write of a new visit (`mayWrite`). Forgotten
 * with the draft: "Stäng", another file or feed opened, or a draft that expired. The handle and the
 * draft are kept apart (IndexedDB, localStorage) and at different moments, and two tabs share both:
 * each handle carries the id of the draft it belongs to, and is used only for that draft, never for
 * another file of the same name.
 */
import type { FileHandle } from './file-access.js';

const DATABASE = 'si-studio';
const STORE = 'handles';
const OPENED = 'opened';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Runs `act` in one transaction of the handles store and waits until it is written. */
async function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    database.close();
  }
}

/** Only the browser's own handles can be kept (and only they can write); any other object is not. */
function isBrowserHandle(handle: FileHandle): boolean {
  return typeof FileSystemFileHandle === 'function' && handle instanceof FileSystemFileHandle;
}

/** A kept handle and the id of the draft (`StoredDraft.fileId`) it belongs to. */
export interface KeptHandle {
  id: string;
  handle: FileHandle;
}

/** A fresh id for an opened file's draft. */
export function newFileId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
}

/**
 * Keeps `handle` as the file of the draft `id`, or forgets the kept one (`undefined`). Never throws:
 * a browser without IndexedDB (or with storage turned off) only loses "Spara" after a reload; the
 * console says why. A handle that cannot be kept does not leave an older one behind.
 */
export async function keepHandle(handle: FileHandle | undefined, id?: string): Promise<void> {
  try {
    if (handle && id !== undefined && isBrowserHandle(handle)) await inStore('readwrite', (store) => store.put({ id, handle }, OPENED));
    else await inStore('readwrite', (store) => store.delete(OPENED));
  } catch (error) {
    console.warn('[si-studio] The opened file could not be remembered in this browser; after a reload, download instead of Spara:', error);
    if (handle) await inStore('readwrite', (store) => store.delete(OPENED)).catch(() => undefined);
  }
}

/** The kept handle with its draft's id, if there is one and it can be read. */
export async function keptHandle(): Promise<KeptHandle | undefined> {
  try {
    const kept = (await inStore('readonly', (store) => store.get(OPENED))) as { id?: unknown; handle?: unknown } | undefined;
    const handle = kept?.handle;
    if (typeof kept?.id !== 'string' || typeof FileSystemFileHandle !== 'function' || !(handle instanceof FileSystemFileHandle)) return undefined;
    return { id: kept.id, handle: handle as unknown as FileHandle };
  } catch (error) {
    console.warn('[si-studio] The opened file kept in this browser could not be read:', error);
    return undefined;
  }
}
