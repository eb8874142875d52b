/**
 * The preview: the real elements showing the project being edited, in Swedish, English or
 * Arabic. They get the feed as an object through their `data` property (the elements' own way to
 * take a feed that is not at a URL), so no `blob:` URL and no `connect-src blob:` is needed. The
 * object is the validated draft cut to that project and its organisations: what the widgets would
 * show, checked again by each element in microseconds, however large the feed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Feed, Project } from '../data/types.js';
import { getAt } from './draft.js';
import type { FeedStudio } from './studio-page.js';

/** The organisations a project names: its roles, its funders, its contacts' organisations. */
function namedOrganizations(project: Project): Set<string> {
  return new Set([
    ...project.organizations.map((member) => member.id),
    ...(project.funding ?? []).map((funding) => funding.funder),
    ...(project.contacts ?? []).flatMap((contact) => (contact.organization ? [contact.organization] : [])),
  ]);
}

const previews = new WeakMap<Project, Feed>();

/** A feed of one project (the same object while the project is unchanged, so the elements do no work). */
export function projectPreviewFeed(shown: Feed, project: Project): Feed {
  let feed = previews.get(project);
  if (!feed) {
    const named = namedOrganizations(project);
    feed = { ...shown, organizations: shown.organizations.filter((o) => named.has(o.id)), projects: [project] };
    previews.set(project, feed);
  }
  return feed;
}

function previewProject(s: FeedStudio): Project | undefined {
  const { selection, check } = s;
  if (selection.kind !== 'project' || !check.shown) return undefined;
  const id = getAt(s.feed, ['projects', selection.index, 'id']);
  return check.shown.projects.find((project) => project.id === id);
}

export function previewPart(s: FeedStudio): TemplateResult {
  const w = s.words;
  const project = previewProject(s);
  const feed = project && s.check.shown ? projectPreviewFeed(s.check.shown, project) : undefined;
  const lang = s.previewLanguage;
  const choose = (e: Event) => (s.previewLanguage = (e.target as HTMLSelectElement).value);
  return html`<section class="st-preview" aria-labelledby="st-preview-heading">
    <h2 id="st-preview-heading">${w.previewHeading}</h2>
    <div class="st-field">
      <label for="st-preview-language">${w.previewLanguage}</label>
      <select id="st-preview-language" .value=${live(lang)} @change=${choose}>
        ${w.previewLanguages.map(([value, label]) => html`<option value=${value} lang=${value} ?selected=${value === lang}>${label}</option>`)}
      </select>
    </div>
    ${feed && project ? previewWidgets(s, feed, project.id) : html`<p class="st-hint">${s.selection.kind === 'project' ? w.previewDropped : w.previewNone}</p>`}
  </section>`;
}

function previewWidgets(s: FeedStudio, feed: Feed, id: string): TemplateResult {
  const w = s.words;
  const lang = s.previewLanguage;
  return html`<div class="st-preview-area" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <h3 lang=${s.uiLanguage} dir="ltr">${w.previewCard}</h3>
    <si-project-card .data=${feed} project=${id} heading-level="4"></si-project-card>
    ${feed.projects[0].goals?.length
      ? html`<h3 lang=${s.uiLanguage} dir="ltr">${w.previewGoals}</h3><si-goal-progress .data=${feed} project=${id} heading-level="4"></si-goal-progress>`
      : nothing}
    <h3 lang=${s.uiLanguage} dir="ltr">${w.previewPartners}</h3>
    <si-partner-list .data=${feed} project=${id} heading-level="4"></si-partner-list>
    <h3 lang=${s.uiLanguage} dir="ltr">${w.previewList}</h3>
    <si-project-list .data=${feed} heading-level="4"></si-project-list>
  </div>`;
}
