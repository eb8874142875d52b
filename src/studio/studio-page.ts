/**
 * The feed studio (studio.html): open a feed, edit it in forms, see the widgets show it, save it.
 * Page code, not part of the library, made of its parts: the validator, the elements, their words.
 * The model lives in draft.ts (pure, with undo and redo); this element holds the state, runs the
 * actions and renders the views of studio-view.ts into its own light DOM, so labels, fieldsets and
 * the page's stylesheet work as in any form.
 */
import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { loadCatalogue } from '../core/localize.js';
import { MAX_FEED_BYTES } from '../core/feed-store.js';
import { saveFile } from '../core/save-file.js';
import { visuallyHiddenStyles } from '../core/styles.js';
import { bodyText } from '../data/body-text.js';
import { localDay } from '../data/ended.js';
import { feedToJson } from '../data/feed-json.js';
import type { Feed } from '../data/types.js';
import { safeWebUrl } from '../data/url.js';
import { change, emptyFeed, redo, setAt, startHistory, undo, type DraftFeed, type History, type Path } from './draft.js';
import type { ChangeList } from '../data/changes.js';
import type { PublicationPlan } from '../data/publication.js';
import { canPickFiles, canPickFolders, mayWrite, pickFile, pickFolder, writeBack, type DirectoryHandle, type FileHandle } from './file-access.js';
import { keepHandle, keptHandle, newFileId } from './kept-handle.js';
import { feedFromText, fileKind, type Opened, type OpenMessage, type OpenRefusal } from './open.js';
import { checkDraft, fieldId, problemsByField, type DraftCheck, type StudioProblem } from './problems.js';
import { feedFromSpreadsheet, spreadsheetFromFeed, spreadsheetsSupported } from './spreadsheet.js';
import { planFolderPublication, writePublication } from './publish.js';
import { DRAFT_MAX_AGE_DAYS, forgetDraft, readStoredDraft, storeDraft } from './stored-draft.js';
import { studioView } from './studio-view.js';
import { wordsFor, type StudioLanguage, type Words } from './words.js';

/** The draft as file text: the one serializer's key order and indentation, valid or not yet. */
function draftText(feed: DraftFeed): string {
  return feedToJson(feed as unknown as Feed);
}

/** What the editor shows: the feed's own fields, one organisation, or one project. */
export type Selection = { kind: 'feed' } | { kind: 'project'; index: number } | { kind: 'organization'; index: number };

/** The modal dialog open, if any: "Stäng" asking first, or "Publicera" showing what it will write. */
export type StudioDialog =
  | { kind: 'close' }
  | { kind: 'publish'; folder: DirectoryHandle; changes: ChangeList; files: ReadonlyArray<readonly [string, string]>; archived?: string; feedUrl?: string; busy: boolean };

export interface Message {
  kind: 'info' | 'error';
  text: string;
}

