/**
 * The snippet builder on the demo page: a CMS editor picks a feed, a widget, what it shows, a
 * language and a look, sees the result live, and copies the snippet that works in their CMS.
 * Demo-site code, not part of the library, but made of its parts: the feed store and its error
 * messages, the words for roles and statuses, the list's filter choices. Rendered into its own
 * light DOM, so that labels, fieldsets and the page's own styles work as in any form.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { definedWidgets, siElement } from '../core/define.js';
import { reloadFeed, subscribeFeed, type FeedState, type LoadedFeed } from '../core/feed-store.js';
import { feedErrorMessage } from '../core/status.js';
import { visuallyHiddenStyles } from '../core/styles.js';
import { projectCount, projectStatusName, roleName } from '../core/words.js';
import { LOOK_PROPERTIES, lookValue } from '../embed/embed-query.js';
import { filterChoices, type FilterChoices } from '../data/filter.js';
import { choosePlural, collatorFor, formatNumber } from '../data/format.js';
import { resolveText } from '../data/text.js';
import { safeLinkUrl, safeWebUrl } from '../data/url.js';
import { ROLES, PROJECT_STATUSES, type Project, type Text } from '../data/types.js';
import { VERSION } from '../version.js';
import {
  DEFAULT_IFRAME_HEIGHT,
  DEFAULT_IFRAME_HEIGHTS,
  divSnippet,
  preloadSnippet,
  iframeSnippet,
  lookCss,
  scriptSnippet,
  tagSnippet,
  type SnippetInput,
} from './snippets.js';

/** The builder speaks Swedish: the page around it does. */
const LANGUAGE = 'sv';

const WIDGET_LABELS: Record<string, string> = {
  'project-list': 'Projektlista',
  'project-card': 'Projektkort',
  'goal-progress': 'Mål och framsteg',
  'partner-list': 'Organisationer',
};

/** The list's visitor controls, in the order the list shows them. */
const FILTER_CONTROLS: Option[] = [
  ['search', 'Sökruta'],
  ['organization', 'Organisation'],
  ['topic', 'Ämne'],
  ['municipality', 'Kommun'],
  ['status', 'Status'],
  ['sort', 'Sortering'],
  ['download', 'Nedladdning (CSV, JSON)'],
];

const LANGUAGES: [value: string, label: string, lang?: string][] = [
  ['', 'Sidans språk'],
  ['sv', 'Svenska', 'sv'],
  ['en', 'English', 'en'],
  ['ar', 'العربية', 'ar'],
];

const RADII: Option[] = [
  ['0', 'Raka hörn'],
  ['0.25', 'Lätt rundade'],
  ['0.5', 'Rundade (standard)'],
  ['1', 'Mycket rundade'],
];

const DEFAULT_ACCENT = '#0a5a9c';

/** Attributes the builder offers a control for, when the chosen element has them. */
const CONTROLLED = [
  'project',
  'goal',
  'organization',
  'organization-role',
  'topic',
  'municipality',
  'status',
  'layout',
  'limit',
  'filters',
  'heading-level',
  'structured-data',
] as const;
type Controlled = (typeof CONTROLLED)[number];

type Option = [value: string, label: string];

/** What the editor has chosen, apart from the feed's address. */
interface Choices {
  widget: string;
  values: Record<string, string>;
  lang: string;
  accent: string;
  radius: string;
  fallback: boolean;
  resize: boolean;
  /** `major`: follow the major version's folder (fixes arrive); `exact`: this version, with integrity. */
  version: 'major' | 'exact';
}

/** The integrity lines of dist/si-widgets.sri.txt ("si-widgets.js sha384-…"), by file. */
function parseSri(text: string): Record<string, string> {
  const integrity: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [file, value] = line.trim().split(/\s+/);
    if (file && value?.startsWith('sha384-')) integrity[file] = value;
  }
  return integrity;
}

/** The feed store's state, or an address the builder does not ask for. */
type FeedStatus = FeedState | { status: 'bad-address' };

