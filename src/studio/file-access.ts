/**
 * The File System Access API where the browser has it (Chromium): open a file and keep its handle,
 * so that "Spara" writes back to the same file (a feed in a folder the web server publishes, or a
 * synced network folder). Typed here: TypeScript's DOM library does not declare the pickers yet.
 */
export interface WritableFile {
  write(data: Blob | string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}

interface PickerWindow {
  showOpenFilePicker?: (options?: object) => Promise<FileHandle[]>;
}

export function canPickFiles(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
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
