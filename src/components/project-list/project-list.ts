import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SiFeedElement, type Selection } from '../../core/feed-element.js';
import type { LoadedFeed } from '../../core/feed-store.js';
import { renderLeads, renderProjectTitle, renderSummary } from '../../core/project-parts.js';
import { projectView, type ProjectView } from '../../core/project-view.js';
import { baseStyles } from '../../core/styles.js';
import { projectListStyles } from './project-list.styles.js';

/**
 * A list of the feed's projects: each with its title as a heading that links to the project,
 * its lead organisation and its summary.
 *
 * @tag si-project-list
 * @summary Lists the projects of a feed.
 *
 * @attr feed - URL of the JSON feed, or `#id` of an inline `<script type="application/json">`.
 * @attr timeout - Milliseconds before a hanging feed request is given up (default 10000).
 * @attr heading-level - Level of each project's heading (default 3).
 * @attr state - Reflected: `loading`, `ready`, `empty` or `error`.
 *
 * @slot - Fallback content, shown until the feed is ready (e.g. a link to the project page).
 *
 * @csspart list - The `<ul>` of projects.
 * @csspart item - Each project's `<li>`.
 * @csspart project - Each project's `<article>`.
 * @csspart title - A project's heading.
 * @csspart link - The link in a project's heading.
 * @csspart leads - The line naming the lead organisation.
 * @csspart summary - A project's summary.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The message shown when the feed cannot be shown.
 * @csspart retry-button - The error message's "try again" button.
 * @csspart live-region - The visually hidden status region.
 *
 * @cssprop [--si-color-accent=#0a5a9c] - Links, buttons and focus.
 * @cssprop [--si-color-text=#1b1f24] - Text.
 * @cssprop [--si-color-text-muted=#4d5763] - Secondary text.
 * @cssprop [--si-color-surface=#ffffff] - Background of each project.
 * @cssprop [--si-color-border=#c5ccd3] - Borders.
 * @cssprop [--si-color-focus=#0a5a9c] - Focus outline.
 * @cssprop [--si-color-error=#a4161a] - Error accent.
 * @cssprop [--si-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--si-radius=0.5em] - Corner radius.
 * @cssprop [--si-space=1em] - Padding inside each project.
 * @cssprop [--si-gap=1em] - Space between projects.
 * @cssprop [--si-loading-min-block-size=10em] - Space kept while loading.
 */
export class SiProjectList extends SiFeedElement<ProjectView[]> {
  static styles = [baseStyles, projectListStyles];

  protected select(feed: LoadedFeed): Selection<ProjectView[]> {
    const { index, baseUrl } = feed;
    if (index.feed.projects.length === 0) return { state: 'empty', message: msg('Det finns inga projekt att visa.') };
    return {
      state: 'ready',
      view: index.feed.projects.map((project) => projectView(index, project, this.language, baseUrl)),
    };
  }

  protected renderView(projects: ProjectView[]): TemplateResult {
    const tag = this.headingTag();
    const langOf = this.langOf.bind(this);
    return html`<ul class="projects" part="list" role="list">
      ${projects.map(
        (project) => html`<li part="item">
          <article class="project" part="project">
            ${renderProjectTitle(project, tag, langOf)} ${renderLeads(project, langOf, this.language)}
            ${renderSummary(project, langOf)}
          </article>
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'si-project-list': SiProjectList;
  }
}
