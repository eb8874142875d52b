import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { SiFeedElement, type Selection } from '../../core/feed-element.js';
import type { LoadedFeed } from '../../core/feed-store.js';
import { whenIdle } from '../../core/idle.js';
import { renderLeads, renderProjectTitle, renderSummary } from '../../core/project-parts.js';
import { projectView, type ProjectView } from '../../core/project-view.js';
import { projectPartStyles } from '../../core/project-parts.styles.js';
import { baseStyles } from '../../core/styles.js';
import { projectCount, projectStatusName, shownOfProjects } from '../../core/words.js';
import {
  filterChoices,
  filterProjects,
  narrowProjects,
  parseList,
  parseRoles,
  parseSdgs,
  parseStatuses,
  SORT_ORDERS,
  prepareSearch,
  type ProjectQuery,
  type SortContext,
  type SortOrder,
} from '../../data/filter.js';
import { collatorFor, formatDate, prepareFormatters } from '../../data/format.js';
import { say } from '../../data/message.js';
import type { FeedIndex } from '../../data/select.js';
import { PROJECT_STATUSES, type Project, type ProjectStatus } from '../../data/types.js';
import { projectListStyles } from './project-list.styles.js';

/** The visitor controls `filters` can ask for, in the order they are shown when asked for. */
export const FILTER_CONTROLS = ['search', 'organization', 'topic', 'municipality', 'status', 'sort'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

type SelectControl = 'organization' | 'topic' | 'municipality' | 'status';

/** What a visitor has chosen; `''` is "all". */
interface VisitorChoice {
  search: string;
  organization: string;
  topic: string;
  municipality: string;
  status: string;
  /** `undefined`: the `sort` attribute's order. */
  sort?: SortOrder;
  /** How many are shown; grows by `page-size` with "show more". */
  shown?: number;
}

const NO_CHOICE: VisitorChoice = { search: '', organization: '', topic: '', municipality: '', status: '' };

interface Option {
  value: string;
  label: string;
  lang?: string;
}

interface Choices {
  organization: Option[];
  topic: Option[];
  municipality: Option[];
  status: Option[];
}

interface ListView {
  /** The projects on screen: never more than the visitor asked to see. */
  projects: ProjectView[];
  /** How many projects match, presets and visitor filters together (after `limit`). */
  matchCount: number;
  /** Whether the visitor has narrowed the list. */
  filtering: boolean;
  /** The controls to show, in order; empty when `filters` is not set. */
  controls: FilterControl[];
  choices: Choices;
  sort: SortOrder;
}

/** Presets computed once per feed, preset attributes, language and order. */
interface PresetMemo {
  key: string;
  index: FeedIndex;
  matches: Project[];
  choices: Choices;
}

/** How long typing must pause before the new result count is announced (screen readers queue each). */
const ANNOUNCE_DELAY_MS = 800;
const DEFAULT_PAGE_SIZE = 12;

/**
 * A list of the feed's projects that webmasters narrow with attributes and visitors with optional
 * controls: each project with its title as a heading that links to the project, its lead
 * organisation, status, start date and summary.
 *
 * Presets (`organization`, `organization-role`, `topic`, `municipality`, `sdg`, `status`) take
 * comma-separated values: any value of one attribute matches, and attributes are combined with AND.
 * `organization="coompanion-skane"` lists exactly the projects Coompanion Skåne takes part in;
 * add `organization-role="lead"` for those it leads.
 *
 * `filters="search organization topic municipality status sort"` adds the controls named, in that
 * order: a search over titles, summaries, organisation names, topics and municipalities that ignores
 * case and accents (`malmo` finds "Malmö"), selects built from the projects the presets keep, and
 * the sort order. The number of matches is shown and announced in a polite live region (after typing
 * pauses); focus never moves while filtering. With no matches, a message and a "clear filters"
 * button. At most `page-size` projects are rendered until the visitor asks for more, so a feed of
 * 10,000 projects costs no more to show than one of 12.
 *
 * With `sync-url`, the visitor's choices are kept in the page's query string under keys prefixed
 * with the attribute's value (else the element's `id`, else `si`): `?si-q=malmo&si-topic=…`, so a
 * filtered view can be linked, and Back steps back through filter changes.
 *
 * @tag si-project-list
 * @summary Lists the projects of a feed, optionally filtered.
 *
 * @attr feed - URL of the JSON feed, or `#id` of an inline `<script type="application/json">`.
 * @attr organization - Only projects with one of these organisation ids (comma-separated).
 * @attr organization-role - Only projects where an organisation (the `organization`s, if set) has one of these roles: `lead`, `partner`, `need-owner`, `knowledge-partner`, `funder`. (Not `role`: that is the ARIA attribute.)
 * @attr topic - Only projects with one of these topics (comma-separated; case and accents ignored).
 * @attr municipality - Only projects in one of these municipalities (comma-separated).
 * @attr sdg - Only projects contributing to one of these UN Sustainable Development Goals (1–17, comma-separated).
 * @attr status - Only projects with one of these statuses: `planned`, `active`, `completed`.
 * @attr limit - At most this many projects, after filtering and sorting.
 * @attr filters - Visitor controls to show, space-separated: `search organization topic municipality status sort`.
 * @attr sort - Order: `feed` (default), `title`, `start` (earliest first) or `recent` (most recently started first).
 * @attr {number} page-size - Projects shown at first and added by "show more" (default 12).
 * @attr sync-url - Keep the visitor's choices in the page's query string; the value, if any, prefixes the keys.
 * @attr {number} timeout - Milliseconds before a hanging feed request is given up (default 10000).
 * @attr heading-level - Level of each project's heading (default 3).
 * @attr theme - `light`, `dark` or `auto` (the OS setting); unset follows the page's `color-scheme`.
 * @attr structured-data - Also describe the listed projects as schema.org `Project` JSON-LD in the light DOM.
 * @attr state - Reflected: `loading`, `ready`, `empty` or `error`.
 * @attr {string} lang - The language of the list's words and of the feed text it picks; by default the
 *   closest `lang` around it. The element sets `dir` itself (`rtl` for Arabic) unless you do.
 *
 * @slot - Fallback content, shown until the feed is ready (e.g. a link to the project page).
 *
 * @csspart base - The wrapper of the ready view (the container for container queries).
 * @csspart controls - The `<form role="search">` of visitor controls.
 * @csspart field - Each control with its label.
 * @csspart label - A control's label.
 * @csspart search - The search field.
 * @csspart select - Each `<select>`.
 * @csspart result-bar - The line with the number of matches and the "clear filters" button.
 * @csspart count - The number of matches, e.g. "3 projekt".
 * @csspart clear-button - The "clear filters" buttons.
 * @csspart no-matches - The message shown when the visitor's filters match nothing.
 * @csspart list - The `<ul>` of projects.
 * @csspart item - Each project's `<li>`.
 * @csspart project - Each project's `<article>`.
 * @csspart title - A project's heading.
 * @csspart link - The link in a project's heading.
 * @csspart leads - The line naming the lead organisation.
 * @csspart meta - The line with a project's status and start date.
 * @csspart summary - A project's summary.
 * @csspart more - The "show more" area.
 * @csspart shown - "Visar 12 av 40 projekt".
 * @csspart more-button - The "show more" button.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The message shown when the feed cannot be shown.
 * @csspart retry-button - The error message's "try again" button.
 * @csspart live-region - The visually hidden status region.
 *
 * @cssprop [--si-color-accent=#0a5a9c] - Links, buttons and focus.
 * @cssprop [--si-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--si-color-text=#1b1f24] - Text.
 * @cssprop [--si-color-text-muted=#4d5763] - Secondary text.
 * @cssprop [--si-color-surface=#ffffff] - Background of each project and of the controls.
 * @cssprop [--si-color-background=transparent] - Background of the whole element (#14181c when `theme` makes it dark).
 * @cssprop [--si-color-border=#c5ccd3] - Borders of the boxes.
 * @cssprop [--si-color-control-border=#66707b] - Borders of the search field and selects (3:1).
 * @cssprop [--si-color-focus=#0a5a9c] - Focus outline.
 * @cssprop [--si-color-error=#a4161a] - Error accent.
 * @cssprop [--si-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--si-font-size=1em] - Base text size, relative to the page's (never `rem`-based).
 * @cssprop [--si-radius=0.5em] - Corner radius.
 * @cssprop [--si-space=1em] - Padding inside each project.
 * @cssprop [--si-gap=1em] - Space between projects.
 * @cssprop [--si-card-min-inline-size=20em] - Narrowest a project gets before the grid has fewer columns.
 * @cssprop [--si-loading-min-block-size=10em] - Space kept while loading.
 */
export class SiProjectList extends SiFeedElement<ListView> {
  static styles = [baseStyles, projectPartStyles, projectListStyles];

  static override properties: PropertyDeclarations = {
    organization: {},
    organizationRole: { attribute: 'organization-role' },
    topic: {},
    municipality: {},
    sdg: {},
    status: {},
    limit: { type: Number },
    filters: {},
    sort: {},
    pageSize: { type: Number, attribute: 'page-size' },
    syncUrl: { attribute: 'sync-url' },
    choice: { state: true },
    typing: { state: true },
  };

  /** Only projects with one of these organisation ids (comma-separated). */
  organization?: string;

  /** Only projects where an organisation has one of these roles (comma-separated). */
  organizationRole?: string;

  /** Only projects with one of these topics (comma-separated). */
  topic?: string;

  /** Only projects in one of these municipalities (comma-separated). */
  municipality?: string;

  /** Only projects contributing to one of these SDGs (comma-separated numbers 1–17). */
  sdg?: string;

  /** Only projects with one of these statuses (comma-separated). */
  status?: string;

  /** At most this many projects. */
  limit?: number;

  /** Visitor controls to show, space-separated. */
  filters?: string;

  /** The order: `feed`, `title`, `start` or `recent`. */
  sort?: string;

  /** Projects shown at first and added by "show more". */
  pageSize = DEFAULT_PAGE_SIZE;

  /** Keep the visitor's choices in the query string; the value, if any, prefixes the keys. */
  syncUrl?: string | null;

  private choice: VisitorChoice = NO_CHOICE;

  /** True while the visitor is typing: the live region waits until typing pauses. */
  private typing = false;

  private lastAnnouncement = '';
  private typingTimer?: ReturnType<typeof setTimeout>;
  private presetMemo?: PresetMemo;
  /** After "show more": the position of the first new project, to move focus there. */
  private focusProjectAt?: number;
  /** After "clear filters" removed the button that had focus: focus the first control. */
  private focusFirstControl = false;
  private listeningToHistory = false;

  private readonly onPopState = () => {
    this.readUrl();
  };

  /** The feed whose search text is made, or being made, ahead of the visitor's first keystroke. */
  private searchPreparedFor?: FeedIndex;

  /** Folds the feed's texts for searching while the browser is idle, once per feed. */
  private prepareSearchSoon(index: FeedIndex): void {
    if (this.searchPreparedFor === index) return;
    this.searchPreparedFor = index;
    whenIdle(() => prepareSearch(index));
  }

  protected prepareWhileLoading(): void {
    // The first view's start dates, lead names ("A och B") and counts ("Visar 12 av 40 projekt").
    prepareFormatters(this.locale, ['date', 'list', 'number', 'plural']);
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.syncHistoryListener();
    if (this.syncing) this.readUrl();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    this.typing = false;
    this.syncHistoryListener(false);
  }

  private get syncing(): boolean {
    return this.syncUrl !== undefined && this.syncUrl !== null;
  }

  private syncHistoryListener(wanted = this.isConnected && this.syncing): void {
    if (wanted === this.listeningToHistory) return;
    if (wanted) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
    this.listeningToHistory = wanted;
  }

  private get controls(): FilterControl[] {
    const controls: FilterControl[] = [];
    for (const token of (this.filters ?? '').split(/\s+/).filter(Boolean)) {
      if ((FILTER_CONTROLS as readonly string[]).includes(token)) {
        if (!controls.includes(token as FilterControl)) controls.push(token as FilterControl);
      } else {
        this.warnOnce(`filters: unknown control "${token}" (known: ${FILTER_CONTROLS.join(', ')})`);
      }
    }
    return controls;
  }

  private get sortOrder(): SortOrder {
    if (this.choice.sort) return this.choice.sort;
    const wanted = this.sort ?? 'feed';
    if ((SORT_ORDERS as readonly string[]).includes(wanted)) return wanted as SortOrder;
    this.warnOnce(`sort: unknown order "${wanted}" (known: ${SORT_ORDERS.join(', ')}); using feed order`);
    return 'feed';
  }

  private get effectivePageSize(): number {
    const size = this.pageSize;
    return Number.isInteger(size) && size > 0 ? size : DEFAULT_PAGE_SIZE;
  }

  /** The presets as a query; unusable values are reported once and left out. */
  private presetQuery(index: FeedIndex): ProjectQuery {
    const roles = parseRoles(this.organizationRole);
    // `role` is the ARIA attribute: a page that followed an old example gets told, and still works.
    const ariaRole = this.getAttribute('role');
    if (ariaRole && parseRoles(ariaRole).kept.length > 0) {
      this.warnOnce(`role="${ariaRole}" sets the element's ARIA role; use organization-role="${ariaRole}" instead`);
      roles.kept.push(...parseRoles(ariaRole).kept);
    }
    const statuses = parseStatuses(this.status);
    const sdgs = parseSdgs(this.sdg);
    for (const value of roles.unknown) this.warnOnce(`organization-role: unknown role "${value}"`);
    for (const value of statuses.unknown) this.warnOnce(`status: unknown status "${value}"`);
    for (const value of sdgs.unknown) this.warnOnce(`sdg: "${value}" is not a goal number from 1 to 17`);
    const organizations = parseList(this.organization);
    for (const id of organizations) {
      if (!index.organizationsById.has(id)) this.warnOnce(`organization: no organisation with id "${id}" in the feed`);
    }
    return {
      organizations,
      roles: roles.kept,
      topics: parseList(this.topic),
      municipalities: parseList(this.municipality),
      sdgs: sdgs.kept,
      statuses: statuses.kept,
    };
  }

  protected describedProjects(view: ListView, feed: LoadedFeed): Project[] {
    return view.projects.flatMap((shown) => feed.index.projectsById.get(shown.id) ?? []);
  }

  private sortContext(): SortContext {
    const language = this.language;
    const locale = this.locale;
    return {
      // Titles are picked for the context's language; they are compared the way the words are written.
      language,
      // Made only for a sort by title: the first Intl.Collator of a page costs tens of milliseconds.
      get collator() {
        return collatorFor(locale);
      },
      today: new Date().toISOString().slice(0, 10),
    };
  }

  private buildChoices(feed: LoadedFeed, projects: readonly Project[]): Choices {
    const { index } = feed;
    const raw = filterChoices(index, projects);
    const collator = collatorFor(this.locale);
    const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
    const organization = raw.organizations
      .map((id): Option => {
        const name = this.text(index.organizationsById.get(id)?.name, feed);
        return { value: id, label: name?.text ?? id, lang: this.langOf(name) };
      })
      .sort(byLabel);
    const plain = (values: string[]) => values.map((value): Option => ({ value, label: value })).sort(byLabel);
    return {
      organization,
      topic: plain(raw.topics),
      municipality: plain(raw.municipalities),
      status: raw.statuses.map((status) => ({ value: status, label: projectStatusName(status) })),
    };
  }

  /** Preset matches and the choices built from them, recomputed only when something they depend on changes. */
  private presets(feed: LoadedFeed, order: SortOrder, context: SortContext): PresetMemo {
    const query = this.presetQuery(feed.index);
    // The locale too: the choices' labels are words ("Pågående"), in the language of the catalogue.
    const key = JSON.stringify([query, this.getAttribute('role'), order, context.language, this.locale, context.today, this.limit]);
    const memo = this.presetMemo;
    if (memo && memo.index === feed.index && memo.key === key) return memo;
    const matches = filterProjects(feed.index, [query], order, context);
    const limited = this.applyLimit(matches);
    // The choices are made when a visitor control first needs them: a list without filters never does.
    let choices: Choices | undefined;
    const build = () => this.buildChoices(feed, limited);
    this.presetMemo = {
      key,
      index: feed.index,
      matches: limited,
      get choices() {
        return (choices ??= build());
      },
    };
    return this.presetMemo;
  }

  private applyLimit(projects: Project[]): Project[] {
    const { limit } = this;
    if (limit === undefined || limit === null || Number.isNaN(limit)) return projects;
    if (!Number.isInteger(limit) || limit < 0) {
      this.warnOnce(`limit: "${limit}" is not a whole number of projects; showing all`);
      return projects;
    }
    return projects.slice(0, limit);
  }

  /** The visitor's choices, minus any (from an old link, say) that are not among the options. */
  private visitorQuery(presets: PresetMemo, controls: FilterControl[]): ProjectQuery {
    const { choice } = this;
    const chosen = (control: SelectControl): string[] => {
      const value = choice[control];
      return value && controls.includes(control) && presets.choices[control].some((o) => o.value === value) ? [value] : [];
    };
    return {
      search: controls.includes('search') ? choice.search : '',
      organizations: chosen('organization'),
      topics: chosen('topic'),
      municipalities: chosen('municipality'),
      statuses: chosen('status') as ProjectStatus[],
    };
  }

  protected select(feed: LoadedFeed): Selection<ListView> {
    const { index, baseUrl } = feed;
    if (index.feed.projects.length === 0) return { state: 'empty', message: msg('Det finns inga projekt att visa.') };
    const controls = this.controls;
    if (controls.includes('search')) this.prepareSearchSoon(index);
    const order = this.sortOrder;
    const context = this.sortContext();
    const presets = this.presets(feed, order, context);
    if (presets.matches.length === 0) {
      return { state: 'empty', message: msg('Inga projekt i flödet hör till den här listans urval.') };
    }
    const visitor = this.visitorQuery(presets, controls);
    const filtering =
      Boolean(visitor.search?.trim()) ||
      [visitor.organizations, visitor.topics, visitor.municipalities, visitor.statuses].some((v) => (v?.length ?? 0) > 0);
    // The presets' matches are already in order: narrowing them keeps it, in one cheap pass.
    const matches = filtering ? narrowProjects(index, presets.matches, [visitor]) : presets.matches;
    const shown = Math.max(this.choice.shown ?? 0, this.effectivePageSize);
    return {
      state: 'ready',
      view: {
        projects: matches.slice(0, shown).map((project) => projectView(index, project, this.language, baseUrl)),
        matchCount: matches.length,
        filtering,
        controls,
        get choices() {
          return presets.choices;
        },
        sort: order,
      },
    };
  }

  protected readyAnnouncement(view: ListView): string {
    if (view.controls.length === 0) return '';
    if (!this.typing) {
      this.lastAnnouncement = view.matchCount === 0 ? msg('Inga projekt matchar filtren.') : projectCount(view.matchCount, this.locale);
    }
    return this.lastAnnouncement;
  }

  // ---- Visitor actions ----

  private choose(change: Partial<VisitorChoice>, history: 'push' | 'replace'): void {
    this.choice = { ...this.choice, ...change };
    this.writeUrl(history);
  }

  private onSearchInput(event: Event): void {
    const search = (event.target as HTMLInputElement).value;
    this.typing = true;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      this.typing = false;
      this.writeUrl('replace');
    }, ANNOUNCE_DELAY_MS);
    this.choice = { ...this.choice, search, shown: undefined };
  }

  private onSubmit(event: Event): void {
    // Enter in the search field: the list is already filtered; announce now, never reload the page.
    event.preventDefault();
    clearTimeout(this.typingTimer);
    if (this.typing) {
      this.typing = false;
      this.writeUrl('replace');
    }
  }

  private onSelect(control: SelectControl | 'sort', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.finishTyping();
    if (control === 'sort') {
      this.choose({ sort: (SORT_ORDERS as readonly string[]).includes(value) ? (value as SortOrder) : undefined, shown: undefined }, 'push');
    } else {
      this.choose({ [control]: value, shown: undefined }, 'push');
    }
  }

  private finishTyping(): void {
    clearTimeout(this.typingTimer);
    this.typing = false;
  }

  private clearFilters(): void {
    this.finishTyping();
    this.focusFirstControl = true;
    this.choose({ ...NO_CHOICE, sort: this.choice.sort }, 'push');
  }

  private showMore(view: ListView): void {
    const shown = view.projects.length;
    this.focusProjectAt = shown;
    this.choose({ shown: shown + this.effectivePageSize }, 'replace');
  }

  protected updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    if (this.focusProjectAt !== undefined) {
      const item = root.querySelector<HTMLElement>(`[part="item"][data-position="${this.focusProjectAt}"]`);
      this.focusProjectAt = undefined;
      const target = item?.querySelector<HTMLElement>('a[part="link"]') ?? item?.querySelector<HTMLElement>('article');
      if (target && target.localName === 'article') target.tabIndex = -1;
      target?.focus();
    }
    if (this.focusFirstControl) {
      this.focusFirstControl = false;
      root.querySelector<HTMLElement>('[part="controls"] :is(input, select)')?.focus();
    }
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl')) {
      this.syncHistoryListener();
      if (this.syncing && changed.get('syncUrl') === undefined && this.hasUpdated) this.readUrl();
    }
    super.willUpdate(changed);
  }

  // ---- The query string ----

  private get urlPrefix(): string {
    return this.syncUrl || this.id || 'si';
  }

  private urlKeys(): Record<'q' | SelectControl | 'sort' | 'shown', string> {
    const p = this.urlPrefix;
    return {
      q: `${p}-q`,
      organization: `${p}-organization`,
      topic: `${p}-topic`,
      municipality: `${p}-municipality`,
      status: `${p}-status`,
      sort: `${p}-sort`,
      shown: `${p}-shown`,
    };
  }

  /** Sets the visitor's choices from the query string (on load and on Back/Forward). */
  private readUrl(): void {
    if (!this.syncing) return;
    const params = new URLSearchParams(window.location.search);
    const keys = this.urlKeys();
    const sort = params.get(keys.sort) ?? '';
    const shown = Number(params.get(keys.shown));
    this.finishTyping();
    this.choice = {
      search: params.get(keys.q) ?? '',
      organization: params.get(keys.organization) ?? '',
      topic: params.get(keys.topic) ?? '',
      municipality: params.get(keys.municipality) ?? '',
      status: (PROJECT_STATUSES as readonly string[]).includes(params.get(keys.status) ?? '') ? params.get(keys.status)! : '',
      sort: (SORT_ORDERS as readonly string[]).includes(sort) ? (sort as SortOrder) : undefined,
      shown: Number.isInteger(shown) && shown > 0 ? Math.min(shown, 100_000) : undefined,
    };
  }

  /** Writes the visitor's choices into the query string, leaving every other parameter as it was. */
  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncing) return;
    const url = new URL(window.location.href);
    const keys = this.urlKeys();
    const { choice } = this;
    const values: [string, string | undefined][] = [
      [keys.q, choice.search.trim() || undefined],
      [keys.organization, choice.organization || undefined],
      [keys.topic, choice.topic || undefined],
      [keys.municipality, choice.municipality || undefined],
      [keys.status, choice.status || undefined],
      [keys.sort, choice.sort],
      [keys.shown, choice.shown && choice.shown > this.effectivePageSize ? String(choice.shown) : undefined],
    ];
    let changed = false;
    for (const [key, value] of values) {
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
      this.warnOnce(`sync-url: the query string cannot be changed here (${String(error)})`);
    }
  }

  // ---- Rendering ----

  private renderSelect(control: SelectControl, label: string, allLabel: string, options: Option[]): TemplateResult {
    const id = `filter-${control}`;
    const value = options.some((o) => o.value === this.choice[control]) ? this.choice[control] : '';
    return html`<div class="field" part="field">
      <label for=${id} part="label">${label}</label>
      <select id=${id} part="select" @change=${(event: Event) => this.onSelect(control, event)}>
        <option value="" ?selected=${value === ''}>${allLabel}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.value} lang=${ifDefined(option.lang)} ?selected=${option.value === value}>
              ${option.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderSort(order: SortOrder): TemplateResult {
    const labels: Record<SortOrder, string> = {
      feed: msg('Standard'),
      title: msg('Titel (A–Ö)'),
      start: msg('Startdatum, äldst först'),
      recent: msg('Startdatum, nyast först'),
    };
    return html`<div class="field" part="field">
      <label for="filter-sort" part="label">${msg('Sortering')}</label>
      <select id="filter-sort" part="select" @change=${(event: Event) => this.onSelect('sort', event)}>
        ${SORT_ORDERS.map((value) => html`<option value=${value} ?selected=${value === order}>${labels[value]}</option>`)}
      </select>
    </div>`;
  }

  private renderControl(control: FilterControl, view: ListView): TemplateResult {
    const { choices } = view;
    switch (control) {
      case 'search':
        return html`<div class="field field-search" part="field">
          <label for="filter-search" part="label">${msg('Sök projekt')}</label>
          <input
            id="filter-search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this.choice.search}
            @input=${this.onSearchInput}
          />
        </div>`;
      case 'organization':
        return this.renderSelect('organization', msg('Organisation'), msg('Alla organisationer'), choices.organization);
      case 'topic':
        return this.renderSelect('topic', msg('Ämne'), msg('Alla ämnen'), choices.topic);
      case 'municipality':
        return this.renderSelect('municipality', msg('Kommun'), msg('Alla kommuner'), choices.municipality);
      case 'status':
        return this.renderSelect('status', msg('Status'), msg('Alla'), choices.status);
      case 'sort':
        return this.renderSort(view.sort);
    }
  }

  private renderControls(view: ListView): TemplateResult {
    const count = projectCount(view.matchCount, this.locale);
    return html`<form class="controls panel" part="controls" role="search" aria-label=${msg('Filtrera projekt')} @submit=${this.onSubmit}>
        ${view.controls.map((control) => this.renderControl(control, view))}
      </form>
      <div class="result-bar" part="result-bar">
        <p class="count" part="count">${count}</p>
        ${view.filtering && view.matchCount > 0
          ? html`<button type="button" class="secondary" part="clear-button" @click=${this.clearFilters}>
              ${msg('Rensa filter')}
            </button>`
          : nothing}
      </div>`;
  }

  private renderMeta(project: ProjectView): TemplateResult | typeof nothing {
    const start = formatDate(project.start, this.locale);
    if (!project.status && !start) return nothing;
    return html`<p class="meta" part="meta">
      ${project.status ? html`<span class="status" data-status=${project.status}>${projectStatusName(project.status)}</span>` : nothing}
      ${start ? html`<span class="start">${say(msg('Start: {date}'), { date: start })}</span>` : nothing}
    </p>`;
  }

  protected renderView(view: ListView): TemplateResult {
    const tag = this.headingTag();
    const langOf = this.langOf.bind(this);
    const locale = this.locale;
    const { projects, matchCount } = view;
    return html`<div class="base" part="base">
      ${view.controls.length > 0 ? this.renderControls(view) : nothing}
      ${matchCount === 0
        ? html`<div class="no-matches" part="no-matches">
            <p>${msg('Inga projekt matchar filtren.')}</p>
            <button type="button" part="clear-button" @click=${this.clearFilters}>${msg('Rensa filter')}</button>
          </div>`
        : html`<ul class="projects" part="list" role="list">
            ${projects.map(
              (project, position) => html`<li part="item" data-position=${position}>
                <article class="project panel" part="project">
                  ${renderProjectTitle(project, tag, langOf)} ${this.renderMeta(project)}
                  ${renderLeads(project, langOf, locale)} ${renderSummary(project, langOf)}
                </article>
              </li>`,
            )}
          </ul>`}
      ${projects.length < matchCount
        ? html`<div class="more" part="more">
            <p class="shown" part="shown">${shownOfProjects(projects.length, matchCount, locale)}</p>
            <button type="button" part="more-button" @click=${() => this.showMore(view)}>${msg('Visa fler projekt')}</button>
          </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'si-project-list': SiProjectList;
  }
}
