import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { ShareLinkController, type ShareOutcome } from '../../core/controllers/share-link.js';
import { SiFeedElement, type Selection } from '../../core/feed-element.js';
import type { LoadedFeed } from '../../core/feed-store.js';
import { findProject } from '../../core/find-project.js';
import { prepareFormatters } from '../../data/format.js';
import { say } from '../../data/message.js';
import { localDay } from '../../data/ended.js';
import { DEFAULT_LANGUAGE } from '../../data/text.js';
import { list, type WordList } from '../../core/attributes.js';
import { renderAttributions, renderFacts, renderLeads, renderSkeletonCard, renderSummary, type LangOf } from '../../core/project-parts.js';
import { nameMunicipalitiesSoon, projectView, type ProjectView } from '../../core/project-view.js';
import { projectDetails, type ProjectDetails } from './card-details.js';
import { projectPartStyles } from '../../core/project-parts.styles.js';
import { baseStyles } from '../../core/styles.js';
import type { Project } from '../../data/types.js';
import { projectCardStyles } from './project-card.styles.js';
import { CARD_PARTS, renderContacts, renderFunding, renderImage, renderLinks, renderPlaces, renderUpdated, type CardPart } from './card-parts.js';

interface CardView extends ProjectView {
  details: ProjectDetails;
}

/**
 * One project of the feed as a card: its image, its title linking to the project, its status and
 * period, its lead organisation, its summary and its topics, where it works (a municipality's code
 * shown by its name), its funding ("4 200 000 kr från … via …") and total budget, its funders'
 * logos with the words they require, its contacts (`mailto:` and `tel:` links), its links by kind,
 * and the date its entry last changed. `hide` leaves parts out for a compact card; a funder's
 * required attribution is shown whatever `hide` says.
 *
 * With `share`, a button shares a link to the project: the device's share sheet where there is one
 * (Web Share API), else the link is copied, and a polite live region says so. The link is the
 * project's `url`, else the page's address with `#si-project-<id>`: a card whose project the
 * address names is scrolled into view and highlighted. Printed, the card shows no button, and each
 * link's address follows its text.
 *
 * @tag si-project-card
 * @summary Shows one project of a feed.
 *
 * @attr feed - URL of the JSON feed, or `#id` of an inline `<script type="application/json">`.
 * @attr project - The `id` of the project to show.
 * @attr share - Add a button that shares (or copies) a link to the project.
 * @attr hide - Parts to leave out, space-separated: `image funding contacts links places updated`. A funder's attribution and its logo are never hidden.
 * @attr {number} timeout - Milliseconds before a hanging feed request is given up (default 10000).
 * @attr heading-level - Level of the card's heading (default 3).
 * @attr theme - `light`, `dark` or `auto` (the OS setting); unset follows the page's `color-scheme`.
 * @attr structured-data - Also describe the project as schema.org `Project` JSON-LD in the light DOM.
 * @attr state - Reflected: `loading`, `ready` or `error` (also when the project is not in the feed).
 * @attr {string} lang - The language of the card's words and of the feed text it picks; by default the
 *   closest `lang` around it. The element sets `dir` itself (`rtl` for Arabic) unless you do.
 *
 * @slot - Fallback content, shown until the feed is ready (e.g. a link to the project page).
 *
 * @fires si-project-open - A visitor followed a project's link (click, Enter or middle click). `detail: { project, url, element }`. Bubbles, composed.
 *
 * @csspart card - The card's `<article>`.
 * @csspart title - The card's heading.
 * @csspart link - The link in the heading.
 * @csspart facts - The line with the project's status and period.
 * @csspart status - The project's status ("Pågående").
 * @csspart period - The project's period ("1 mars 2024 – 31 december 2026").
 * @csspart leads - The line naming the lead organisation.
 * @csspart lead-logo - The lead organisation's logo, when the feed has one and one organisation leads.
 * @csspart summary - The summary.
 * @csspart topics - The list of topics.
 * @csspart image - The project's image (a `<figure>`).
 * @csspart image-credit - The image's credit ("Foto: …").
 * @csspart places - The line naming the municipalities and the scope.
 * @csspart funding - The list of funding lines.
 * @csspart budget - The total budget.
 * @csspart attributions - The funders' logos and required attributions.
 * @csspart attribution - One funder's logo and attribution.
 * @csspart logo - A funder's logo.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart links - The list of the project's links.
 * @csspart link-type - A link's kind ("Rapport").
 * @csspart related-link - One of the project's links.
 * @csspart updated - "Uppdaterad 12 mars 2026".
 * @csspart share-button - The "copy link" (or "share") button, with `share`.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The message shown when the feed or the project cannot be shown.
 * @csspart retry-button - The error message's "try again" button.
 * @csspart live-region - The visually hidden status region.
 *
 * @cssprop [--si-color-accent=#0a5a9c] - Links, buttons and focus.
 * @cssprop [--si-color-on-accent=#ffffff] - Text on accent-coloured buttons; keep 4.5:1 against the accent.
 * @cssprop [--si-color-text=#1b1f24] - Text.
 * @cssprop [--si-color-text-muted=#4d5763] - Secondary text.
 * @cssprop [--si-color-surface=#ffffff] - Background of the card.
 * @cssprop [--si-color-background=transparent] - Background of the whole element (#14181c when `theme` makes it dark).
 * @cssprop [--si-color-border=#c5ccd3] - Borders.
 * @cssprop [--si-color-track=#e3e8ed] - The image's box until the image arrives.
 * @cssprop [--si-color-focus=#0a5a9c] - Focus outline.
 * @cssprop [--si-color-error=#a4161a] - Error accent.
 * @cssprop [--si-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--si-font-size=1em] - Base text size, relative to the page's (never `rem`-based).
 * @cssprop [--si-radius=0.5em] - Corner radius.
 * @cssprop [--si-space=1em] - Padding inside the card.
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
 * @cssprop [--si-color-tag-background=#eef1f4] - Background of the topic tags.
 * @cssprop [--si-loading-min-block-size] - The earlier name of `--si-card-min-block-size`, still read when that is not set.
 */
