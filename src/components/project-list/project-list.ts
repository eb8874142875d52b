import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { list, oneOf, wholeNumber, type LongWordList, type WordList } from '../../core/attributes.js';
import { PrintController } from '../../core/controllers/print.js';
import { TypingPauseController } from '../../core/controllers/typing-pause.js';
import { fire, type FilterChangeDetail } from '../../core/events.js';
import { saveFile } from '../../core/save-file.js';
import { UrlSyncController } from '../../core/controllers/url-sync.js';
import { SiFeedElement, type Selection } from '../../core/feed-element.js';
import type { LoadedFeed } from '../../core/feed-store.js';
import { whenIdle } from '../../core/idle.js';
import { renderAttributions, renderFacts, renderLeads, renderProjectTitle, renderSkeletonCard, renderSummary } from '../../core/project-parts.js';
import { nameMunicipalitiesSoon, projectView, type ProjectView } from '../../core/project-view.js';
import { projectPartStyles } from '../../core/project-parts.styles.js';
import { baseStyles } from '../../core/styles.js';
import { projectCount, projectStatusName, scopeName } from '../../core/words.js';
import { localDay, partitionEnded } from '../../data/ended.js';
import { csvWords, showEndedProjects, shownOfProjects } from './list-words.js';
import {
  filterChoices,
  filterProjects,
  isEmptyQuery,
  narrowProjects,
  SORT_ORDERS,
  prepareSearch,
  type SortContext,
  type SortOrder,
} from '../../data/filter.js';
import { collatorFor, prepareFormatters } from '../../data/format.js';
import {
  chosenSort,
  FILTER_CONTROLS,
  NO_CHOICE,
  presetQuery,
  visitorQuery,
  type FilterControl,
  type PresetAttributes,
  type SelectControl,
  type VisitorChoice,
} from '../../data/list-query.js';
import { municipalityNamesLoaded } from '../../data/municipality-names.js';
import type { FeedIndex } from '../../data/select.js';
import type { Project, ProjectStatus, Role } from '../../data/types.js';
import { safeLinkUrl } from '../../data/url.js';
import { projectListStyles } from './project-list.styles.js';

export { FILTER_CONTROLS, type FilterControl } from '../../data/list-query.js';

interface Option {
  value: string;
  label: string;
  lang?: string;
}

type Choices = Record<SelectControl, Option[]>;

interface ListView {
  /** The projects on screen: never more than the visitor asked to see. */
  projects: ProjectView[];
  /** How many projects match, presets and visitor filters together (after `limit`). */
  matchCount: number;
  /** Every match, in order: what a download holds. */
  matches: readonly Project[];
  feed: LoadedFeed;
  /** Whether the visitor has narrowed the list. */
  filtering: boolean;
  /** How many of the matches have ended, shown or not; `undefined` when `status` asks for them. */
  endedCount?: number;
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
  /** Whether the `status` preset asks for completed projects: then ended ones are never hidden. */
  asksForEnded: boolean;
}

const DEFAULT_PAGE_SIZE = 12;

