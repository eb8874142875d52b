import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { baseLanguage, canonicalLanguage, formattingLanguage, matchLocale, textDirection } from '../data/locale.js';
import { resolveText, DEFAULT_LANGUAGE, type ResolvedText } from '../data/text.js';
import type { Text } from '../data/types.js';
import { VERSION } from '../version.js';
import {
  acceptFeedObject,
  DEFAULT_TIMEOUT_MS,
  isFeedError,
  reloadFeed,
  subscribeFeed,
  type FeedError,
  type FeedState,
  type LoadedFeed,
} from './feed-store.js';
import {
  availableCatalogues,
  ensureLocalization,
  isCatalogueReady,
  languageOf,
  loadCatalogue,
  unwatchLanguage,
  watchLanguage,
  withCatalogue,
  type Catalogue,
  type LanguageWatcher,
} from './localize.js';
import { whenIdle } from './idle.js';
import { oneOf, wholeNumber, type AttributeHost } from './attributes.js';
import { feedErrorMessage, renderStatus, type StatusView } from './status.js';
import { fire } from './events.js';
import type { Project } from '../data/types.js';

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** What an element makes of a loaded feed. */
export type Selection<View> =
  | { state: 'ready'; view: View }
  | { state: 'empty'; message: string }
  | { state: 'error'; message: string; detail: string };

export interface StateChangeDetail {
  state: WidgetState;
  /** The visitor's message, when the state is `error`. */
  message?: string;
}

/** Light-DOM content that is not fallback for visitors: blank text, comments, scripts, styles. */
function isFallbackContent(node: Node): boolean {
  if (node instanceof Text) return /\S/.test(node.data);
  if (!(node instanceof Element)) return false;
  return !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName);
}

/**
 * `si-project-open` for a link inside an element marked `data-project` (a project's card or list
 * item), listened for on the host (`this`); elements that mark one say `@fires si-project-open` in
 * their own JSDoc.
 */
function onLinkFollowed(this: HTMLElement, event: MouseEvent): void {
  if (event.type === 'auxclick' && event.button !== 1) return;
  const path = event.composedPath();
  // The element's render root (Lit's default: its open shadow root).
  const end = this.shadowRoot ? path.indexOf(this.shadowRoot) : -1;
  if (end < 0) return; // not from inside the shadow root
  const inside = path.slice(0, end);
  // The project's own link (part "link"), not a report or an e-mail address beside it.
  const link = inside.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.href !== '' && node.part.contains('link'));
  const item = inside.find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.project !== undefined);
  if (link && item) fire(this, 'si-project-open', { project: item.dataset.project!, url: link.href, element: this.localName });
}

const THEMES = ['light', 'dark', 'auto'] as const;
const DEFAULT_HEADING_LEVEL = 3;

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The JSON-LD code (structured-data.ts), once loaded; loaded once per page, for every element. */
let structuredDataCode: typeof import('./structured-data.js') | undefined;
let structuredDataLoading: Promise<boolean> | undefined;

/** Loads the JSON-LD code once; `false` when it could not be (said once in the console, not retried). */
function loadStructuredData(): Promise<boolean> {
  structuredDataLoading ??= import('./structured-data.js').then(
    (code) => {
      structuredDataCode = code;
      return true;
    },
    (error: unknown) => {
      // The widget works without it; only search engines miss the description.
      console.error('[si-widgets] The code for structured-data could not be loaded, so no JSON-LD is written:', error);
      return false;
    },
  );
  return structuredDataLoading;
}

/**
 * The base of every element that shows a feed: the `feed` / `data` inputs, the shared loader, the
 * `state` attribute, the live region and the shared loading, empty and error views. Subclasses say
 * what they select from the feed and how a ready view looks; nothing else.
 *
 * @fires si-state-change - When `state` changes. `detail: { state, message? }`. Bubbles, composed.
 */
export abstract class SiFeedElement<View> extends LitElement implements LanguageWatcher, AttributeHost {
  static siVersion = VERSION;