export class SiProjectCard extends SiFeedElement<CardView> {
  static styles = [baseStyles, projectPartStyles, projectCardStyles];

  static override properties: PropertyDeclarations = {
    project: {},
    share: { type: Boolean },
    today: { attribute: false },
    hide: {},
    shareMessage: { state: true },
  };

  /** The `id` of the project to show. */
  project?: string;

  /** Add a button that shares (or copies) a link to the project. */
  share = false;

  /**
   * The day (`YYYY-MM-DD`) the card judges the project's status on: an `active` project whose `end`
   * is before it is shown as ended. Unset: the visitor's today. For previews and tests.
   */
  today?: string;

  /** Parts to leave out, space-separated: `image funding contacts links places updated`. */
  hide?: WordList<CardPart, ' '>;

  /** The parts `hide` leaves out, read by readAttributes(). */
  private hiddenParts: readonly CardPart[] = [];

  /** What the last share did, said in the live region. */
  private shareMessage = '';
  private readonly shareLink = new ShareLinkController(this);
  /** The project the card last scrolled to because the address named it. */
  private scrolledTo?: string;

  protected readyAnnouncement(): string {
    return this.shareMessage;
  }

  protected updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.state === 'ready' ? this.project : undefined;
    if (id === undefined || !this.shareLink.isTarget(id)) this.scrolledTo = undefined;
    else if (this.scrolledTo !== id) {
      this.scrolledTo = id;
      this.scrollIntoView({ block: 'start' });
    }
  }

  private async shareProject({ id, url, title }: ProjectView): Promise<void> {
    const link = this.shareLink.linkFor(id, url);
    const outcome = await this.shareLink.share(link, title.text);
    // Emptied first, so that the same sentence twice is said twice.
    this.shareMessage = '';
    await this.updateComplete;
    this.shareMessage = this.inOwnWords(() => shareMessage(outcome, link));
  }

  private renderShare(project: ProjectView): TemplateResult | typeof nothing {
    if (!this.share) return nothing;
    const label = this.shareLink.canShare ? msg('Dela länk') : msg('Kopiera länk');
    return html`<p class="share"><button type="button" class="secondary" part="share-button" @click=${() => this.shareProject(project)}>${label}</button></p>`;
  }

  protected readAttributes(): void {
    super.readAttributes();
    this.hiddenParts = list(this, 'hide', this.hide, CARD_PARTS, { kind: 'part', separator: /\s+/ });
  }

  protected renderSkeleton(): TemplateResult {
    return renderSkeletonCard('card');
  }

  /** One project, not a list of them. */
  protected loadingLabel(): string {
    return msg('Laddar projektet…');
  }

  protected select(feed: LoadedFeed): Selection<CardView> {
    const project = findProject(feed, this.project, this.locale);
    if ('state' in project) return project;
    const { index, baseUrl } = feed;
    nameMunicipalitiesSoon(index.feed, () => this.requestUpdate());
    const view = projectView(index, project, this.language, baseUrl, this.today ?? localDay());
    return { state: 'ready', view: { ...view, details: projectDetails(index, project, this.language, baseUrl) } };
  }

  protected prepareWhileLoading(): void {
    // The project's period ("1 mars 2024 – 31 december 2026"), lead names ("A och B"), amounts.
    prepareFormatters(this.locale, ['date', 'list', 'number']);
  }

  protected describedProjects(view: CardView, feed: LoadedFeed): Project[] {
    const project = feed.index.projectsById.get(view.id);
    return project ? [project] : [];
  }

  /**
   * What the feed says beyond a list's item, less what `hide` leaves out; funders' attributions
   * always. In the order a reader asks: who pays, who to ask, where to read more, how fresh it is.
   */
  private renderDetails({ details, attributions }: CardView, langOf: LangOf): TemplateResult | typeof nothing {
    const { locale } = this;
    const shown = (part: CardPart) => !this.hiddenParts.includes(part);
    // Without the funding, a funder stays only where it requires its attribution.
    const funders = shown('funding') ? details.funders : attributions;
    const pieces = [
      shown('funding') ? renderFunding(details, langOf, locale) : nothing,
      renderAttributions(funders, langOf, locale),
      shown('contacts') ? renderContacts(details, langOf) : nothing,
      shown('links') ? renderLinks(details, langOf) : nothing,
      shown('updated') ? renderUpdated(details, locale) : nothing,
    ];
    // Most cards have none of these: no template (and its five parts) for nothing.
    if (pieces.every((piece) => piece === nothing)) return nothing;
    const [funding, attributionList, contacts, links, updated] = pieces;
    return html`${funding}${attributionList}${contacts}${links}${updated}`;
  }

  /** The `lang` of the feed's plain strings (topics, places) where it is not the card's. */
  private feedTextLang(feed: LoadedFeed): string | undefined {
    return this.langOf({ text: '', lang: feed.index.feed.language ?? DEFAULT_LANGUAGE });
  }

  protected renderView(project: CardView, feed: LoadedFeed): TemplateResult {
    const langOf = this.langOf.bind(this);
    const locale = this.locale;
    const tag = this.headingTag();
    const image = this.hiddenParts.includes('image') ? nothing : renderImage(project.details, langOf);
    const places = this.hiddenParts.includes('places') ? nothing : renderPlaces(project.details, this.feedTextLang(feed), locale);
    const facts = renderFacts(project, locale);
    const leads = renderLeads(project, langOf, locale);
    const summary = renderSummary(project, langOf);
    const topics = this.renderTopics(project, feed);
    const details = this.renderDetails(project, langOf);
    const share = this.renderShare(project);
    const { title, url } = project;
    const targeted = this.shareLink.isTarget(project.id) ? 'card panel targeted' : 'card panel';
    const titleLang = ifDefined(langOf(title));
    // renderProjectTitle's heading and link, written into the card's own template (one nested
    // template less per card; keep the two alike), and no whitespace between the blocks: see
    // project-parts.ts. Status, period and places share one meta line under the title.
    return url
      ? staticHtml`<article class=${targeted} part="card" data-project=${project.id}
          >${image}<${tag} class="title" part="title" dir="auto" lang=${titleLang}
            ><a href=${url} rel="noopener noreferrer" part="link" .textContent=${title.text}></a
          ></${tag}
          ><div class="meta">${facts}${places}</div>${leads}${summary}${topics}${details}${share}</article
        >`
      : staticHtml`<article class=${targeted} part="card" data-project=${project.id}
          >${image}<${tag} class="title" part="title" dir="auto" lang=${titleLang} .textContent=${title.text}></${tag}
          ><div class="meta">${facts}${places}</div>${leads}${summary}${topics}${details}${share}</article
        >`;
  }

  private renderTopics({ topics }: ProjectView, feed: LoadedFeed): HTMLUListElement | typeof nothing {
    if (topics.length === 0) return nothing;
    // Topics are plain strings in the feed's language (a Swedish keyword in an Arabic card).
    return topicList(topics, msg('Ämnen'), this.feedTextLang(feed));
  }
}

/** What the live region says after the share button: `link` is named when it could not be copied. */
function shareMessage(outcome: ShareOutcome, link: string): string {
  switch (outcome) {
    case 'shared':
      return msg('Länken är delad.');
    case 'copied':
      return msg('Länken är kopierad.');
    case 'cancelled':
      return '';
    case 'failed':
      return say(msg('Länken kunde inte kopieras. Den är {link}'), { link });
  }
}

/**
 * `<ul class="topics" part="topics" role="list" aria-label="Ämnen">` with one `<li>` per topic,
 * made directly rather than as templates: a nested template for the list and one per topic cost
 * every card a clone, a tree walk and marker comments per topic (docs/performance.md). Lit renders
 * the element as it is and replaces it on the next render; `textContent` is never parsed as HTML.
 */
function topicList(topics: readonly string[], label: string, lang: string | undefined): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'topics';
  list.setAttribute('part', 'topics');
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', label);
  for (const topic of topics) {
    const item = document.createElement('li');
    item.className = 'topic';
    item.dir = 'auto';
    if (lang !== undefined) item.lang = lang;
    item.textContent = topic;
    list.append(item);
  }
  return list;
}

declare global {
  interface HTMLElementTagNameMap {
    'si-project-card': SiProjectCard;
  }
}
