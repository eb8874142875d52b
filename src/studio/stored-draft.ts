/**
 * The draft kept in this browser (localStorage) so that it survives a reload, until "Stäng", or
 * until it has lain untouched for 30 days (issue 22): a draft holds the feed's contacts, personal
 * data that should not outlive the work on it in a shared or forgotten browser. Only the feed, the
 * name it was opened as, the address it is published at (if given) and when it was last kept are stored; nothing leaves the browser.
 */
import type { DraftFeed } from './draft.js';

export const DRAFT_KEY = 'si-studio-draft';
/** A kept draft older than this is removed when the studio next opens. */
export const DRAFT_MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StoredDraft {
  feed: DraftFeed;
  /** The file or address it was opened from, to show and to name a download. */
  name: string;
  /** Changed since it was opened or last saved. */
  changed: boolean;
  /** Where the draft is published ("Flödets webbadress"), for changes.xml's links; none when not given. */
  publishUrl?: string;
  /** The id of the opened file whose handle is kept for "Spara" (kept-handle.ts); none without one. */
  fileId?: string;
}

/** What the browser had kept: a draft to restore, or one that had expired and is now removed. */
export type KeptDraft = { draft: StoredDraft } | { expired: { savedAt: Date } };

/** The kept draft, or `undefined` when there is none (or it cannot be read). An expired one is removed. */
export function readStoredDraft(storage: Storage = localStorage, now: number = Date.now()): KeptDraft | undefined {
  try {
    const text = storage.getItem(DRAFT_KEY);
    if (!text) return undefined;
    const stored = JSON.parse(text) as Partial<StoredDraft> & { savedAt?: unknown };
    if (typeof stored.feed !== 'object' || stored.feed === null || Array.isArray(stored.feed)) return undefined;
    // A draft kept before drafts were dated has no age to tell: it is kept, and dated when next stored.
    const savedAt = typeof stored.savedAt === 'string' ? Date.parse(stored.savedAt) : Number.NaN;
    if (now - savedAt > DRAFT_MAX_AGE_DAYS * DAY_MS) {
      forgetDraft(storage);
      return { expired: { savedAt: new Date(savedAt) } };
    }
    const draft: StoredDraft = { feed: stored.feed, name: typeof stored.name === 'string' ? stored.name : 'feed.json', changed: stored.changed === true };
    if (typeof stored.publishUrl === 'string' && stored.publishUrl !== '') draft.publishUrl = stored.publishUrl;
    if (typeof stored.fileId === 'string') draft.fileId = stored.fileId;
    return { draft };
  } catch (error) {
    console.warn('[si-studio] The draft kept in this browser could not be read:', error);
    return undefined;
  }
}

/** Keeps the draft, dated `now`; `false` when the browser refuses (full, or storage turned off). */
export function storeDraft(draft: StoredDraft, storage: Storage = localStorage, now: number = Date.now()): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, savedAt: new Date(now).toISOString() }));
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
