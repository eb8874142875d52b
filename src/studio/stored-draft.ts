/**
 * The draft kept in this browser (localStorage) so that it survives a reload, until "Stäng".
 * Only the feed and the name it was opened as are kept; nothing leaves the browser.
 */
import type { DraftFeed } from './draft.js';

export const DRAFT_KEY = 'si-studio-draft';

export interface StoredDraft {
  feed: DraftFeed;
  /** The file or address it was opened from, to show and to name a download. */
  name: string;
  /** Changed since it was opened or last saved. */
  changed: boolean;
}

/** The kept draft, or `undefined` when there is none (or it cannot be read). */
export function readStoredDraft(storage: Storage = localStorage): StoredDraft | undefined {
  try {
    const text = storage.getItem(DRAFT_KEY);
    if (!text) return undefined;
    const stored = JSON.parse(text) as Partial<StoredDraft>;
    if (typeof stored.feed !== 'object' || stored.feed === null || Array.isArray(stored.feed)) return undefined;
    return { feed: stored.feed, name: typeof stored.name === 'string' ? stored.name : 'feed.json', changed: stored.changed === true };
  } catch (error) {
    console.warn('[si-studio] The draft kept in this browser could not be read:', error);
    return undefined;
  }
}

/** Keeps the draft; `false` when the browser refuses (full, or storage turned off). */
export function storeDraft(draft: StoredDraft, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch (error) {
    console.warn('[si-studio] The draft could not be kept in this browser:', error);
    return false;
  }
}

export function forgetDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Storage turned off: there is nothing to forget.
  }
}