  // Reactive properties are declared in `static properties`, here and in every element, not with
  // decorators: Lit's decorator helpers cost the bundle more than these objects (0.4 KB gzip). The
  // JSDoc stays on the fields, where the manifest and editors read it.
  static override properties: PropertyDeclarations = {
    feed: {},
    data: { attribute: false },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    state: { reflect: true },
    feedState: { state: true },
  };

  /** URL of the JSON feed (relative to the page), or `#id` of a `<script type="application/json">`. */
  feed?: string;

  /** A feed object given directly; wins over `feed`. */
  data?: unknown;

  /**
   * Milliseconds this element waits for its feed before it says the feed did not answer. Other
   * elements on the same feed wait their own time; an answer that comes later is still shown.
   */
  timeout = DEFAULT_TIMEOUT_MS;

  /** Level (1–6) of the element's headings, so the host page's outline stays right. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * Colour scheme. Unset: the host page's `color-scheme` (light unless the page says otherwise, so a
   * light page on a dark OS keeps a light widget). `light` or `dark`: always that. `auto`: the
   * visitor's OS setting, for pages that follow it themselves.
   */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Also describe the shown projects as schema.org `Project` JSON-LD in the light DOM, so that the
   * host page's search engines index them.
   */
  structuredData = false;

  /** `loading`, `ready`, `empty` or `error`; reflected so pages can style or hide the element. */
  state: WidgetState = 'loading';

  private feedState: FeedState = { status: 'loading' };

  private connection?: { input: unknown; unsubscribe?: () => void };
  private selection?: Selection<View>;
  /** The JSON-LD now in the light DOM, if any. */
  private renderedJsonLd?: string;
  /** This element's JSON-LD waits for its code: `updateComplete` waits with it. */
  private awaitingStructuredData = false;
  /** So that one problem is told to the console once, not on every render. */
  private loggedProblem?: string;
  /** Made at the first warning: most elements never warn, and 1,000 cards need no 1,000 empty sets. */
  private warnedMessages?: Set<string>;
  /** Whether {@link prepareWhileLoading} has been asked for. */
  private preparedWhileLoading = false;

  /** The language asked for by the element's context (see `language`). */
  private requestedLanguage = DEFAULT_LANGUAGE;
  /** Whose words the element shows: a catalogue that is loaded. */
  private catalogue: Catalogue = DEFAULT_LANGUAGE;
  /** True until the first catalogue the element needs has loaded: it shows "loading" meanwhile. */
  private catalogueMissing = false;
  private hasCatalogue = false;
  /** The `dir` this element put on its host, so that a `dir` the page set itself is left alone. */
  private appliedDir?: string;

  /** The request timeout in use, read from `timeout` by {@link readAttributes}. */
  private timeoutMs = DEFAULT_TIMEOUT_MS;
  /** The heading level in use, read from `heading-level` by {@link readAttributes}. */
  private headingLevelInUse = DEFAULT_HEADING_LEVEL;

  constructor() {
    super();
    // On the host: a click inside the shadow root reaches it, its path still telling which link.
    // One function for every element (a listener's `this` is the element), not a closure each.
    this.addEventListener('click', onLinkFollowed);
    this.addEventListener('auxclick', onLinkFollowed);
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureLocalization();
    watchLanguage(this);
    this.languageMayHaveChanged();
    // The feed is asked for now, before the first update: with the page's `timeout`. Without one, the
    // first update decides: a `data` set before the element's code was loaded is back only then.
    this.readAttributes();
    if (this.hasUpdated || this.data !== undefined || this.feed) this.connectFeed();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.disconnectFeed();
  }

  /**
   * Called by the page's one `lang` observer; re-renders only when this element's language changed.
   * @internal
   */
  languageMayHaveChanged(): void {
    if (this.contextLanguage() !== this.requestedLanguage) this.requestUpdate();
  }

  /** Asks the feed again; when that fails, the last good data stays on screen. */
  reload(): void {
    if (this.data === undefined && this.feed) reloadFeed(this.feed, { timeoutMs: this.timeoutMs });
  }