function observed(widget: string): Set<string> {
  return new Set(siElement(`si-${widget}`)?.observedAttributes ?? []);
}

function text(feed: LoadedFeed, value: Text | undefined, lang: string): string {
  return resolveText(value, lang || LANGUAGE, feed.index.feed.language)?.text ?? '';
}

/** "5 projekt och 1 organisation". */
function feedSize(feed: LoadedFeed): string {
  const { projects, organizations } = feed.index.feed;
  const count = organizations.length;
  const n = formatNumber(count, LANGUAGE);
  const organisations = choosePlural(count, LANGUAGE, { one: `${n} organisation`, other: `${n} organisationer` });
  return `${projectCount(projects.length, LANGUAGE)} och ${organisations}`;
}

function feedMessage(feed: FeedStatus): string {
  switch (feed.status) {
    case 'bad-address':
      return 'Ange flödets adress som en http- eller https-adress.';
    case 'loading':
      return 'Hämtar flödet…';
    case 'error':
      return feedErrorMessage(feed.error, LANGUAGE);
    case 'ready':
      return `Flödet har ${feedSize(feed.feed)}.`;
  }
}

/**
 * The builder's feed, from the page's one feed store (shared with the preview, with the widgets'
 * error messages): asked for when typing in the address pauses. Asking again for an address that
 * failed retries it, as the widgets' "Försök igen" does.
 */