/**
 * A list of the feed's projects that webmasters narrow with attributes and visitors with optional
 * controls: each project with its title as a heading that links to the project, its lead
 * organisation, status, dates and summary.
 *
 * Presets (`organization`, `organization-role`, `funder`, `topic`, `municipality`, `place`, `sdg`, `status`) take
 * comma-separated values: any value of one attribute matches, and attributes are combined with AND.
 * `organization="coompanion-skane"` lists exactly the projects Coompanion Skåne takes part in;
 * add `organization-role="lead"` for those it leads.
 *
 * `filters="search organization topic municipality status sort"` adds the controls named, in that
 * order: a search over titles, summaries, organisation names, funding programmes, topics and municipalities that ignores
 * case and accents (`malmo` finds "Malmö"), selects built from the projects the presets keep, and
 * the sort order. The number of matches is shown and announced in a polite live region (after typing
 * pauses); focus never moves while filtering. With no matches, a message and a "clear filters"
 * button. At most `page-size` projects are rendered until the visitor asks for more, so a feed of
 * 10,000 projects costs no more to show than one of 12.
 *
 * `download` among the `filters` adds two buttons that download every match (not only the projects
 * on screen) as a CSV file for Excel (UTF-8, texts in the list's language) or as a feed (JSON) of
 * just those projects and their organisations. The code that makes the file is loaded on the first
 * click. Printed, the list shows every match, without its controls.
 *
 * With `sync-url`, the visitor's choices are kept in the page's query string under keys prefixed
 * with the attribute's value (else the element's `id`, else `si`): `?si-q=malmo&si-topic=…`, so a
 * filtered view can be linked, and Back steps back through filter changes. A link asks for at most
 * 500 projects at once (`si-shown`), however many it says.
 *
 * Projects whose `end` has passed are left out unless `status` (the attribute or the visitor's
 * choice) asks for `completed`; with `filters`, a "Visa avslutade projekt (3)" checkbox shows them.
 * An `active` project whose end has passed is shown as ended ("Avslutat"), as on the card.
 *
 * @tag si-project-list
 * @summary Lists the projects of a feed, optionally filtered.
 *
 * @attr feed - URL of the JSON feed, or `#id` of an inline `<script type="application/json">`.
 * @attr organization - Only projects with one of these organisation ids (comma-separated).
 * @attr organization-role - Only projects where an organisation (the `organization`s, if set) has one of these roles: `lead`, `partner`, `need-owner`, `knowledge-partner`, `funder`. (Not `role`: that is the ARIA attribute.)
 * @attr topic - Only projects with one of these topics (comma-separated; case and accents ignored).
 * @attr municipality - Only projects in one of these municipalities (comma-separated names or SCB codes: `1280` is Malmö).
 * @attr funder - Only projects funded by one of these organisation ids (the role `funder`, or a `funding` entry; comma-separated).
 * @attr place - Only projects in one of these places (comma-separated): a municipality's name or code, or a scope (`local`, `regional`, `national`, `international`).
 * @attr sdg - Only projects contributing to one of these UN Sustainable Development Goals (1–17, comma-separated).
 * @attr status - Only projects with one of these statuses: `planned`, `active`, `completed`.
 * @attr limit - At most this many projects, after filtering and sorting.
 * @attr filters - Visitor controls to show, space-separated: `search organization topic municipality status sort download funder place` (`download`: buttons that download the matches as CSV or JSON).
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
 * @fires si-project-open - A visitor followed a project's link (click, Enter or middle click). `detail: { project, url, element }`. Bubbles, composed.
 * @fires si-filter-change - A visitor changed a control (after typing pauses, as the count is announced). `detail: { search, organization, topic, municipality, status, sort, matches }`, and `funder` and `place` when those controls are shown. Bubbles, composed.
 * @fires si-show-more - A visitor pressed "show more". `detail: { shown, matches }`. Bubbles, composed.
 *
 * @csspart base - The wrapper of the ready view (the container for container queries).
 * @csspart controls - The `<form role="search">` of visitor controls.
 * @csspart field - Each control with its label.
 * @csspart label - A control's label.
 * @csspart search - The search field.
 * @csspart select - Each `<select>`.
 * @csspart result-bar - The line with the number of matches and the "clear filters" button.
 * @csspart count - The number of matches, e.g. "3 projekt".
 * @csspart ended-toggle - The "Visa avslutade projekt (3)" checkbox and its label, with `filters`.
 * @csspart clear-button - The "clear filters" buttons.
 * @csspart download - The area of the download buttons.
 * @csspart download-button - Each download button ("CSV", "JSON").
 * @csspart no-matches - The message shown when the visitor's filters match nothing.
 * @csspart list - The `<ul>` of projects.
 * @csspart item - Each project's `<li>`.
 * @csspart project - Each project's `<article>`.
 * @csspart title - A project's heading.
 * @csspart link - The link in a project's heading.
 * @csspart leads - The line naming the lead organisation.
 * @csspart lead-logo - The lead organisation's logo, when the feed has one and one organisation leads.
 * @csspart facts - The line with a project's status and period, as on `<si-project-card>`.
 * @csspart status - A project's status.
 * @csspart period - A project's period, e.g. "1 mars 2024 – 31 december 2026" or "Från 1 mars 2024".
 * @csspart summary - A project's summary.
 * @csspart attributions - A project's funders' logos and required attributions, as on `<si-project-card>`.
 * @csspart attribution - One funder's logo and attribution.
 * @csspart logo - A funder's logo.
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
 * @cssprop [--si-space-1=0.25em] - Spacing scale, step 1 (of 6): inside badges and tags, under a label. Every gap and padding is a step of the scale, in em of the element's font size (docs/theming.md).
 * @cssprop [--si-space-2=0.5em] - Spacing scale, step 2: between the lines of a list's card, inside tags.
 * @cssprop [--si-space-3=0.75em] - Spacing scale, step 3: between the parts of a card.
 * @cssprop [--si-space-4=1em] - Spacing scale, step 4: the default of `--si-space` and `--si-gap`.
 * @cssprop [--si-space-5=1.5em] - Spacing scale, step 5: between funders' logos.
 * @cssprop [--si-space-6=2em] - Spacing scale, step 6, the largest.
 * @cssprop [--si-font-size-small=0.875em] - Secondary text: the meta line, labels, tags, dates.
 * @cssprop [--si-font-weight-strong=600] - Labels, badges and names.
 * @cssprop [--si-font-size-title=1.25em] - A project's title.
 * @cssprop [--si-radius-tag=1em] - Corners of the status badge and of topic tags.
 * @cssprop [--si-color-success=#1d6b33] - The badge of an ongoing project (its dot says it too).
 * @cssprop [--si-card-min-block-size=16em] - The least height of a card, and what its skeleton keeps while loading: nothing moves when the feed arrives unless the card is taller.
 * @cssprop [--si-shadow-hover=0 0.25em 0.75em rgb(0 0 0 / 0.14)] - A card's shadow under the pointer or with focus inside.
 * @cssprop [--si-summary-lines=4] - Lines of a summary shown in the list (the whole text stays in the page for screen readers).
 * @cssprop [--si-gap=1em] - Space between projects.
 * @cssprop [--si-card-min-inline-size=20em] - Narrowest a project gets before the grid has fewer columns.
 * @cssprop [--si-loading-min-block-size=10em] - The least space kept while loading, around the cards' skeletons (which keep a row of cards' height by themselves).
 */export class SiProjectList extends SiFeedElement<ListView> {
  static styles = [baseStyles, projectPartStyles, projectListStyles];

  static override properties: PropertyDeclarations = {
    organization: {},
    organizationRole: { attribute: 'organization-role' },
    topic: {},
    municipality: {},
    funder: {},
    place: {},
    sdg: {},
    status: {},
    limit: { type: Number },
    filters: {},
    sort: {},
    pageSize: { type: Number, attribute: 'page-size' },
    syncUrl: { attribute: 'sync-url' },
    today: { attribute: false },
    choice: { state: true },
    showEnded: { state: true },
  };

  /** Only projects with one of these organisation ids (comma-separated). */
  organization?: string;

  /** Only projects where an organisation has one of these roles (comma-separated). */
  organizationRole?: WordList<Role, ',' | ', '>;

  /** Only projects with one of these topics (comma-separated). */
  topic?: string;

  /** Only projects in one of these municipalities (comma-separated). */
  municipality?: string;

  /** Only projects funded by one of these organisation ids (comma-separated). */
  funder?: string;

  /** Only projects in one of these places: municipality names or codes, or scopes (comma-separated). */
  place?: string;

  /** Only projects contributing to one of these SDGs (comma-separated numbers 1–17). */
  sdg?: string;

  /** Only projects with one of these statuses (comma-separated). */
  status?: WordList<ProjectStatus, ',' | ', '>;

  /** At most this many projects. */
  limit?: number;

  /** Visitor controls to show, space-separated. */
  filters?: LongWordList<FilterControl, ' '>;

  /** The order: `feed`, `title`, `start` or `recent`. */
  sort?: SortOrder;

  /** Projects shown at first and added by "show more". */
  pageSize = DEFAULT_PAGE_SIZE;

  /** Keep the visitor's choices in the query string; the value, if any, prefixes the keys. */
  syncUrl?: string | null;

  /**
   * The day (`YYYY-MM-DD`) the list judges which projects have ended, and sorts `recent` by.
   * Unset: the visitor's today. For previews and tests.
   */
  today?: string;

  private choice: VisitorChoice = NO_CHOICE;
  /** The visitor asked to see the projects whose end has passed. */
  private showEnded = false;

  // What the attributes ask for, read by readAttributes() once per update.
  private controls: FilterControl[] = [];
  private attributeSort: SortOrder = 'feed';
  private pageSizeInUse = DEFAULT_PAGE_SIZE;
  private limitInUse?: number;

  private readonly urlSync = new UrlSyncController(this, {
    read: (choice) => {
      this.typingPause.stop();
      this.choice = choice;
    },
    warn: (message) => this.warnOnce(message),
  });

  /** The live region waits until typing pauses; then the search goes into the address too. */
  private readonly typingPause = new TypingPauseController(this, () => {
    this.filterChanged = true;
    this.writeUrl('replace');
  });

  /** Printed, the list shows every match. */
  private readonly print = new PrintController(this);

  /** A visitor changed the query: `si-filter-change` goes out once the view shows it. */
  private filterChanged = false;
  /** The view on screen, for the events that tell what it shows. */
  private shownView?: ListView;

  private presetMemo?: PresetMemo;
  /** After "show more": the position of the first new project, to move focus there. */
  private focusProjectAt?: number;
  /** After "clear filters" removed the button that had focus: focus the first control. */
  private focusFirstControl = false;

  /** The feed whose search text is made, or being made, ahead of the visitor's first keystroke. */
  private searchPreparedFor?: FeedIndex;

  /** Folds the feed's texts for searching while the browser is idle, once per feed. */
  private prepareSearchSoon(index: FeedIndex): void {
    if (this.searchPreparedFor === index) return;
    this.searchPreparedFor = index;
    whenIdle(() => prepareSearch(index));
  }

  protected prepareWhileLoading(): void {
    // The first view's dates, lead names ("A och B") and counts ("Visar 12 av 40 projekt").
    prepareFormatters(this.locale, ['date', 'list', 'number', 'plural']);
  }

  protected readAttributes(): void {
    super.readAttributes();
    this.controls = list(this, 'filters', this.filters, FILTER_CONTROLS, { kind: 'control', separator: /\s+/ });
    this.attributeSort = oneOf(this, 'sort', this.sort, SORT_ORDERS, {
      kind: 'order',
      fallback: 'feed',
      instead: 'using feed order',
    });
    this.pageSizeInUse = wholeNumber(this, 'page-size', this.pageSize, {
      min: 1,
      allowed: 'a positive whole number of projects',
      fallback: DEFAULT_PAGE_SIZE,
    });
    this.limitInUse = wholeNumber(this, 'limit', this.limit, {
      min: 0,
      allowed: 'a whole number of projects',
      fallback: undefined,
      instead: 'showing all',
    });
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    // Before the view is selected, so that a list that starts syncing shows what the address says.
    if (changed.has('syncUrl')) this.urlSync.syncUrlChanged();
    super.willUpdate(changed);
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
      today: this.today ?? localDay(),
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
    const funder = organization.filter((option) => raw.funders.includes(option.value));
    return {
      organization,
      funder,
      // Municipalities by name, then the scopes in their own order.
      place: [...plain(raw.municipalities), ...raw.scopes.map((scope) => ({ value: scope, label: scopeName(scope) }))],
      topic: plain(raw.topics),
      municipality: plain(raw.municipalities),
      status: raw.statuses.map((status) => ({ value: status, label: projectStatusName(status) })),
    };
  }

  /** Preset matches and the choices built from them, recomputed only when something they depend on changes. */
  private presets(feed: LoadedFeed, order: SortOrder, context: SortContext): PresetMemo {
    const { index } = feed;
    const role = this.getAttribute('role');
    const { value: query, problems } = presetQuery(this.presetAttributes(role), (id) => index.organizationsById.has(id));
    for (const problem of problems) this.warnOnce(problem);
    // The locale too: the choices' labels are words ("Pågående"), in the language of the catalogue;
    // and whether codes can be named: the choices name municipalities.
    const names = municipalityNamesLoaded();
    const key = JSON.stringify([query, role, order, context.language, this.locale, context.today, this.limitInUse, names]);
    const memo = this.presetMemo;
    if (memo && memo.index === index && memo.key === key) return memo;
    const matches = filterProjects(index, [query], order, context);
    const limited = this.limitInUse === undefined ? matches : matches.slice(0, this.limitInUse);
    // The choices are made when a visitor control first needs them: a list without filters never does.
    let choices: Choices | undefined;
    const build = () => this.buildChoices(feed, limited);
    this.presetMemo = {
      key,
      index,
      matches: limited,
      get choices() {
        return (choices ??= build());
      },
      asksForEnded: query.statuses?.includes('completed') ?? false,
    };
    return this.presetMemo;
  }

  private presetAttributes(role: string | null): PresetAttributes {
    const { organization, organizationRole, topic, municipality, sdg, status, funder, place } = this;
    return { organization, organizationRole, role, topic, municipality, sdg, status, funder, place };
  }

  protected select(feed: LoadedFeed): Selection<ListView> {
    const { index, baseUrl } = feed;
    if (index.feed.projects.length === 0) return { state: 'empty', message: msg('Det finns inga projekt att visa.') };
    const { controls, choice } = this;
    nameMunicipalitiesSoon(index.feed, () => this.requestUpdate());
    if (controls.includes('search')) this.prepareSearchSoon(index);
    const order = choice.sort ?? this.attributeSort;
    const context = this.sortContext();
    const presets = this.presets(feed, order, context);
    if (presets.matches.length === 0) {
      return { state: 'empty', message: msg('Inga projekt i flödet hör till den här listans urval.') };
    }
    const isOffered = (control: SelectControl, value: string) => presets.choices[control].some((o) => o.value === value);
    const visitor = visitorQuery(choice, controls, isOffered);
    const filtering = !isEmptyQuery(visitor);
    // The presets' matches are already in order: narrowing them keeps it, in one cheap pass.
    const narrowed = filtering ? narrowProjects(index, presets.matches, [visitor]) : presets.matches;
    const asksForEnded = presets.asksForEnded || visitor.statuses?.includes('completed') === true;
    const { current, ended } = asksForEnded ? { current: narrowed, ended: [] } : partitionEnded(narrowed, context.today);
    if (current.length === 0 && !this.showEnded && controls.length === 0) {
      return { state: 'empty', message: msg('Inga projekt i flödet hör till den här listans urval.') };
    }
    const matches = this.showEnded ? narrowed : current;
    const shown = this.print.printing ? matches.length : Math.max(choice.shown ?? 0, this.pageSizeInUse);
    const view: ListView = {
      projects: matches.slice(0, shown).map((project) => projectView(index, project, this.language, baseUrl, context.today)),
      matchCount: matches.length,
      matches,
      feed,
      filtering,
      endedCount: asksForEnded ? undefined : ended.length,
      controls,
      get choices() {
        return presets.choices;
      },
      sort: order,
    };
    this.shownView = view;
    return { state: 'ready', view };
  }

  protected readyAnnouncement(view: ListView): string {
    if (view.controls.length === 0) return '';
    return this.typingPause.announcement(() =>
      view.matchCount === 0 ? msg('Inga projekt matchar filtren.') : projectCount(view.matchCount, this.locale),
    );
  }

  // ---- Visitor actions ----

  private choose(change: Partial<VisitorChoice>, history: 'push' | 'replace'): void {
    this.choice = { ...this.choice, ...change };
    this.writeUrl(history);
  }

  private writeUrl(history: 'push' | 'replace'): void {
    this.urlSync.write(this.choice, this.pageSizeInUse, history);
  }

  private onSearchInput(event: Event): void {
    const search = (event.target as HTMLInputElement).value;
    this.typingPause.typed();
    this.choice = { ...this.choice, search, shown: undefined };
  }

  private onSubmit(event: Event): void {
    // Enter in the search field: the list is already filtered; announce now, never reload the page.
    event.preventDefault();
    this.typingPause.pause();
  }

  private onSelect(control: SelectControl | 'sort', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.typingPause.stop();
    this.filterChanged = true;
    if (control === 'sort') this.choose({ sort: chosenSort(value), shown: undefined }, 'push');
    else this.choose({ [control]: value, shown: undefined }, 'push');
  }

  private onShowEnded(event: Event): void {
    this.typingPause.stop();
    this.filterChanged = true;
    this.showEnded = (event.target as HTMLInputElement).checked;
  }

  private clearFilters(): void {
    this.typingPause.stop();
    this.filterChanged = true;
    this.focusFirstControl = true;
    this.choose({ ...NO_CHOICE, sort: this.choice.sort }, 'push');
  }

  private showMore(view: ListView): void {
    const shown = view.projects.length;
    this.focusProjectAt = shown;
    this.choose({ shown: shown + this.pageSizeInUse }, 'replace');
    fire(this, 'si-show-more', { shown: Math.min(shown + this.pageSizeInUse, view.matchCount), matches: view.matchCount });
  }

  /** Downloads every match as CSV or JSON; the code that makes the file loads on the first click. */
  private async download({ feed, matches }: ListView, format: 'csv' | 'json'): Promise<void> {
    const { projectsCsv, projectsJson } = await import('../../data/download.js');
    const { index, baseUrl } = feed;
    if (format === 'json') {
      saveFile(projectsJson(index.feed, matches), 'projekt.json', 'application/json');
      return;
    }
    const csv = projectsCsv(index.feed, matches, {
      words: this.inOwnWords(() => csvWords(this.locale)),
      locale: this.locale,
      text: (value) => this.text(value, feed)?.text ?? '',
      link: (url) => safeLinkUrl(url, baseUrl),
    });
    saveFile(csv, 'projekt.csv', 'text/csv;charset=utf-8');
  }

  private fireFilterChange(): void {
    const view = this.shownView;
    this.filterChanged = false;
    if (!view || this.state !== 'ready') return;
    const { search, organization, topic, municipality, status, funder, place } = this.choice;
    const detail: FilterChangeDetail = { search, organization, topic, municipality, status, sort: view.sort, matches: view.matchCount };
    // The newer controls' choices only where they are shown, so that the detail of a list without them stays as it was.
    if (view.controls.includes('funder')) detail.funder = funder;
    if (view.controls.includes('place')) detail.place = place;
    fire(this, 'si-filter-change', detail);
  }

  protected updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.filterChanged) this.fireFilterChange();
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

  private renderSearch(): TemplateResult {
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
  }

  private renderControl(control: Exclude<FilterControl, 'download'>, view: ListView): TemplateResult {
    const { choices } = view;
    switch (control) {
      case 'search':
        return this.renderSearch();
      case 'organization':
        return this.renderSelect('organization', msg('Organisation'), msg('Alla organisationer'), choices.organization);
      case 'topic':
        return this.renderSelect('topic', msg('Ämne'), msg('Alla ämnen'), choices.topic);
      case 'municipality':
        return this.renderSelect('municipality', msg('Kommun'), msg('Alla kommuner'), choices.municipality);
      case 'status':
        return this.renderSelect('status', msg('Status'), msg('Alla'), choices.status);
      case 'funder':
        return this.renderSelect('funder', msg('Finansiär'), msg('Alla finansiärer'), choices.funder);
      case 'place':
        return this.renderSelect('place', msg('Plats'), msg('Alla platser'), choices.place);
      case 'sort':
        return this.renderSort(view.sort);
    }
  }

  /** "Ladda ner: CSV JSON", for `filters="download"`: every match, in the list's order. */
  private renderDownload(view: ListView): TemplateResult {
    return html`<div class="download" part="download" role="group" aria-label=${msg('Ladda ner projekten')}>
      <button type="button" class="secondary" part="download-button" @click=${() => this.download(view, 'csv')}>
        ${msg('Ladda ner CSV')}
      </button>
      <button type="button" class="secondary" part="download-button" @click=${() => this.download(view, 'json')}>
        ${msg('Ladda ner JSON')}
      </button>
    </div>`;
  }

  /** The count is hidden from assistive tech: the live region says it (once typing pauses), so it is heard once. */
  private renderControls(view: ListView): TemplateResult {
    const count = projectCount(view.matchCount, this.locale);
    const filters = view.controls.filter((control) => control !== 'download');
    return html`${filters.length > 0
        ? html`<form class="controls panel" part="controls" role="search" aria-label=${msg('Filtrera projekt')} @submit=${this.onSubmit}>
            ${filters.map((control) => this.renderControl(control, view))}
          </form>`
        : nothing}
      <div class="result-bar" part="result-bar">
        <p class="count" part="count" aria-hidden="true">${count}</p>
        ${this.renderEndedToggle(view)}
        ${view.controls.includes('download') && view.matchCount > 0 ? this.renderDownload(view) : nothing}
        ${view.filtering && view.matchCount > 0
          ? html`<button type="button" class="secondary" part="clear-button" @click=${this.clearFilters}>
              ${msg('Rensa filter')}
            </button>`
          : nothing}
      </div>`;
  }

  /** "Visa avslutade projekt (3)", while some match or they are shown; not when `status` asks for them. */
  private renderEndedToggle({ endedCount }: ListView): TemplateResult | typeof nothing {
    if (endedCount === undefined || (endedCount === 0 && !this.showEnded)) return nothing;
    return html`<label class="ended-toggle" part="ended-toggle"
      ><input type="checkbox" .checked=${this.showEnded} @change=${this.onShowEnded} />${showEndedProjects(endedCount, this.locale)}</label
    >`;
  }

  /** With controls, the live region says the same sentence: hidden here, it is in the accessibility tree once. */
  private renderNoMatches(view: ListView): TemplateResult {
    return html`<div class="no-matches" part="no-matches">
      <p aria-hidden=${view.controls.length > 0 ? 'true' : nothing}>${msg('Inga projekt matchar filtren.')}</p>
      <button type="button" part="clear-button" @click=${this.clearFilters}>${msg('Rensa filter')}</button>
    </div>`;
  }

  /** The projects on screen; the status-and-date line is the card's own (renderFacts), so the two agree. */
  private renderProjects(projects: ProjectView[]): TemplateResult {
    const tag = this.headingTag();
    const langOf = this.langOf.bind(this);
    const locale = this.locale;
    return html`<ul class="projects" part="list" role="list">
      ${projects.map(
        (project, position) => html`<li part="item" data-position=${position}>
          <article class="project panel" part="project" data-project=${project.id}>
            ${renderProjectTitle(project, tag, langOf)} ${renderFacts(project, locale)}
            ${renderLeads(project, langOf, locale)} ${renderSummary(project, langOf)}${renderAttributions(project.attributions, langOf, locale)}
          </article>
        </li>`,
      )}
    </ul>`;
  }

  /** Up to three cards' skeletons in the list's own grid: a row of them in a wide column. */
  protected renderSkeleton(): TemplateResult {
    const count = Math.min(3, this.pageSizeInUse, this.limitInUse ?? 3);
    return html`<div class="base" aria-hidden="true"
      ><ul class="projects"
        >${Array.from({ length: count }, () => html`<li>${renderSkeletonCard('project')}</li>`)}</ul
      ></div
    >`;
  }

  private renderMore(view: ListView): TemplateResult {
    return html`<div class="more" part="more">
      <p class="shown" part="shown">${shownOfProjects(view.projects.length, view.matchCount, this.locale)}</p>
      <button type="button" part="more-button" @click=${() => this.showMore(view)}>${msg('Visa fler projekt')}</button>
    </div>`;
  }

  protected renderView(view: ListView): TemplateResult {
    const { projects, matchCount } = view;
    return html`<div class="base" part="base">
      ${view.controls.length > 0 ? this.renderControls(view) : nothing}
      ${matchCount === 0 ? this.renderNoMatches(view) : this.renderProjects(projects)}
      ${projects.length < matchCount ? this.renderMore(view) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'si-project-list': SiProjectList;
  }
}
