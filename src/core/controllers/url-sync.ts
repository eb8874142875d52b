import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { choiceFromParams, choiceParams, type VisitorChoice } from '../../data/list-query.js';

/** The element whose visitor's choices are kept in the address. */
export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  /** The `sync-url` attribute: unset is off; a value prefixes the keys (else the element's `id`, else `si`). */
  syncUrl?: string | null;
}

export interface UrlSyncOptions {
  /** The choices a link or Back/Forward asks for. */
  read(choice: VisitorChoice): void;
  /** Tells the console, once per message. */
  warn(message: string): void;
}

/**
 * Keeps a list's visitor choices in the page's query string (`?si-q=malmo&si-topic=…`), so that a
 * filtered view can be linked and Back steps back through filter changes: reads them when the
 * element connects and on `popstate`, writes them with `pushState` or `replaceState`, and leaves
 * every other parameter of the page alone.
 */
export class UrlSyncController implements ReactiveController {
  private listening = false;

  private readonly onPopState = () => this.read();

  constructor(
    private readonly host: UrlSyncHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  get syncing(): boolean {
    return this.host.syncUrl !== undefined && this.host.syncUrl !== null;
  }

  private get prefix(): string {
    return this.host.syncUrl || this.host.id || 'si';
  }

  hostConnected(): void {
    this.listen();
    this.read();
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  /** After `sync-url` changed: listen to history or stop; a list that starts syncing reads the address. */
  syncUrlChanged(): void {
    const wasListening = this.listening;
    this.listen();
    if (this.listening && !wasListening) this.read();
  }

  private listen(wanted = this.host.isConnected && this.syncing): void {
    if (wanted === this.listening) return;
    if (wanted) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
    this.listening = wanted;
  }

  /** Sets the visitor's choices from the query string (on load and on Back/Forward). */
  private read(): void {
    if (!this.syncing) return;
    const { value, problems } = choiceFromParams(new URLSearchParams(window.location.search), this.prefix);
    for (const problem of problems) this.options.warn(problem);
    this.options.read(value);
  }

  /** Writes the visitor's choices into the query string, a new history entry (`push`) or in place. */
  write(choice: VisitorChoice, pageSize: number, mode: 'push' | 'replace'): void {
    if (!this.syncing) return;
    const url = new URL(window.location.href);
    let changed = false;
    for (const [key, value] of choiceParams(choice, this.prefix, pageSize)) {
      if ((url.searchParams.get(key) ?? undefined) === value) continue;
      changed = true;
      if (value === undefined) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    if (!changed) return;
    try {
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    } catch (error) {
      // A sandboxed or opaque-origin page may refuse: filtering still works, only the link does not.
      this.options.warn(`sync-url: the query string cannot be changed here (${String(error)})`);
    }
  }
}