class FeedSubscription implements ReactiveController {
  status: FeedStatus = { status: 'loading' };
  /** The absolute address subscribed to, for the preview. */
  url = '';
  /** The host's address when last seen, to notice typing. */
  private address?: string;
  private unsubscribe?: () => void;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: SnippetBuilder) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  /** A changed address is asked for once typing has paused for half a second. */
  hostUpdate(): void {
    if (this.host.feedUrl === this.address) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.subscribe(), 500);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    this.hostDisconnected();
    this.address = this.host.feedUrl;
    const url = safeWebUrl(this.address.trim(), document.baseURI);
    this.url = url ?? '';
    if (!url) {
      this.show({ status: 'bad-address' });
      return;
    }
    this.unsubscribe = subscribeFeed(url, (state) => this.show(state));
    if (this.status.status === 'error') reloadFeed(url);
  }

  private show(status: FeedStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** What the select controls offer, from the loaded feed and the choices so far. */
interface OptionContext {
  feed?: LoadedFeed;
  choices: Choices;
  /** The values the feed's projects use, as the list's visitor controls offer them. */
  used?: FilterChoices;
}

const ALL: Option = ['', 'Alla'];

function projectOptions({ feed, choices }: OptionContext): Option[] {
  const value = choices.values.project ?? '';
  if (!feed) return value ? [[value, value]] : [];
  return feed.index.feed.projects.map((p) => [p.id, text(feed, p.title, choices.lang) || p.id]);
}

function goalOptions({ feed, choices }: OptionContext): Option[] {
  const project = feed?.index.projectsById.get(choices.values.project ?? '');
  const goals = (project?.goals ?? []).map((g): Option => [g.id, feed ? text(feed, g.title, choices.lang) || g.id : g.id]);
  return [['', 'Alla projektets mål'], ...goals];
}

function organizationOptions({ feed, choices, used }: OptionContext): Option[] {
  const name = (id: string) => (feed ? text(feed, feed.index.organizationsById.get(id)?.name, choices.lang) : '') || id;
  return [ALL, ...(used?.organizations ?? []).map((id): Option => [id, name(id)])];
}

/** Topics or municipalities: spelled as the feed first does, one entry for "Malmö" and "malmö". */
function usedValueOptions(values: string[] | undefined): Option[] {
  const collator = collatorFor(LANGUAGE);
  return [ALL, ...[...(values ?? [])].sort(collator.compare).map((value): Option => [value, value])];
}

/** The select controls: a label, the options, and a hint where the choice needs one. */
const SELECTS: Partial<Record<Controlled, { label: string; options: (context: OptionContext) => Option[]; hint?: string }>> = {
  project: { label: 'Projekt', options: projectOptions },
  goal: { label: 'Mål', options: goalOptions },
  organization: { label: 'Organisation', options: organizationOptions },
  'organization-role': { label: 'Organisationens roll', options: () => [ALL, ...ROLES.map((r): Option => [r, roleName(r, 1, LANGUAGE)])] },
  topic: { label: 'Ämne', options: ({ used }) => usedValueOptions(used?.topics) },
  municipality: { label: 'Kommun', options: ({ used }) => usedValueOptions(used?.municipalities) },
  // Every status, not only those in the feed today: a preset is a standing rule ("the completed ones").
  status: { label: 'Status', options: () => [ALL, ...PROJECT_STATUSES.map((s): Option => [s, projectStatusName(s)])] },
  layout: { label: 'Visning', options: () => [['', 'Lista'], ['logos', 'Logotyper']] },
  'heading-level': {
    label: 'Rubriknivå',
    options: () => ['1', '2', '3', '4', '5', '6'].map((l): Option => [l, `h${l}${l === '3' ? ' (standard)' : ''}`]),
    hint: 'Välj nivån under sidans närmaste rubrik, så att sidans rubrikstruktur håller.',
  },
};

/** One snippet to copy: what it is called, where it is pasted, and when to use it. */
interface Snippet {
  id: string;
  name: string;
  value: string;
  help: TemplateResult;
  /** Where the editor pastes it, for the announcement after copying. */
  destination: string;
}

const CMS = 'ditt publiceringssystem';

/** How many rows a snippet's text area needs at about 70 characters a row, at most 16. */
function snippetRows(value: string): number {
  return Math.min(16, value.split('\n').reduce((sum, line) => sum + Math.ceil((line.length + 1) / 70), 0) + 1);
}

export class SnippetBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    feedUrl: { attribute: 'feed-url' },
    base: {},
    choices: { state: true },
    announcement: { state: true },
    loadedIntegrity: { state: true },
  };

  /** The feed's address as the editor typed it. */
  feedUrl = new URL('feeds/sample.json', document.baseURI).href;

  /** URL of the folder with si-widgets.js and embed.html, for the snippets. */
  base = new URL('./', location.href).href;

  private choices: Choices = {
    widget: definedWidgets().includes('project-card') ? 'project-card' : (definedWidgets()[0] ?? 'project-list'),
    values: { project: 'asif', 'heading-level': '3' },
    lang: '',
    accent: DEFAULT_ACCENT,
    radius: '0.5',
    fallback: true,
    resize: true,
    version: 'major',
  };

  /** The built files' integrity, read from si-widgets.sri.txt beside the page when first asked for. */
  private integrity?: Promise<Record<string, string>>;
  private loadedIntegrity?: Record<string, string>;

  /** Read by screen readers after a copy. */
  private announcement = '';

  private readonly feed = new FeedSubscription(this);
  /** What the snippets describe, worked out once per update. */
  private input!: SnippetInput;
  private preview?: HTMLElement;
  private previewKey = '';

  protected override createRenderRoot(): HTMLElement {
    const sheet = visuallyHiddenStyles.styleSheet;
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return this;
  }

  private choose(patch: Partial<Choices>): void {
    this.choices = { ...this.choices, ...patch };
  }

  private setValue(name: string, value: string): void {
    this.choose({ values: { ...this.choices.values, [name]: value } });
  }

  private loadedFeed(): LoadedFeed | undefined {
    return this.feed.status.status === 'ready' ? this.feed.status.feed : undefined;
  }

  protected override willUpdate(): void {
    this.input = this.describe();
    this.updatePreview();
  }

  /** What the snippets describe, from the choices. */
  private describe(): SnippetInput {
    const { choices } = this;
    const offered = observed(choices.widget);
    const attributes: [string, string][] = [['feed', this.feedUrl.trim()]];
    for (const name of CONTROLLED) {
      if (!offered.has(name)) continue;
      const value = choices.values[name] ?? '';
      if (name === 'structured-data') {
        if (value === 'true') attributes.push([name, '']);
      } else if (name === 'heading-level') {
        if (value && value !== '3') attributes.push([name, value]);
      } else if (value) attributes.push([name, value]);
    }
    const look: [string, string][] = [];
    if (choices.accent.toLowerCase() !== DEFAULT_ACCENT) look.push(['accent', choices.accent]);
    if (choices.radius !== '0.5') look.push(['radius', choices.radius]);
    return {
      base: this.base,
      widget: choices.widget,
      attributes,
      lang: choices.lang || undefined,
      look,
      fallback: choices.fallback ? this.fallback(attributes) : undefined,
      title: this.iframeTitle(offered),
      height: DEFAULT_IFRAME_HEIGHTS[choices.widget] ?? DEFAULT_IFRAME_HEIGHT,
      pin: choices.version === 'exact' ? { version: VERSION, integrity: this.loadedIntegrity ?? {} } : undefined,
    };
  }

  /** The no-JS content: the project's link and summary, or links to the projects. */
  private fallback(attributes: [string, string][]): SnippetInput['fallback'] {
    const feed = this.loadedFeed();
    if (!feed) return undefined;
    const { lang } = this.choices;
    const projectId = attributes.find(([name]) => name === 'project')?.[1];
    const project = projectId ? feed.index.projectsById.get(projectId) : undefined;
    const link = (p: Project) => ({ text: text(feed, p.title, lang) || p.id, href: safeLinkUrl(p.url, feed.baseUrl) });
    if (project) return { links: [link(project)], summary: text(feed, project.summary, lang) || undefined };
    return { links: feed.index.feed.projects.slice(0, 12).map(link) };
  }

  private iframeTitle(offered: ReadonlySet<string>): string {
    const { values, widget, lang } = this.choices;
    const feed = this.loadedFeed();
    const label = WIDGET_LABELS[widget] ?? widget;
    const project = offered.has('project') && values.project ? feed?.index.projectsById.get(values.project) : undefined;
    if (feed && project) return `${label}: ${text(feed, project.title, lang)}`;
    return feed?.index.feed.title ? `${label}: ${text(feed, feed.index.feed.title, lang)}` : label;
  }

  /**
   * The live result: the element itself, made anew only when what it shows changes, from the
   * address the builder subscribed to (not each half-typed one).
   */
  private updatePreview(): void {
    const { widget, attributes, lang } = this.input;
    const shown = attributes.map(([name, value]): [string, string] => [name, name === 'feed' ? this.feed.url : value]);
    const key = JSON.stringify([widget, shown, lang, this.choices.accent, this.choices.radius]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const element = document.createElement(`si-${widget}`);
    for (const [name, value] of shown) element.setAttribute(name, value);
    if (lang) element.setAttribute('lang', lang);
    element.style.setProperty(LOOK_PROPERTIES.accent, this.choices.accent);
    element.style.setProperty(LOOK_PROPERTIES.radius, lookValue('radius', this.choices.radius));
    this.preview = element;
  }

  private async copy(snippet: Snippet): Promise<void> {
    let done = false;
    try {
      await navigator.clipboard.writeText(snippet.value);
      done = true;
    } catch {
      const textarea = this.querySelector<HTMLTextAreaElement>(`#${snippet.id}`);
      if (textarea) {
        textarea.focus();
        textarea.select();
        // The old way, for pages without the asynchronous clipboard (no https, or no permission).
        done = document.execCommand('copy');
      }
    }
    // Cleared first, so that copying the same snippet twice is announced twice.
    this.announcement = '';
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.announcement = done
      ? `${snippet.name} har kopierats och kan klistras in i ${snippet.destination}.`
      : `${snippet.name} kunde inte kopieras automatiskt: texten är markerad, kopiera den med Ctrl+C eller ⌘C.`;
  }

  protected override render(): TemplateResult {
    return html`<div class="sb">
      <form class="sb-form" @submit=${(e: Event) => e.preventDefault()} aria-labelledby="builder-heading">
        ${this.feedFields()} ${this.widgetFields()} ${this.lookFields()} ${this.embeddingFields()}
      </form>
      <section class="sb-preview" aria-labelledby="sb-preview-heading">
        <h3 id="sb-preview-heading">Förhandsvisning</h3>
        <div id="sb-preview-area" class="sb-preview-area">${this.preview}</div>
      </section>
      ${this.snippetsSection()}
    </div>`;
  }

  private feedFields(): TemplateResult {
    const { status } = this.feed;
    const onInput = (e: Event) => (this.feedUrl = (e.target as HTMLInputElement).value);
    return html`<fieldset>
      <legend>Flöde</legend>
      <div class="sb-field">
        <label for="sb-feed">Flödets adress</label>
        <input id="sb-feed" type="url" inputmode="url" autocomplete="url" spellcheck="false" .value=${live(this.feedUrl)}
          aria-describedby="sb-feed-status" @input=${onInput} />
        <p id="sb-feed-status" class="sb-hint ${status.status === 'error' || status.status === 'bad-address' ? 'sb-error' : ''}" role="status">${feedMessage(status)}</p>
      </div>
    </fieldset>`;
  }

  private widgetFields(): TemplateResult {
    const { widget } = this.choices;
    const offered = observed(widget);
    const onChange = (e: Event) => this.choose({ widget: (e.target as HTMLSelectElement).value });
    const feed = this.loadedFeed();
    const context: OptionContext = { feed, choices: this.choices, used: feed && filterChoices(feed.index, feed.index.feed.projects) };
    return html`<fieldset>
      <legend>Widget</legend>
      <div class="sb-field">
        <label for="sb-widget">Vad ska visas?</label>
        <select id="sb-widget" .value=${live(widget)} @change=${onChange}>
          ${definedWidgets().map((w) => html`<option value=${w} ?selected=${w === widget}>${WIDGET_LABELS[w] ?? w}</option>`)}
        </select>
      </div>
      ${CONTROLLED.filter((name) => offered.has(name)).map((name) => this.control(name, context))}
    </fieldset>`;
  }

  private control(name: Controlled, context: OptionContext): TemplateResult {
    const select = SELECTS[name];
    if (select) return this.selectField(name, select.label, select.options(context), select.hint);
    const value = this.choices.values[name] ?? '';
    const id = `sb-attr-${name}`;
    if (name === 'filters') return this.filtersField(value);
    if (name === 'limit') {
      return html`<div class="sb-field">
        <label for=${id}>Högst antal projekt</label>
        <input id=${id} type="number" min="1" inputmode="numeric" .value=${live(value)} @input=${(e: Event) => this.setValue(name, (e.target as HTMLInputElement).value)} />
      </div>`;
    }
    return html`<div class="sb-check">
      <input id=${id} type="checkbox" .checked=${live(value === 'true')} @change=${(e: Event) => this.setValue(name, String((e.target as HTMLInputElement).checked))} />
      <label for=${id}>Beskriv projekten för sökmotorer (schema.org, JSON-LD)</label>
    </div>`;
  }

  private selectField(name: Controlled, label: string, options: Option[], hint?: string): TemplateResult {
    const value = this.choices.values[name] ?? '';
    const id = `sb-attr-${name}`;
    return html`<div class="sb-field">
      <label for=${id}>${label}</label>
      <select id=${id} .value=${live(value)} @change=${(e: Event) => this.setValue(name, (e.target as HTMLSelectElement).value)}>
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>
      ${hint ? html`<p class="sb-hint">${hint}</p>` : nothing}
    </div>`;
  }

  /** The list's visitor controls as checkboxes; `filters` lists the chosen ones in the list's order. */
  private filtersField(value: string): TemplateResult {
    const chosen = new Set(value.split(/\s+/).filter(Boolean));
    const toggle = (filter: string, on: boolean) => {
      const next = FILTER_CONTROLS.map(([n]) => n).filter((n) => (n === filter ? on : chosen.has(n)));
      this.setValue('filters', next.join(' '));
    };
    return html`<fieldset class="sb-group">
      <legend>Filter för besökarna</legend>
      ${FILTER_CONTROLS.map(
        ([filter, label]) => html`<div class="sb-check">
          <input id="sb-filter-${filter}" type="checkbox" .checked=${live(chosen.has(filter))}
            @change=${(e: Event) => toggle(filter, (e.target as HTMLInputElement).checked)} />
          <label for="sb-filter-${filter}">${label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private lookFields(): TemplateResult {
    const { lang, accent, radius } = this.choices;
    const chosen = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<fieldset>
      <legend>Språk och utseende</legend>
      <div class="sb-field">
        <label for="sb-lang">Språk</label>
        <select id="sb-lang" .value=${live(lang)} @change=${(e: Event) => this.choose({ lang: chosen(e) })}>
          ${LANGUAGES.map(([v, l, tag]) => html`<option value=${v} lang=${tag ?? nothing} ?selected=${v === lang}>${l}</option>`)}
        </select>
      </div>
      <div class="sb-field">
        <label for="sb-accent">Accentfärg (länkar och knappar)</label>
        <input id="sb-accent" type="color" .value=${live(accent)} @input=${(e: Event) => this.choose({ accent: chosen(e) })} />
      </div>
      <div class="sb-field">
        <label for="sb-radius">Hörn</label>
        <select id="sb-radius" .value=${live(radius)} @change=${(e: Event) => this.choose({ radius: chosen(e) })}>
          ${RADII.map(([v, l]) => html`<option value=${v} ?selected=${v === radius}>${l}</option>`)}
        </select>
      </div>
    </fieldset>`;
  }

  private embeddingFields(): TemplateResult {
    const { fallback, resize } = this.choices;
    const checked = (e: Event) => (e.target as HTMLInputElement).checked;
    return html`<fieldset>
      <legend>Inbäddning</legend>
      <div class="sb-check">
        <input id="sb-fallback" type="checkbox" .checked=${live(fallback)} @change=${(e: Event) => this.choose({ fallback: checked(e) })} />
        <label for="sb-fallback">Ta med reservinnehåll: länkar som syns innan widgeten är klar och utan JavaScript</label>
      </div>
      <div class="sb-check">
        <input id="sb-resize" type="checkbox" .checked=${live(resize)} @change=${(e: Event) => this.choose({ resize: checked(e) })} />
        <label for="sb-resize">Låt iframen anpassa sin höjd (ett litet skript på din sida)</label>
      </div>
      <div class="sb-field">
        <label for="sb-base">Adress till si-widgets (mappen med si-widgets.js och embed.html)</label>
        <input id="sb-base" type="url" spellcheck="false" .value=${live(this.base)} @input=${(e: Event) => (this.base = (e.target as HTMLInputElement).value)} />
        <p class="sb-hint">Använd huvudversionens adress, <code>…/si-widgets@0/</code>, så når rättelser din sida.</p>
      </div>
      ${this.renderVersionChoice()}
    </fieldset>`;
  }

  /** Major version (fixes arrive by themselves) or this exact version with Subresource Integrity. */
  private renderVersionChoice(): TemplateResult {
    const choose = (version: Choices['version']) => {
      this.choose({ version });
      if (version === 'exact') this.loadIntegrity();
    };
    const exact = this.choices.version === 'exact';
    const missing = exact && this.loadedIntegrity !== undefined && Object.keys(this.loadedIntegrity).length === 0;
    return html`<fieldset class="sb-version">
      <legend>Version</legend>
      <div class="sb-check">
        <input id="sb-version-major" type="radio" name="sb-version" .checked=${live(!exact)} @change=${() => choose('major')} />
        <label for="sb-version-major">Följ version ${VERSION.split('.')[0]} (rekommenderas: rättelser når sidan av sig själva)</label>
      </div>
      <div class="sb-check">
        <input id="sb-version-exact" type="radio" name="sb-version" .checked=${live(exact)} @change=${() => choose('exact')} />
        <label for="sb-version-exact">Lås version ${VERSION} med integritetskontroll (Subresource Integrity); uppdatera koden själv</label>
      </div>
      ${missing ? html`<p class="sb-hint">Ingen si-widgets.sri.txt bredvid sidan: koden får ingen integritetskontroll. Kör <code>npm run build</code>.</p>` : nothing}
    </fieldset>`;
  }

  private loadIntegrity(): void {
    this.integrity ??= fetch(new URL('si-widgets.sri.txt', location.href))
      .then((response) => (response.ok ? response.text() : ''))
      .then(parseSri, () => ({}));
    void this.integrity.then((integrity) => (this.loadedIntegrity = integrity));
  }

  /** The snippets the chosen widget can be embedded with, most capable first. */
  private snippets(): TemplateResult[] {
    const { input } = this;
    const css = lookCss(input.widget, input.look);
    const snippets: (() => Snippet)[] = [
      () => ({
        id: 'sb-snippet-tag',
        name: 'Taggen',
        value: tagSnippet(input),
        help: html`För sidor där du får lägga in skript: skriptet och elementet. Skriptet behövs en gång per sida.
          ${preloadSnippet(input) ? html`Snabbare: lägg också <code>${preloadSnippet(input)}</code> i sidans <code>&lt;head&gt;</code>, så hämtas projektflödet direkt.` : nothing}`,
        destination: CMS,
      }),
      () => ({
        id: 'sb-snippet-div',
        name: 'Div-koden',
        value: divSnippet(input),
        help: html`För redaktörer som inte får lägga in skript (WordPress utan <code>unfiltered_html</code>, Drupal, TinyMCE). Webbplatsens mall måste ha skriptet en gång: <code>${scriptSnippet(input)}</code>`,
        destination: CMS,
      }),
      () => ({
        id: 'sb-snippet-iframe',
        name: 'Iframen',
        value: iframeSnippet(input, { resizeScript: this.choices.resize }),
        help: html`För system som bara tillåter iframes. Höjden ${input.height} px räcker i de flesta bredder; skriptet efter den anpassar höjden.`,
        destination: CMS,
      }),
    ];
    if (css) {
      const help = html`CSS för webbplatsens stilmall: färg och hörn för taggen och div-koden.`;
      snippets.push(() => ({ id: 'sb-snippet-css', name: 'Utseendet', value: css, help, destination: 'webbplatsens stilmall' }));
    }
    return snippets.map((describe) => this.snippetOrProblem(describe));
  }

  /** The snippet, or a message when its URL cannot be built (a half-typed address to si-widgets). */
  private snippetOrProblem(describe: () => Snippet): TemplateResult {
    let snippet: Snippet;
    try {
      snippet = describe();
    } catch {
      return html`<p class="sb-error">Adressen till si-widgets är inte en fullständig URL.</p>`;
    }
    return this.snippetTemplate(snippet);
  }

  private snippetsSection(): TemplateResult {
    return html`<section class="sb-snippets" aria-labelledby="sb-snippets-heading">
      <h3 id="sb-snippets-heading">Kodsnuttar</h3>
      <p>Välj den som ditt publiceringssystem och din behörighet tillåter. Guider: HTML, WordPress, Sitevision och Drupal i mappen <code>docs/</code>.</p>
      <p class="sb-announcement" role="status">${this.announcement}</p>
      ${this.snippets()}
    </section>`;
  }

  private snippetTemplate(snippet: Snippet): TemplateResult {
    const { id, name, value, help } = snippet;
    return html`<section class="sb-snippet" aria-labelledby="${id}-heading">
      <h4 id="${id}-heading">${name}</h4>
      <div class="sb-help" id="${id}-help">${help}</div>
      <label class="visually-hidden" for=${id}>Kodsnutt: ${name}</label>
      <textarea id=${id} readonly rows=${snippetRows(value)} spellcheck="false" aria-describedby="${id}-help" .value=${live(value)}></textarea>
      <button type="button" class="sb-copy" @click=${() => this.copy(snippet)}>Kopiera ${name.toLowerCase()}</button>
    </section>`;
  }
}

customElements.define('snippet-builder', SnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