  /**
   * The language the element's context asks for: its own `lang`, else the closest ancestor's
   * (across shadow roots), else `<html lang>`, else Swedish. Feed text is chosen for it.
   */
  protected get language(): string {
    return this.requestedLanguage;
  }

  /**
   * The language the element's own words are in, and the one to format numbers, dates, lists and
   * plurals in: `language` when there is a catalogue for it (`en-GB` keeps British dates), else
   * Swedish (a Persian page gets Swedish words, Swedish numbers, and `lang="sv"` marking them).
   */
  protected get locale(): string {
    return formattingLanguage(this.requestedLanguage, this.catalogue);
  }

  private contextLanguage(): string {
    return canonicalLanguage(languageOf(this)) ?? DEFAULT_LANGUAGE;
  }

  /**
   * Settles the language before each update: which catalogue is ready, the host's `dir`. A catalogue
   * still loading keeps the previous one on screen (or "loading" the first time) and updates again
   * when it arrives: never an error, never a half-translated view.
   */
  private resolveLanguage(): void {
    this.requestedLanguage = this.contextLanguage();
    const wanted = matchLocale(this.requestedLanguage, availableCatalogues());
    if (isCatalogueReady(wanted)) {
      this.catalogue = wanted;
      this.hasCatalogue = true;
      this.catalogueMissing = false;
    } else {
      void loadCatalogue(wanted).then(() => this.requestUpdate());
      if (!this.hasCatalogue) this.catalogue = wanted;
      this.catalogueMissing = !this.hasCatalogue;
    }
    const dir = textDirection(this.locale);
    const pageDir = this.getAttribute('dir');
    if (pageDir === null || pageDir === this.appliedDir) {
      if (pageDir !== dir) this.setAttribute('dir', dir);
      this.appliedDir = dir;
    }
  }

  /**
   * `msg()` answers from the element's own catalogue during its update (willUpdate, render,
   * updated): the whole update is synchronous, so no other element can interleave.
   */
  protected performUpdate(): void {
    this.resolveLanguage();
    withCatalogue(this.catalogue, () => super.performUpdate());
  }

  /** Runs `words` with `msg()` answering in the element's language, outside an update (after a click). */
  protected inOwnWords<T>(words: () => T): T {
    return withCatalogue(this.catalogue, words);
  }

  /** What the element makes of the loaded feed. */
  protected abstract select(feed: LoadedFeed): Selection<View>;

  /** The ready view. */
  protected abstract renderView(view: View, feed: LoadedFeed): TemplateResult;

  /** The feed projects the ready view shows, for `structured-data`. None by default. */
  protected describedProjects(_view: View, _feed: LoadedFeed): Project[] {
    return [];
  }

  /**
   * Called once, when the browser is idle while the element waits for its feed: makes ahead what
   * its first ready view needs and takes long to make the first time on a page (`Intl`
   * formatters), so that the view shows sooner once the feed arrives. Nothing by default.
   */
  protected prepareWhileLoading(): void {}

  /** Read aloud while loading, e.g. "Laddar projekt…". */
  protected loadingLabel(): string {
    return msg('Laddar projekt…');
  }

  /** Read aloud when the view is ready, e.g. "5 projekt". Empty says nothing. */
  protected readyAnnouncement(_view: View): string {
    return '';
  }

  /** A feed `Text` in the element's language, with the language it is really in. */
  protected text(value: Text | undefined, feed: LoadedFeed): ResolvedText | undefined {
    return resolveText(value, this.language, feed.index.feed.language);
  }

  /**
   * The `lang` to set on feed text in another language than the words around it (a Swedish title
   * in an Arabic widget), so screen readers pronounce it right; else `undefined`.
   */
  protected langOf(resolved: ResolvedText | undefined): string | undefined {
    if (!resolved) return undefined;
    // `en` text in an `en-GB` widget is pronounced alike: only another language is marked.
    return baseLanguage(resolved.lang) === baseLanguage(this.locale) ? undefined : resolved.lang;
  }

