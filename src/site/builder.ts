/**
 * The snippet builder on the demo page: a CMS editor picks a feed, a widget, what it shows, a
 * language and a look, sees the result live, and copies the snippet that works in their CMS.
 * Demo-site code, not part of the library: rendered into the page's light DOM, so that labels,
 * fieldsets and the page's own styles work as in any form.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { definedWidgets, siElement } from '../core/define.js';
import { LOOK_PROPERTIES, lookValue } from '../embed/embed-query.js';
import { parseFeed } from '../data/validate.js';
import { resolveText } from '../data/text.js';
import { safeLinkUrl, safeWebUrl } from '../data/url.js';
import { ROLES, PROJECT_STATUSES, type Feed } from '../data/types.js';
import { VERSION } from '../version.js';
import {
  DEFAULT_IFRAME_HEIGHT,
  DEFAULT_IFRAME_HEIGHTS,
  divSnippet,
  iframeSnippet,
  lookCss,
  scriptSnippet,
  tagSnippet,
  type SnippetInput,
} from './snippets.js';

const WIDGET_LABELS: Record<string, string> = {
  'project-list': 'Projektlista',
  'project-card': 'Projektkort',
  'goal-progress': 'Mål och framsteg',
  'partner-list': 'Organisationer',
};

const ROLE_LABELS: Record<string, string> = {
  lead: 'Projektägare',
  partner: 'Partner',
  'need-owner': 'Behovsägare',
  'knowledge-partner': 'Kunskapspartner',
  funder: 'Finansiär',
};

const FILTER_CHOICES: [string, string][] = [
  ['search', 'Sökruta'],
  ['organization', 'Organisation'],
  ['topic', 'Ämne'],
  ['municipality', 'Kommun'],
  ['status', 'Status'],
  ['sort', 'Sortering'],
];

const STATUS_LABELS: Record<string, string> = { planned: 'Planerat', active: 'Pågående', completed: 'Avslutat' };

const LANGUAGES: [string, string, string?][] = [
  ['', 'Sidans språk'],
  ['sv', 'Svenska', 'sv'],
  ['en', 'English', 'en'],
  ['ar', 'العربية', 'ar'],
];

const RADII: [string, string][] = [
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

type FeedStatus = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; feed: Feed; url: string } | { kind: 'error'; message: string };

interface BuilderState {
  feedUrl: string;
  feed: FeedStatus;
  widget: string;
  values: Record<string, string>;
  lang: string;
  accent: string;
  radius: string;
  fallback: boolean;
  base: string;
  resize: boolean;
  announcement: string;
}

function observed(widget: string): Set<string> {
  return new Set(siElement(`si-${widget}`)?.observedAttributes ?? []);
}

function text(feed: Feed, value: Parameters<typeof resolveText>[0], lang: string): string {
  return resolveText(value, lang || 'sv', feed.language)?.text ?? '';
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'sv'));
}

export class SnippetBuilder {
  private state: BuilderState;
  private feedTimer?: ReturnType<typeof setTimeout>;
  private feedRequest?: AbortController;
  private previewKey = '';

  constructor(
    private readonly root: HTMLElement,
    options: { feedUrl?: string; base?: string } = {},
  ) {
    const widgets = definedWidgets();
    this.state = {
      feedUrl: options.feedUrl ?? new URL('feeds/sample.json', document.baseURI).href,
      feed: { kind: 'idle' },
      widget: widgets.includes('project-card') ? 'project-card' : widgets[0] ?? 'project-list',
      values: { project: 'asif', 'heading-level': '3' },
      lang: '',
      accent: DEFAULT_ACCENT,
      radius: '0.5',
      fallback: true,
      base: options.base ?? new URL('./', location.href).href,
      resize: true,
      announcement: '',
    };
    this.loadFeed();
  }

  private set(patch: Partial<BuilderState>): void {
    this.state = { ...this.state, ...patch };
    this.update();
  }

  private setValue(name: string, value: string): void {
    this.set({ values: { ...this.state.values, [name]: value } });
  }

  private onFeedInput(value: string): void {
    this.set({ feedUrl: value });
    clearTimeout(this.feedTimer);
    this.feedTimer = setTimeout(() => this.loadFeed(), 500);
  }

  private async loadFeed(): Promise<void> {
    this.feedRequest?.abort();
    const controller = new AbortController();
    this.feedRequest = controller;
    const url = safeWebUrl(this.state.feedUrl.trim(), document.baseURI);
    if (!url) {
      this.set({ feed: { kind: 'error', message: 'Ange flödets adress som en http- eller https-adress.' } });
      return;
    }
    this.set({ feed: { kind: 'loading' } });
    let status: FeedStatus;
    try {
      const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
      if (!response.ok) throw new Error(`servern svarade med felkod ${response.status}`);
      const parsed = parseFeed(await response.text());
      status = parsed.ok
        ? { kind: 'ready', feed: parsed.feed, url }
        : { kind: 'error', message: 'Flödet kunde inte läsas: det är inte ett giltigt projektflöde (se konsolen).' };
      if (!parsed.ok) console.error('[si-widgets builder]', parsed.problem);
    } catch (error) {
      if (controller.signal.aborted) return;
      status = {
        kind: 'error',
        message: `Flödet kunde inte hämtas (${error instanceof Error ? error.message : String(error)}). Kontrollera adressen, och att flödets server skickar Access-Control-Allow-Origin.`,
      };
    }
    if (this.feedRequest === controller) this.set({ feed: status });
  }

  /** What the snippets describe, from the state. */
  private input(): SnippetInput {
    const { state } = this;
    const offered = observed(state.widget);
    const attributes: [string, string][] = [['feed', state.feedUrl.trim()]];
    for (const name of CONTROLLED) {
      if (!offered.has(name)) continue;
      const value = state.values[name] ?? '';
      if (name === 'structured-data') {
        if (value === 'true') attributes.push([name, '']);
      } else if (name === 'heading-level') {
        if (value && value !== '3') attributes.push([name, value]);
      } else if (value) attributes.push([name, value]);
    }
    const look: [string, string][] = [];
    if (state.accent.toLowerCase() !== DEFAULT_ACCENT) look.push(['accent', state.accent]);
    if (state.radius !== '0.5') look.push(['radius', state.radius]);
    return {
      base: state.base,
      widget: state.widget,
      attributes,
      lang: state.lang || undefined,
      look,
      fallback: state.fallback ? this.fallback(attributes) : undefined,
      title: this.iframeTitle(offered),
      height: DEFAULT_IFRAME_HEIGHTS[state.widget] ?? DEFAULT_IFRAME_HEIGHT,
    };
  }

  /** The no-JS content: the project's link and summary, or links to the projects. */
  private fallback(attributes: [string, string][]): SnippetInput['fallback'] {
    const { feed, lang } = this.state;
    if (feed.kind !== 'ready') return undefined;
    const projectId = attributes.find(([name]) => name === 'project')?.[1];
    const project = projectId ? feed.feed.projects.find((p) => p.id === projectId) : undefined;
    const link = (p: Feed['projects'][number]) => ({ text: text(feed.feed, p.title, lang) || p.id, href: safeLinkUrl(p.url, feed.url) });
    if (project) return { links: [link(project)], summary: text(feed.feed, project.summary, lang) || undefined };
    return { links: feed.feed.projects.slice(0, 12).map(link) };
  }

  private iframeTitle(offered: ReadonlySet<string>): string {
    const { feed, values, widget, lang } = this.state;
    const label = WIDGET_LABELS[widget] ?? widget;
    if (feed.kind === 'ready' && offered.has('project') && values.project) {
      const project = feed.feed.projects.find((p) => p.id === values.project);
      if (project) return `${label}: ${text(feed.feed, project.title, lang)}`;
    }
    return feed.kind === 'ready' && feed.feed.title ? `${label}: ${text(feed.feed, feed.feed.title, lang)}` : label;
  }

  private async copy(name: string, value: string, textarea: HTMLTextAreaElement | null): Promise<void> {
    let done = false;
    try {
      await navigator.clipboard.writeText(value);
      done = true;
    } catch {
      if (textarea) {
        textarea.focus();
        textarea.select();
        // The old way, for pages without the asynchronous clipboard (no https, or no permission).
        done = document.execCommand('copy');
      }
    }
    // Cleared first, so that copying the same snippet twice is announced twice.
    this.set({ announcement: '' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.set({
      announcement: done
        ? `${name} har kopierats. Klistra in den i ditt publiceringssystem.`
        : `${name} kunde inte kopieras automatiskt: texten är markerad, kopiera den med Ctrl+C eller ⌘C.`,
    });
  }

  update(): void {
    const input = this.input();
    render(this.template(input), this.root);
    this.updatePreview(input);
  }

  /** The live result: the element itself, re-created only when the snippet changes. */
  private updatePreview(input: SnippetInput): void {
    const container = this.root.querySelector<HTMLElement>('#sb-preview-area');
    if (!container) return;
    const key = JSON.stringify([input.widget, input.attributes, input.lang, input.look]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const element = document.createElement(`si-${input.widget}`);
    for (const [name, value] of input.attributes) element.setAttribute(name, value);
    if (input.lang) element.setAttribute('lang', input.lang);
    element.style.setProperty(LOOK_PROPERTIES.accent, this.state.accent);
    element.style.setProperty(LOOK_PROPERTIES.radius, lookValue('radius', this.state.radius));
    container.replaceChildren(element);
  }

  private control(name: (typeof CONTROLLED)[number]): TemplateResult | typeof nothing {
    const { state } = this;
    const feed = state.feed.kind === 'ready' ? state.feed.feed : undefined;
    const value = state.values[name] ?? '';
    const id = `sb-attr-${name}`;
    const select = (label: string, options: [string, string][], hint?: string) => html`<div class="sb-field">
      <label for=${id}>${label}</label>
      <select id=${id} .value=${live(value)} @change=${(e: Event) => this.setValue(name, (e.target as HTMLSelectElement).value)}>
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>
      ${hint ? html`<p class="sb-hint">${hint}</p>` : nothing}
    </div>`;
    const any: [string, string] = ['', 'Alla'];
    switch (name) {
      case 'project':
        return select(
          'Projekt',
          feed ? feed.projects.map((p) => [p.id, text(feed, p.title, state.lang) || p.id]) : value ? [[value, value]] : [],
        );
      case 'goal': {
        const project = feed?.projects.find((p) => p.id === state.values.project);
        return select('Mål', [['', 'Alla projektets mål'], ...(project?.goals ?? []).map((g): [string, string] => [g.id, feed ? text(feed, g.title, state.lang) : g.id])]);
      }
      case 'organization':
        return select('Organisation', [any, ...(feed?.organizations ?? []).map((o): [string, string] => [o.id, feed ? text(feed, o.name, state.lang) || o.id : o.id])]);
      case 'organization-role':
        return select('Organisationens roll', [any, ...ROLES.map((r): [string, string] => [r, ROLE_LABELS[r] ?? r])]);
      case 'topic':
        return select('Ämne', [any, ...distinct(feed?.projects.flatMap((p) => p.topics ?? []) ?? []).map((t): [string, string] => [t, t])]);
      case 'municipality':
        return select('Kommun', [any, ...distinct(feed?.projects.flatMap((p) => p.municipalities ?? []) ?? []).map((m): [string, string] => [m, m])]);
      case 'status':
        return select('Status', [any, ...PROJECT_STATUSES.map((s): [string, string] => [s, STATUS_LABELS[s] ?? s])]);
      case 'layout':
        return select('Visning', [['', 'Lista'], ['logos', 'Logotyper']]);
      case 'limit':
        return html`<div class="sb-field">
          <label for=${id}>Högst antal projekt</label>
          <input id=${id} type="number" min="1" inputmode="numeric" .value=${live(value)} @input=${(e: Event) => this.setValue(name, (e.target as HTMLInputElement).value)} />
        </div>`;
      case 'filters': {
        const chosen = new Set(value.split(/\s+/).filter(Boolean));
        const toggle = (name: string, on: boolean) => {
          const next = FILTER_CHOICES.map(([n]) => n).filter((n) => (n === name ? on : chosen.has(n)));
          this.setValue('filters', next.join(' '));
        };
        return html`<fieldset class="sb-group">
          <legend>Filter för besökarna</legend>
          ${FILTER_CHOICES.map(
            ([filter, label]) => html`<div class="sb-check">
              <input id="sb-filter-${filter}" type="checkbox" .checked=${live(chosen.has(filter))}
                @change=${(e: Event) => toggle(filter, (e.target as HTMLInputElement).checked)} />
              <label for="sb-filter-${filter}">${label}</label>
            </div>`,
          )}
        </fieldset>`;
      }
      case 'heading-level':
        return select(
          'Rubriknivå',
          ['1', '2', '3', '4', '5', '6'].map((l): [string, string] => [l, `h${l}${l === '3' ? ' (standard)' : ''}`]),
          'Välj nivån under sidans närmaste rubrik, så att sidans rubrikstruktur håller.',
        );
      case 'structured-data':
        return html`<div class="sb-check">
          <input id=${id} type="checkbox" .checked=${live(value === 'true')} @change=${(e: Event) => this.setValue(name, String((e.target as HTMLInputElement).checked))} />
          <label for=${id}>Beskriv projekten för sökmotorer (schema.org, JSON-LD)</label>
        </div>`;
    }
  }

  private snippet(id: string, name: string, value: string, help: TemplateResult): TemplateResult {
    const rows = Math.min(16, value.split('\n').reduce((sum, line) => sum + Math.ceil((line.length + 1) / 70), 0) + 1);
    return html`<section class="sb-snippet" aria-labelledby="${id}-heading">
      <h4 id="${id}-heading">${name}</h4>
      <div class="sb-help" id="${id}-help">${help}</div>
      <label class="visually-hidden" for=${id}>Kodsnutt: ${name}</label>
      <textarea id=${id} readonly rows=${rows} spellcheck="false" aria-describedby="${id}-help" .value=${live(value)}></textarea>
      <button type="button" class="sb-copy" @click=${() => this.copy(name, value, this.root.querySelector<HTMLTextAreaElement>(`#${id}`))}>
        Kopiera ${name.toLowerCase()}
      </button>
    </section>`;
  }

  private template(input: SnippetInput): TemplateResult {
    const { state } = this;
    const widgets = definedWidgets();
    const offered = observed(state.widget);
    const css = lookCss(state.widget, input.look);
    const feedMessage =
      state.feed.kind === 'loading'
        ? 'Hämtar flödet…'
        : state.feed.kind === 'ready'
          ? `Flödet har ${state.feed.feed.projects.length} projekt och ${state.feed.feed.organizations.length} organisationer.`
          : state.feed.kind === 'error'
            ? state.feed.message
            : '';
    return html`<div class="sb">
      <form class="sb-form" @submit=${(e: Event) => e.preventDefault()} aria-labelledby="builder-heading">
        <fieldset>
          <legend>Flöde</legend>
          <div class="sb-field">
            <label for="sb-feed">Flödets adress</label>
            <input id="sb-feed" type="url" inputmode="url" autocomplete="url" spellcheck="false" .value=${live(state.feedUrl)}
              aria-describedby="sb-feed-status" @input=${(e: Event) => this.onFeedInput((e.target as HTMLInputElement).value)} />
            <p id="sb-feed-status" class="sb-hint ${state.feed.kind === 'error' ? 'sb-error' : ''}" role="status">${feedMessage}</p>
          </div>
        </fieldset>
        <fieldset>
          <legend>Widget</legend>
          <div class="sb-field">
            <label for="sb-widget">Vad ska visas?</label>
            <select id="sb-widget" .value=${live(state.widget)} @change=${(e: Event) => this.set({ widget: (e.target as HTMLSelectElement).value })}>
              ${widgets.map((w) => html`<option value=${w} ?selected=${w === state.widget}>${WIDGET_LABELS[w] ?? w}</option>`)}
            </select>
          </div>
          ${CONTROLLED.filter((name) => offered.has(name)).map((name) => this.control(name))}
        </fieldset>
        <fieldset>
          <legend>Språk och utseende</legend>
          <div class="sb-field">
            <label for="sb-lang">Språk</label>
            <select id="sb-lang" .value=${live(state.lang)} @change=${(e: Event) => this.set({ lang: (e.target as HTMLSelectElement).value })}>
              ${LANGUAGES.map(([v, l, lang]) => html`<option value=${v} lang=${lang ?? nothing} ?selected=${v === state.lang}>${l}</option>`)}
            </select>
          </div>
          <div class="sb-field">
            <label for="sb-accent">Accentfärg (länkar och knappar)</label>
            <input id="sb-accent" type="color" .value=${live(state.accent)} @input=${(e: Event) => this.set({ accent: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="sb-field">
            <label for="sb-radius">Hörn</label>
            <select id="sb-radius" .value=${live(state.radius)} @change=${(e: Event) => this.set({ radius: (e.target as HTMLSelectElement).value })}>
              ${RADII.map(([v, l]) => html`<option value=${v} ?selected=${v === state.radius}>${l}</option>`)}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>Inbäddning</legend>
          <div class="sb-check">
            <input id="sb-fallback" type="checkbox" .checked=${live(state.fallback)} @change=${(e: Event) => this.set({ fallback: (e.target as HTMLInputElement).checked })} />
            <label for="sb-fallback">Ta med reservinnehåll: länkar som syns innan widgeten är klar och utan JavaScript</label>
          </div>
          <div class="sb-check">
            <input id="sb-resize" type="checkbox" .checked=${live(state.resize)} @change=${(e: Event) => this.set({ resize: (e.target as HTMLInputElement).checked })} />
            <label for="sb-resize">Låt iframen anpassa sin höjd (ett litet skript på din sida)</label>
          </div>
          <div class="sb-field">
            <label for="sb-base">Adress till si-widgets (mappen med si-widgets.js och embed.html)</label>
            <input id="sb-base" type="url" spellcheck="false" .value=${live(state.base)} @input=${(e: Event) => this.set({ base: (e.target as HTMLInputElement).value })} />
            <p class="sb-hint">Använd en adress med versionsnummer (${VERSION}), så kan den cachas länge.</p>
          </div>
        </fieldset>
      </form>
      <section class="sb-preview" aria-labelledby="sb-preview-heading">
        <h3 id="sb-preview-heading">Förhandsvisning</h3>
        <div id="sb-preview-area" class="sb-preview-area"></div>
      </section>
      <section class="sb-snippets" aria-labelledby="sb-snippets-heading">
        <h3 id="sb-snippets-heading">Kodsnuttar</h3>
        <p>Välj den som ditt publiceringssystem och din behörighet tillåter. Guider: HTML, WordPress, Sitevision och Drupal i mappen <code>docs/</code>.</p>
        <p class="sb-announcement" role="status">${state.announcement}</p>
        ${this.safe(() => this.snippet('sb-snippet-tag', 'Taggen', tagSnippet(input), html`För sidor där du får lägga in skript: skriptet och elementet. Skriptet behövs en gång per sida.`))}
        ${this.safe(() =>
          this.snippet(
            'sb-snippet-div',
            'Div-koden',
            divSnippet(input),
            html`För redaktörer som inte får lägga in skript (WordPress utan <code>unfiltered_html</code>, Drupal, TinyMCE). Webbplatsens mall måste ha skriptet en gång: <code>${scriptSnippet(input)}</code>`,
          ),
        )}
        ${this.safe(() =>
          this.snippet(
            'sb-snippet-iframe',
            'Iframen',
            iframeSnippet(input, { resizeScript: state.resize }),
            html`För system som bara tillåter iframes. Höjden ${input.height} px räcker i de flesta bredder; skriptet efter den anpassar höjden.`,
          ),
        )}
        ${css
          ? this.snippet('sb-snippet-css', 'Utseendet', css, html`CSS för webbplatsens stilmall: färg och hörn för taggen och div-koden.`)
          : nothing}
      </section>
    </div>`;
  }

  /** A snippet whose URL cannot be built (a half-typed address) says so instead of breaking the page. */
  private safe(build: () => TemplateResult): TemplateResult {
    try {
      return build();
    } catch {
      return html`<p class="sb-error">Adressen till si-widgets är inte en fullständig URL.</p>`;
    }
  }
}

const root = document.getElementById('snippet-builder-root');
if (root) new SnippetBuilder(root).update();