/** A feed of more projects than this is checked once typing pauses, not at each key press. */
const CHECK_AT_ONCE_PROJECTS = 500;
const CHECK_PAUSE_MS = 300;
const STORE_PAUSE_MS = 400;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class FeedStudio extends LitElement {
  static override properties: PropertyDeclarations = {
    history: { state: true },
    selection: { state: true },
    query: { state: true },
    uiLanguage: { state: true },
    previewLanguage: { state: true },
    message: { state: true },
    check: { state: true },
    dragging: { state: true },
    storageFull: { state: true },
    dialog: { state: true },
    publishUrl: { state: true },
    publishUrlBad: { state: true },
    handle: { state: true },
  };

  /** `undefined` while nothing is open. */
  history?: History;
  selection: Selection = { kind: 'feed' };
  query = '';
  uiLanguage: StudioLanguage = 'sv';
  previewLanguage = 'sv';
  message?: Message;
  check: DraftCheck = { problems: [] };
  dragging = false;
  storageFull = false;
  dialog?: StudioDialog;
  /** "Flödets webbadress": where feed.json is published, as typed; kept with the draft. */
  publishUrl = '';
  /** The address was refused when publishing: the field says so until it is changed. */
  publishUrlBad = false;
  /** The file or address the draft came from. */
  sourceName = '';
  /** Changed since opened or saved. */
  changed = false;
  /** The opened file, where the browser lets "Spara" write back to it; kept over a reload (kept-handle.ts). */
  handle?: FileHandle;
  /** Which opened file the draft is (kept with it): a kept handle is used only for the same id. */
  private fileId?: string;
  readonly canPickFiles = canPickFiles();
  readonly spreadsheets = spreadsheetsSupported();
  /** Where focus goes back to when the dialog closes. */
  private dialogOpener?: HTMLElement;

  private checkTimer?: ReturnType<typeof setTimeout>;
  private storeTimer?: ReturnType<typeof setTimeout>;
  private problemIndex: ReadonlyMap<string, StudioProblem[]> = new Map();
  private readonly onKey = (event: KeyboardEvent) => this.shortcut(event);
  private readonly onPageHide = () => this.storeNow();

  protected override createRenderRoot(): HTMLElement {
    const sheet = visuallyHiddenStyles.styleSheet;
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onPageHide);
    const kept = readStoredDraft();
    if (kept && 'draft' in kept) {
      this.sourceName = kept.draft.name;
      this.changed = kept.draft.changed;
      this.publishUrl = kept.draft.publishUrl ?? '';
      this.fileId = kept.draft.fileId;
      this.replaceDraft(kept.draft.feed);
      this.say('info', this.words.restored);
      if (this.fileId) void this.restoreHandle(this.fileId);
    } else if (kept) {
      const date = new Intl.DateTimeFormat(this.uiLanguage, { dateStyle: 'long' }).format(kept.expired.savedAt);
      this.say('info', this.words.expired(date, DRAFT_MAX_AGE_DAYS));
    }
    // No draft (or an expired one): no file to write back to either.
    if (!kept || !('draft' in kept)) void keepHandle(undefined);
    const asked = new URLSearchParams(location.search).get('feed');
    if (asked) void this.openUrl(asked);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pagehide', this.onPageHide);
    this.storeNow();
    clearTimeout(this.checkTimer);
  }

  get words(): Words {
    return wordsFor(this.uiLanguage);
  }

  get feed(): DraftFeed | undefined {
    return this.history?.feed;
  }

  get problems(): ReadonlyMap<string, StudioProblem[]> {
    return this.problemIndex;
  }

  protected override render(): TemplateResult {
    return studioView(this);
  }

  // ------------------------------------------------------------------------------ the draft

  /** A new draft, as one undo step after the one before (an opened file can be undone). */
  private replaceDraft(feed: DraftFeed): void {
    this.history = this.history ? change(this.history, feed) : startHistory(feed);
    this.selection = { kind: 'feed' };
    this.afterChange(true);
  }

  /** Every change of the draft comes here: `key` makes typing in one field one undo step. */
  edit(feed: DraftFeed, key?: string): void {
    if (!this.history) return;
    this.history = change(this.history, feed, key);
    this.changed = true;
    this.afterChange();
  }

  set(path: Path, value: unknown, key?: string): void {
    if (this.history) this.edit(setAt(this.history.feed, path, value), key);
  }

  undo(): void {
    if (!this.history?.past.length) return;
    this.history = undo(this.history);
    this.changed = true;
    this.afterChange();
    this.say('info', this.words.undone);
  }

  redo(): void {
    if (!this.history?.future.length) return;
    this.history = redo(this.history);
    this.changed = true;
    this.afterChange();
    this.say('info', this.words.redone);
  }

  private shortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  }

  /** Checks the draft (at once when small, else when typing pauses) and keeps it in the browser. */
  private afterChange(atOnce = false): void {
    clearTimeout(this.checkTimer);
    const projects = this.feed?.projects;
    if (atOnce || !Array.isArray(projects) || projects.length <= CHECK_AT_ONCE_PROJECTS) this.runCheck();
    else this.checkTimer = setTimeout(() => this.runCheck(), CHECK_PAUSE_MS);
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => this.storeNow(), STORE_PAUSE_MS);
  }

  private runCheck(): void {
    this.check = this.feed ? checkDraft(this.feed, localDay()) : { problems: [] };
    this.problemIndex = problemsByField(this.check.problems);
  }

  private storeNow(): void {
    clearTimeout(this.storeTimer);
    this.storeTimer = undefined;
    if (!this.feed) return;
    const publishUrl = this.publishUrl.trim();
    const { fileId } = this;
    this.storageFull = !storeDraft({ feed: this.feed, name: this.sourceName, changed: this.changed, ...(publishUrl && { publishUrl }), ...(fileId && { fileId }) });
  }

  say(kind: Message['kind'], text: string): void {
    this.message = { kind, text };
  }

  // ------------------------------------------------------------------------------ opening

  /** Shows why nothing was opened; the draft stays as it was. */
  private refuse(reason: OpenRefusal, detail: string, source: string, messages?: readonly OpenMessage[]): void {
    console.error(`[si-studio] ${source}: not opened (${reason}): ${detail}`);
    const kept = this.feed ? ` ${this.words.keptDraft}` : '';
    const precise = (messages ?? []).map((message) => ` ${message[this.uiLanguage]}.`).join('');
    this.say('error', `${source}: ${this.words.refusals[reason]}${precise}${kept}`);
  }

  /** "Spara" again for the file the restored draft came from, if the browser kept its handle. */
  private async restoreHandle(fileId: string): Promise<void> {
    const kept = await keptHandle();
    // Only the handle of this very draft, and only if it is still the draft open (not "Nytt" meanwhile).
    if (kept?.id === fileId && this.fileId === fileId && !this.handle) this.handle = kept.handle;
  }

  private accept(opened: Opened, source: string, handle?: FileHandle): boolean {
    if (!opened.ok) {
      this.refuse(opened.reason, opened.detail, source, opened.messages);
      return false;
    }
    this.sourceName = source;
    this.changed = false;
    this.handle = handle;
    this.fileId = handle ? newFileId() : undefined;
    void keepHandle(handle, this.fileId);
    this.replaceDraft(opened.feed);
    // Kept at once, with its file's id: a draft kept earlier must not meet this file's handle.
    this.storeNow();
    this.say('info', this.words.opened(source));
    return true;
  }

  openText(text: string, source: string): boolean {
    return this.accept(feedFromText(text), source);
  }

  async openBytes(bytes: Uint8Array, source: string, handle?: FileHandle): Promise<boolean> {
    if (bytes.byteLength > MAX_FEED_BYTES) {
      this.refuse('too-large', `${bytes.byteLength} bytes, more than ${MAX_FEED_BYTES}`, source);
      return false;
    }
    const kind = fileKind(bytes);
    if (kind === 'json') return this.accept(feedFromText(new TextDecoder().decode(bytes)), source, handle);
    if (kind === 'spreadsheet') return this.accept(await feedFromSpreadsheet(bytes), source, handle);
    this.refuse('unknown-file', `the first bytes are ${[...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`, source);
    return false;
  }

  async openFile(file: File, handle?: FileHandle): Promise<boolean> {
    // Refused by its size before a byte is read: a 50 MB file is no feed.
    if (file.size > MAX_FEED_BYTES) {
      this.refuse('too-large', `${file.size} bytes, more than ${MAX_FEED_BYTES}`, file.name);
      return false;
    }
    return this.openBytes(new Uint8Array(await file.arrayBuffer()), file.name, handle);
  }

  async pickAndOpen(): Promise<void> {
    const handle = await pickFile();
    if (handle) await this.openFile(await handle.getFile(), handle);
  }

  async openUrl(address: string): Promise<boolean> {
    const url = safeWebUrl(address.trim(), document.baseURI);
    if (!url) {
      this.say('error', this.words.badAddress);
      return false;
    }
    let text: string | undefined;
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await bodyText(response, MAX_FEED_BYTES);
    } catch (error) {
      this.refuse('fetch', `${url}: ${String(error)}`, url);
      return false;
    }
    if (text === undefined) {
      this.refuse('too-large', `${url}: more than ${MAX_FEED_BYTES} bytes`, url);
      return false;
    }
    return this.accept(feedFromText(text), url);
  }

  newFeed(): void {
    this.sourceName = 'feed.json';
    this.changed = true;
    this.handle = undefined;
    this.fileId = undefined;
    void keepHandle(undefined);
    this.replaceDraft(emptyFeed());
  }

  /** "Stäng": at once when nothing would be lost, else after asking in a dialog. */
  requestClose(): void {
    if (this.changed) return this.openDialog({ kind: 'close' });
    this.close();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#st-open-heading')?.focus());
  }

  /** Closes the draft and forgets the copy kept in this browser. */
  close(): void {
    clearTimeout(this.storeTimer);
    forgetDraft();
    void keepHandle(undefined);
    this.history = undefined;
    this.handle = undefined;
    this.fileId = undefined;
    this.sourceName = '';
    this.changed = false;
    this.publishUrl = '';
    this.publishUrlBad = false;
    this.storageFull = false;
    this.runCheck();
    this.say('info', this.words.closed);
  }

  // ------------------------------------------------------------------------------ saving

  /** The name a download gets: the opened file's, as JSON or as a spreadsheet. */
  private downloadName(extension: 'json' | 'xlsx'): string {
    const base = (this.sourceName.split(/[/\\?#]/).filter(Boolean).pop() ?? '').replace(/\.(json|xlsx)$/i, '');
    return `${base || 'feed'}.${extension}`;
  }

  downloadJson(): void {
    if (!this.feed) return;
    const name = this.downloadName('json');
    saveFile(draftText(this.feed), name, 'application/json');
    this.afterDownload(name);
  }

  async downloadSpreadsheet(): Promise<void> {
    if (!this.feed) return;
    const name = this.downloadName('xlsx');
    const bytes = await spreadsheetFromFeed(this.feed);
    if (!bytes) return this.say('error', this.words.refusals['no-spreadsheet-support']);
    saveFile(bytes, name, XLSX_TYPE);
    this.afterDownload(name);
  }

  /** A download is how most browsers save: the draft's changes are then in a file, and "Stäng" need not ask. */
  private afterDownload(name: string): void {
    this.changed = false;
    this.storeNow();
    this.say('info', this.words.downloaded(name));
  }

  /** Writes back to the opened file (File System Access API), as a feed or a spreadsheet. */
  async save(): Promise<void> {
    if (!this.feed || !this.handle) return;
    const spreadsheet = /\.xlsx$/i.test(this.handle.name);
    try {
      if (!(await mayWrite(this.handle))) {
        console.error(`[si-studio] ${this.handle.name}: not saved: the browser did not allow writing to it`);
        this.say('error', this.words.notAllowed(this.handle.name));
        return;
      }
      const data = spreadsheet ? await spreadsheetFromFeed(this.feed) : draftText(this.feed);
      if (data === undefined) throw new Error('spreadsheets are not supported here');
      await writeBack(this.handle, data);
    } catch (error) {
      console.error(`[si-studio] ${this.handle.name}: not saved:`, error);
      this.say('error', this.words.notSaved(this.handle.name, String(error)));
      return;
    }
    this.changed = false;
    this.storeNow();
    this.say('info', this.words.saved(this.handle.name));
  }

  // ------------------------------------------------------------------------------ publishing

  get canPublish(): boolean {
    return canPickFolders();
  }

  /** "Flödets webbadress" as typed: kept with the draft once typing pauses. */
  setPublishUrl(typed: string): void {
    this.publishUrl = typed;
    this.publishUrlBad = false;
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => this.storeNow(), STORE_PAUSE_MS);
  }

  /** The address changes.xml links to: `undefined` when none is given, `false` when it is no absolute http(s) URL. */
  private publishedAt(): string | undefined | false {
    const typed = this.publishUrl.trim();
    if (typed === '') return undefined;
    // No base: "feed.json" alone says nothing of where the feed is.
    return safeWebUrl(typed) ?? false;
  }

  /**
   * "Publicera…": the CLI's gate (the validator and the strict checks, no error allowed), then a
   * folder, then the change list in a dialog; nothing is written before "Publicera nu".
   */
  async startPublishing(): Promise<void> {
    if (!this.feed) return;
    const text = draftText(this.feed);
    this.runCheck();
    const errors = checkDraft(JSON.parse(text) as DraftFeed, localDay()).problems.filter((problem) => !problem.warning);
    if (errors.length > 0) {
      this.say('error', this.words.publishRefused(errors.length));
      return;
    }
    const feedUrl = this.publishedAt();
    this.publishUrlBad = feedUrl === false;
    if (feedUrl === false) return this.say('error', this.words.publishUrlBad);
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const folder = await pickFolder();
    if (!folder) return;
    let plan: PublicationPlan;
    try {
      plan = await planFolderPublication(folder, text, new Date(), feedUrl);
    } catch (error) {
      console.error(`[si-studio] ${folder.name}: not read:`, error);
      return this.say('error', this.words.publishReadFailed(folder.name, String(error)));
    }
    if (plan.unchanged) return this.say('info', this.words.publishUnchanged(folder.name));
    const { changes, files, archived } = plan;
    this.openDialog({ kind: 'publish', folder, changes, files, archived, feedUrl, busy: false }, opener);
  }

  /** "Publicera nu": writes the planned files, feed.json last, and says what was written. */
  async publishNow(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== 'publish' || dialog.busy) return;
    this.dialog = { ...dialog, busy: true };
    const { folder, files } = dialog;
    const outcome = await writePublication(folder, files);
    this.endDialog();
    const written = outcome.written.join(', ');
    if (outcome.failed) {
      console.error(`[si-studio] ${folder.name}/${outcome.failed.name}: not written:`, outcome.failed.error);
      this.say('error', this.words.publishFailed(folder.name, outcome.failed.name, String(outcome.failed.error), written));
    } else this.say('info', this.words.published(folder.name, written));
  }

  // ------------------------------------------------------------------------------ the dialog

  private openDialog(dialog: StudioDialog, opener?: HTMLElement): void {
    this.dialogOpener = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : undefined);
    this.dialog = dialog;
  }

  /** Closes the dialog (its `close` event, from here or from Escape, ends it: `dialogClosed`). */
  endDialog(): void {
    const element = this.querySelector<HTMLDialogElement>('dialog.st-dialog');
    if (element?.open) element.close();
    else this.dialogClosed();
  }

  /** Focus goes back where it was, or, when that is gone (the draft closed), to the start of what is left. */
  dialogClosed(): void {
    if (!this.dialog) return;
    this.dialog = undefined;
    const opener = this.dialogOpener;
    this.dialogOpener = undefined;
    void this.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else this.querySelector<HTMLElement>('#st-open-heading')?.focus();
    });
  }

  protected override updated(): void {
    // The dialog is shown modal once rendered: the rest of the page is inert until it closes.
    const element = this.querySelector<HTMLDialogElement>('dialog.st-dialog');
    if (!element?.isConnected || element.open) return;
    element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  // ------------------------------------------------------------------------------ moving about

  select(selection: Selection): void {
    this.selection = selection;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#st-editor-heading')?.focus());
  }

  /** Opens the part of the draft a problem is in and moves focus to its field. */
  async goToProblem(path: Path): Promise<void> {
    const [collection, index] = path;
    if ((collection === 'projects' || collection === 'organizations') && typeof index === 'number') {
      this.selection = { kind: collection === 'projects' ? 'project' : 'organization', index };
    } else this.selection = { kind: 'feed' };
    await this.updateComplete;
    for (let length = path.length; length > 0; length--) {
      const target = this.querySelector<HTMLElement>(`#${fieldId(path.slice(0, length))}`);
      if (!target) continue;
      const field = target.matches('input, select, textarea, button') ? target : target.querySelector<HTMLElement>('input, select, textarea');
      // A field in a folded part (a unit's plural forms) is unfolded first: a hidden field takes no focus.
      for (let fold = (field ?? target).closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true;
      (field ?? target).focus();
      (field ?? target).scrollIntoView({ block: 'center' });
      return;
    }
    this.querySelector<HTMLElement>('#st-editor-heading')?.focus();
  }

  async setUiLanguage(language: StudioLanguage): Promise<void> {
    if (language === 'en') await loadCatalogue('en');
    this.uiLanguage = language;
    // A message said in the other language goes: the page speaks one language at a time.
    this.message = undefined;
    document.documentElement.lang = language;
    document.title = this.words.pageTitle;
  }
}

customElements.define('feed-studio', FeedStudio);

declare global {
  interface HTMLElementTagNameMap {
    'feed-studio': FeedStudio;
  }
}