  /** The static tag for a heading at `headingLevel + offset`, clamped to h1–h6. */
  protected headingTag(offset = 0): StaticValue {
    return HEADINGS[Math.min(6, Math.max(1, this.headingLevelInUse + offset)) - 1];
  }

  /**
   * Works out the values the element uses from its attributes, once per update (and on connecting,
   * for the feed's timeout), through the readers of attributes.ts. Elements with attributes of their
   * own extend it.
   */
  protected readAttributes(): void {
    this.timeoutMs = wholeNumber(this, 'timeout', this.timeout, {
      min: Number.MIN_VALUE,
      allowed: 'a positive number of milliseconds',
      fallback: DEFAULT_TIMEOUT_MS,
      fractions: true,
    });
    this.headingLevelInUse = wholeNumber(this, 'heading-level', this.headingLevel, {
      min: 1,
      max: 6,
      allowed: 'a level from 1 to 6',
      fallback: DEFAULT_HEADING_LEVEL,
      clamp: true,
    });
    oneOf(this, 'theme', this.theme, THEMES, { kind: 'theme', fallback: undefined, instead: 'following the page' });
  }

  /**
   * Tells the console once about an attribute value the element cannot use, and what it does instead.
   * @internal
   */
  warnOnce(message: string): void {
    this.warnedMessages ??= new Set();
    if (this.warnedMessages.has(message)) return;
    this.warnedMessages.add(message);
    console.warn(`[si-widgets] <${this.localName}>: ${message}`);
  }

  /** Connects to what `data` or `feed` names, unless already connected to exactly that. */
  private connectFeed(): void {
    const input = this.data !== undefined ? this.data : this.feed;
    if (this.connection && this.connection.input === input) return;
    this.disconnectFeed();
    this.connection = { input };
    if (this.data !== undefined) {
      const outcome = acceptFeedObject(this.data);
      this.feedState = isFeedError(outcome) ? { status: 'error', error: outcome } : { status: 'ready', feed: outcome };
    } else if (this.feed) {
      this.connection.unsubscribe = subscribeFeed(this.feed, (feedState) => (this.feedState = feedState), {
        timeoutMs: this.timeoutMs,
      });
    } else {
      const error: FeedError = { kind: 'no-feed', source: '', detail: 'set the feed attribute or the data property' };
      console.error(`[si-widgets] <${this.localName}>: no feed: ${error.detail}`);
      this.feedState = { status: 'error', error };
    }
  }

  private disconnectFeed(): void {
    this.connection?.unsubscribe?.();
    this.connection = undefined;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    this.readAttributes();
    if ((!this.hasUpdated || changed.has('feed') || changed.has('data')) && this.isConnected) this.connectFeed();
    const feedState = this.feedState;
    // Nothing is selected before the words are there: selections may hold (and cache) words.
    this.selection = feedState.status === 'ready' && !this.catalogueMissing ? this.select(feedState.feed) : undefined;
    const problem = this.selection?.state === 'error' ? this.selection.detail : undefined;
    if (problem && problem !== this.loggedProblem) console.error(`[si-widgets] <${this.localName}>: ${problem}`);
    this.loggedProblem = problem;
    this.state = this.catalogueMissing
      ? 'loading'
      : (this.selection?.state ?? (feedState.status === 'error' ? 'error' : 'loading'));
  }

  protected updated(changed: PropertyValues<this>): void {
    this.renderStructuredData();
    if (this.state === 'loading' && !this.preparedWhileLoading) {
      this.preparedWhileLoading = true;
      whenIdle(() => this.prepareWhileLoading());
    }
    if (changed.has('state')) {
      const detail: StateChangeDetail = { state: this.state };
      const view = this.state === 'error' ? this.statusView() : undefined;
      if (view?.state === 'error') detail.message = view.message;
      fire(this, 'si-state-change', detail);
    }
    // Each update selects afresh (willUpdate): between updates the view is only memory, about
    // 0.5 KB a card of resolved texts and lists that the rendered DOM no longer needs.
    this.selection = undefined;
  }

