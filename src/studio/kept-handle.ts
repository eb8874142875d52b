/**
 * The opened file's handle, kept beside the draft so that "Spara" still writes to that file after a
 * reload or on the next day, as desktop editors do. localStorage holds only text; IndexedDB holds the
 * browser's own handle object (a reference the browser resolves, not the file's path or content).
 * The browser asks the person again before the first write of a new visit (`mayWrite`). Forgotten
 * with the draft: "Stäng", another file or feed opened, or a draft that expired.
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

/**
 * Keeps `handle` as the opened file's, or forgets the kept one (`undefined`). Never throws: a browser
 * without IndexedDB (or with storage turned off) only loses "Spara" after a reload; the console says why.
 */
export async function keepHandle(handle: FileHandle | undefined): Promise<void> {
  try {
    if (handle && isBrowserHandle(handle)) await inStore('readwrite', (store) => store.put(handle, OPENED));
    else await inStore('readwrite', (store) => store.delete(OPENED));
  } catch (error) {
    console.warn('[si-studio] The opened file could not be remembered in this browser; after a reload, download instead of Spara:', error);
  }
}

/** The kept handle, if there is one and it can be read. */
export async function keptHandle(): Promise<FileHandle | undefined> {
  try {
    const kept: unknown = await inStore('readonly', (store) => store.get(OPENED));
    return typeof FileSystemFileHandle === 'function' && kept instanceof FileSystemFileHandle ? (kept as unknown as FileHandle) : undefined;
  } catch (error) {
    console.warn('[si-studio] The opened file kept in this browser could not be read:', error);
    return undefined;
  }
}
