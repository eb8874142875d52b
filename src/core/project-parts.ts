/** Templates for the pieces of a project that several elements show. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { ResolvedText } from '../data/text.js';
import type { ProjectView } from './project-view.js';

export type LangOf = (text: ResolvedText | undefined) => string | undefined;

/**
 * The project's title as a heading; the title itself is the link, so the link's name is the
 * project's name (WCAG 2.4.4, 2.5.3). `dir="auto"` keeps a stray bidi control in the feed from
 * reversing the rest of the text.
 */
export function renderProjectTitle(project: ProjectView, tag: StaticValue, langOf: LangOf): TemplateResult {
  const { title, url } = project;
  const lang = ifDefined(langOf(title));
  return staticHtml`<${tag} class="title" part="title" dir="auto" lang=${lang}>${
    url ? html`<a href=${url} rel="noopener noreferrer" part="link">${title.text}</a>` : title.text
  }</${tag}>`;
}

/** "Projektägare: Malmö universitet"; nothing when the feed names no lead. */
export function renderLeads(project: ProjectView, langOf: LangOf, language: string): TemplateResult | typeof nothing {
  const { leads } = project;
  if (leads.length === 0) return nothing;
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(leads.map((lead) => lead.text));
  const lang = leads.every((lead) => lead.lang === leads[0].lang) ? langOf(leads[0]) : undefined;
  return html`<p class="leads" part="leads">
    <span class="label">${msg('Projektägare:')}</span>
    <span dir="auto" lang=${ifDefined(lang)}>${names}</span>
  </p>`;
}

export function renderSummary(project: ProjectView, langOf: LangOf): TemplateResult | typeof nothing {
  const { summary } = project;
  if (!summary) return nothing;
  return html`<p class="summary" part="summary" dir="auto" lang=${ifDefined(langOf(summary))}>${summary.text}</p>`;
}