  /** `updateComplete` includes this element's JSON-LD, which waits for its code the first time (renderStructuredData). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.awaitingStructuredData) return complete;
    await structuredDataLoading;
    return super.getUpdateComplete();
  }

  private statusView(): StatusView {
    const { feedState, selection } = this;
    if (feedState.status === 'error') {
      return { state: 'error', message: feedErrorMessage(feedState.error, this.locale), onRetry: () => this.reload() };
    }
    if (selection?.state === 'error' || selection?.state === 'empty') return selection;
    return this.loadingView(this.loadingLabel());
  }

  /** Loading shows the editor's fallback content, or a skeleton when there is none. */
  private loadingView(label: string): StatusView {
    return {
      state: 'loading',
      label,
      hasFallback: [...this.childNodes].some(isFallbackContent),
      onSlotChange: () => this.requestUpdate(),
      skeleton: this.renderSkeleton(),
    };
  }

  /**
   * A skeleton in the shape and size of the ready view (marked `class="skeleton"`, hidden from
   * assistive tech), so that nothing moves when the feed arrives; `undefined`: plain lines.
   */
  protected renderSkeleton(): TemplateResult | undefined {
    return undefined;
  }

  /**
   * The JSON-LD goes into the light DOM, where the host page's crawlers read it, in a script element
   * that passes Trusted Types (see `jsonLdScript`). Its JSON has every `<` escaped, so that nothing
   * in it can end the script element when the page is serialized. Its code is loaded the first time
   * an element asks for it: most pages never do, and do not pay for it.
   */
  private renderStructuredData(): void {
    const { feedState, selection } = this;
    const wanted = this.structuredData && feedState.status === 'ready' && selection?.state === 'ready';
    if (wanted && !structuredDataCode) {
      // Rendered again once the code is here; after a failure, not (no update loop).
      this.awaitingStructuredData = true;
      void loadStructuredData().then((loaded) => {
        this.awaitingStructuredData = false;
        if (loaded) this.requestUpdate();
      });
      return;
    }
    let json: string | undefined;
    if (wanted && structuredDataCode) {
      const { jsonLdDocument, projectJsonLd, scriptSafeJson } = structuredDataCode;
      const { index, baseUrl } = feedState.feed;
      const projects = this.describedProjects(selection.view, feedState.feed);
      if (projects.length > 0) {
        json = scriptSafeJson(jsonLdDocument(projects.map((p) => projectJsonLd(index, p, this.language, baseUrl))));
      }
    }
    if (json === this.renderedJsonLd) return;
    this.renderedJsonLd = json;
    render(json === undefined || !structuredDataCode ? nothing : structuredDataCode.jsonLdScript(json), this);
  }

  protected render(): TemplateResult {
    const { feedState, selection } = this;
    let announcement: string;
    let body: TemplateResult;
    if (this.catalogueMissing) {
      // Nothing to say until there are words in the right language to say it with.
      announcement = '';
      body = renderStatus(this.loadingView(''));
    } else if (feedState.status === 'ready' && selection?.state === 'ready') {
      announcement = this.readyAnnouncement(selection.view);
      body = this.renderView(selection.view, feedState.feed);
    } else {
      const status = this.statusView();
      announcement = status.state === 'loading' ? status.label : status.message;
      body = renderStatus(status);
    }
    // When the words are not in the language around the element (no catalogue for it), say so.
    const wordsLang = baseLanguage(this.requestedLanguage) === baseLanguage(this.catalogue) ? undefined : this.locale;
    // The live region is always there, so that a change of its text is announced (WCAG 4.1.3).
    // No whitespace between the blocks: it renders nothing and costs every element text nodes.
    return html`<div class="content" lang=${ifDefined(wordsLang)}
      ><div class="visually-hidden" role="status" part="live-region">${announcement}</div
      >${body}</div
    >`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'si-state-change': CustomEvent<StateChangeDetail>;
  }
}
