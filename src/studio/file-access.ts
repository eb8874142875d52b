/**
 * The File System Access API where the browser has it (Chromium): open a file and keep its handle,
 * so that "Spara" writes back to the same file (a feed in a folder the web server publishes, or a
 * synced network folder). Typed here: TypeScript's DOM library does not declare the pickers yet.
 */
export interface WritableFile {
  write(data: Blob | string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Throws the swap file away: the file stays as it was. */
  abort(reason?: unknown): Promise<void>;
}

export interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}

/** A folder the person chose, to read and write files in ("Publicera"). */
export interface DirectoryHandle {
  readonly name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  keys(): AsyncIterableIterator<string>;
  removeEntry(name: string): Promise<void>;
}

interface PickerWindow {
  showOpenFilePicker?: (options?: object) => Promise<FileHandle[]>;
  showDirectoryPicker?: (options?: object) => Promise<DirectoryHandle>;
}

export function canPickFiles(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

export function canPickFolders(): boolean {
  return typeof (window as PickerWindow).showDirectoryPicker === 'function';
}

/** Asks for a folder to write to; `undefined` when the person cancels. */
export async function pickFolder(): Promise<DirectoryHandle | undefined> {
  const picker = (window as PickerWindow).showDirectoryPicker;
  if (!picker) return undefined;
  try {
    // `id` lets the browser open the picker where the last publication went.
    return await picker({ id: 'si-feed-publish', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

/** Asks for one feed or spreadsheet file; `undefined` when the person cancels. */
export async function pickFile(): Promise<FileHandle | undefined> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (!picker) return undefined;
  try {
    const [handle] = await picker({
      types: [
        { description: 'Projektflöde', accept: { 'application/json': ['.json'] } },
        { description: 'Kalkylblad', accept: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] } },
      ],
    });
    return handle;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

/** Replaces the file's content: the browser writes to a temporary file and swaps it in on close. */
export async function writeBack(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(data);
  await writable.close();
}

/** `queryPermission`/`requestPermission`: Chromium's, not yet in TypeScript's DOM library. */
interface PermissionedHandle {
  queryPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (descriptor: { mode: 'readwrite' }) => Promise<PermissionState>;
}

/**
 * Whether this visit may write to `handle`: a handle kept from an earlier visit must be allowed
 * again, which the browser asks the person (needs the click that called "Spara"). `false`: refused.
 */
export async function mayWrite(handle: FileHandle): Promise<boolean> {
  const { queryPermission, requestPermission } = handle as FileHandle & PermissionedHandle;
  if (typeof queryPermission !== 'function') return true;
  if ((await queryPermission.call(handle, { mode: 'readwrite' })) === 'granted') return true;
  return typeof requestPermission === 'function' && (await requestPermission.call(handle, { mode: 'readwrite' })) === 'granted';
}
