/**
 * Templates for the pieces of a project that several elements show.
 *
 * Flat on purpose: a page may show a thousand of these, and every nested template costs each one
 * a clone, a walk over its nodes and marker comments (docs/performance.md). So each piece is one
 * template, its optional parts chosen whole, and there is no whitespace between elements where it
 * renders nothing (block and flex children): it would only cost a text node each. Lines break inside
 * tags (`…</span\n><span …`), where whitespace is not text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { formatDate, formatListParts, formatPeriod } from '../data/format.js';
import { say } from '../data/message.js';
import type { ResolvedText } from '../data/text.js';
import type { FunderView, ProjectView } from './project-view.js';
import { leadsLabel, projectStatusName, roleName } from './words.js';

export type LangOf = (text: ResolvedText | undefined) => string | undefined;

/**
 * The project's title as a heading; the title itself is the link, so the link's name is the
 * project's name (WCAG 2.4.4, 2.5.3). `dir="auto"` keeps a stray bidi control in the feed from
 * reversing the rest of the text. `<si-project-card>` writes the same heading into its own
 * template (one nested template less per card): change both together.
 */
export function renderProjectTitle(project: ProjectView, tag: StaticValue, langOf: LangOf): TemplateResult {
  const { title, url } = project;
  const lang = ifDefined(langOf(title));
  return staticHtml`<${tag} class="title" part="title" dir="auto" lang=${lang}>${
    url ? html`<a href=${url} rel="noopener noreferrer" part="link" .textContent=${title.text}></a>` : title.text
  }</${tag}>`;
}

/**
 * "Projektägare: Malmö universitet", after the lead's logo when the feed has one (its `alt` is empty:
 * the name is written beside it); nothing when the feed names no lead. `locale` is the language
 * of the element's words, so several leads read "A, B och C" / "A, B, and C" / "A وB وC"; each name
 * keeps its own `lang` when it is in another language than the words.
 */
export function renderLeads(project: ProjectView, langOf: LangOf, locale: string): TemplateResult | typeof nothing {
  const { leads } = project;
  if (leads.length === 0) return nothing;
  // The space after the label is text in the line: "Projektägare: Malmö universitet".
  if (leads.length === 1) {
    // One name is its own list in every language: no Intl.ListFormat, no nested template.
    const [lead] = leads;
    const logo = project.leadLogo;
    const label = leadsLabel(1, locale);
    const lang = ifDefined(langOf(lead));
    // Without a logo, no part for one: most leads have none, and a part costs every card.
    if (!logo) {
      return html`<p class="leads" part="leads"><span class="label" .textContent=${label}></span> <span dir="auto" lang=${lang} .textContent=${lead.text}></span></p>`;
    }
    return html`<p class="leads" part="leads"
      >${renderLogo(logo, '', undefined, 'lead-logo')}<span class="label" .textContent=${label}></span> <span
        dir="auto"
        lang=${lang}
        .textContent=${lead.text}
      ></span
    ></p>`;
  }
  const parts = formatListParts(
    leads.map((lead) => lead.text),
    locale,
  );
  // The names in a span of their own, so that the space after the label sits between two
  // elements: beside Lit's marker comment, Chromium leaves it out of what assistive tech reads.
  return html`<p class="leads" part="leads"
    ><span class="label" .textContent=${leadsLabel(leads.length, locale)}></span> <span
      >${parts.map((part) =>
        part.item === undefined
          ? part.value
          : html`<span dir="auto" lang=${ifDefined(langOf(leads[part.item]))} .textContent=${part.value}></span>`,
      )}</span
    ></p
  >`;
}

export function renderSummary(project: ProjectView, langOf: LangOf): TemplateResult | typeof nothing {
  const { summary } = project;
  if (!summary) return nothing;
  return html`<p class="summary" part="summary" dir="auto" lang=${ifDefined(langOf(summary))} .textContent=${summary.text}></p>`;
}

/** "1 mars 2024 – 31 december 2026", "Från 1 mars 2024", "Till 31 december 2026", or nothing. */
export function projectPeriodText(start: string | undefined, end: string | undefined, locale: string): string | undefined {
  if (start && end) {
    const period = formatPeriod(start, end, locale);
    if (period) return period;
  }
  const from = formatDate(start, locale);
  const until = formatDate(end, locale);
  if (from && until) return undefined; // an end before the start: say nothing rather than nonsense
  if (from) return say(msg('Från {date}', { id: 'project-period.from', desc: 'A project with a start date and no end date.' }), { date: from }, locale);
  if (until) return say(msg('Till {date}', { id: 'project-period.until', desc: 'A project with an end date and no start date.' }), { date: until }, locale);
  return undefined;
}

/**
 * "Pågående · 1 mars 2024 – 31 december 2026": what state a project is in and when it runs. The
 * status is drawn as a badge whose shape says the state too (`data-status`), never colour alone.
 */
export function renderFacts(project: ProjectView, locale: string): TemplateResult | typeof nothing {
  const shown = project.status;
  const status = shown ? projectStatusName(shown) : undefined;
  const period = projectPeriodText(project.start, project.end, locale);
  if (status && period) {
    return html`<p class="facts" part="facts"
      ><span class="status" part="status" data-status=${ifDefined(shown)} .textContent=${status}></span
      ><span class="separator" aria-hidden="true">·</span
      ><span class="period" part="period" .textContent=${period}></span
    ></p>`;
  }
  if (status) return html`<p class="facts" part="facts"><span class="status" part="status" data-status=${ifDefined(shown)} .textContent=${status}></span></p>`;
  if (period) return html`<p class="facts" part="facts"><span class="period" part="period" .textContent=${period}></span></p>`;
  return nothing;
}

/** A logo that cannot be loaded is hidden (a broken image's alt text does not fit its box); see `.logo[hidden] + .funder`. */
function hideLogo(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

/**
 * A logo in a fixed box (so nothing moves when it loads): `https:` only, lazy, without a referrer;
 * `alt` names the organisation, or is empty where its name is written beside it. Hidden if it fails.
 */
export function renderLogo(src: string, alt: string, lang: string | undefined, kind: 'logo' | 'lead-logo' = 'logo'): TemplateResult {
  return html`<img class=${kind} part=${kind} src=${src} alt=${alt} lang=${ifDefined(lang)} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${hideLogo} />`;
}

/**
 * Funders' logos with the words they require beside them ("Medfinansieras av Europeiska unionen"):
 * on every card and list item of the project, never hidden. A funder without a logo, or whose logo
 * fails to load, is named instead.
 */
export function renderAttributions(funders: readonly FunderView[], langOf: LangOf, locale: string): TemplateResult | typeof nothing {
  if (funders.length === 0) return nothing;
  return html`<ul class="attributions" part="attributions" role="list" aria-label=${roleName('funder', funders.length, locale)}
    >${funders.map(({ name, logo, attribution }) => {
      const nameLang = langOf(name);
      return html`<li class="attribution" part="attribution"
        >${logo ? renderLogo(logo, name.text, nameLang) : nothing}<span class="funder" dir="auto" lang=${ifDefined(nameLang)} .textContent=${name.text}></span>${attribution
          ? html`<span class="attribution-text" dir="auto" lang=${ifDefined(langOf(attribution))} .textContent=${attribution.text}></span>`
          : nothing}</li
      >`;
    })}</ul
  >`;
}

/**
 * A card's skeleton while the feed loads: the card's own box (`card` or a list's `project`), as high
 * as a ready card at least is (`--si-card-min-block-size`), with lines where the title, the status,
 * the lead and the summary will be. So nothing moves when the feed arrives, unless a card is taller.
 */
export function renderSkeletonCard(box: 'card' | 'project'): TemplateResult {
  return html`<div class="skeleton panel ${box}" aria-hidden="true"
    ><div class="bone title"></div
    ><div class="bone badge"></div
    ><div class="bone leads short"></div
    ><div class="bone summary"></div
    ><div class="bone summary"></div
    ><div class="bone summary short"></div
  ></div>`;
}
