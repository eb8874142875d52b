import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { SiFeedElement, type Selection } from '../../core/feed-element.js';
import type { LoadedFeed } from '../../core/feed-store.js';
import { oneOf } from '../../core/attributes.js';
import { findProject } from '../../core/find-project.js';
import { renderLogo } from '../../core/project-parts.js';
import { baseStyles } from '../../core/styles.js';
import { projectCount, roleName } from '../../core/words.js';
import { collatorFor } from '../../data/format.js';
import { organizationsWithProjectCounts, partnersByRole, sortedByName } from '../../data/partners.js';
import type { ResolvedText } from '../../data/text.js';
import type { Organization, Role } from '../../data/types.js';
import { safeImageUrl, safeLinkUrl } from '../../data/url.js';
import { partnerListStyles } from './partner-list.styles.js';

interface OrganizationView {
  id: string;
  name: ResolvedText;
  /** Only an `http:`, `https:` or `mailto:` URL. */
  url?: string;
  /** Only an `https:` URL. */
  logo?: string;
  /** With no `project`: how many projects the organisation takes part in. */
  projectCount?: number;
  /** The words a funder requires beside its logo. */
  attribution?: ResolvedText;
}

type PartnersView =
  | { kind: 'project'; groups: { role: Role; organizations: OrganizationView[] }[] }
  | { kind: 'all'; organizations: OrganizationView[] };

const LAYOUTS = ['list', 'logos'] as const;
export type PartnerLayout = (typeof LAYOUTS)[number];

/**
 * The organisations behind a project, grouped by role (lead first, each role named in words), or,
 * without `project`, every organisation in the feed with how many projects it takes part in, sorted
 * by name in the language's collation.
 *
 * Names link to the organisation's `url` when it is `http:`, `https:` or `mailto:`. A funder that
 * requires words beside its logo ("Medfinansieras av Europeiska unionen") has them, and its logo, in
 * either layout.
 *
 * With `layout="logos"`, each organisation is its logo (`https:` only, the name as its alt text, loaded
 * lazily without a referrer, contained in a fixed box so it is never stretched); an organisation
 * without a usable logo, or whose logo fails to load, shows its name instead.
 *
 * @tag si-partner-list
 * @summary Shows who takes part in a project, or in the feed's projects.
 *
 * @attr feed - URL of the JSON feed, or `#id` of an inline `<script type="application/json">`.
 * @attr project - The `id` of a project; without it, every organisation of the feed.
 * @attr layout - `list` (names, the default) or `logos`.
 * @attr {number} timeout - Milliseconds before a hanging feed request is given up (default 10000).
 * @attr heading-level - Level of the role headings (default 3).
 * @attr theme - `light`, `dark` or `auto` (the OS setting); unset follows the page's `color-scheme`.
 * @attr state - Reflected: `loading`, `ready`, `empty` or `error`.
 * @attr {string} lang - The language of the element's words and of the feed text it picks; by default the
 *   closest `lang` around it. The element sets `dir` itself (`rtl` for Arabic) unless you do.
 *
 * @slot - Fallback content, shown until the feed is ready.
 *
 * @csspart base - The wrapper of the ready view (the container for container queries).
 * @csspart group - A role's group.
 * @csspart role - A role's heading, e.g. "Projektägare".
 * @csspart list - A `<ul>` of organisations.
 * @csspart organization - Each organisation's `<li>`.
 * @csspart link - An organisation's link.
 * @csspart name - An organisation's name.
 * @csspart count - "3 projekt", with no `project`.
 * @csspart logo-box - The fixed box a logo is fitted into (`layout="logos"`).
 * @csspart logo - A logo `<img>`.
 * @csspart attribution - A funder's required words beside its logo (and, in the list layout, the logo).
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The message shown when there are no organisations.
 * @csspart error - The message shown when the feed or the project cannot be shown.
 * @csspart retry-button - The error message's "try again" button.
 * @csspart live-region - The visually hidden status region.
 *
 * @cssprop [--si-color-accent=#0a5a9c] - Links and focus.
 * @cssprop [--si-color-on-accent=#ffffff] - Text on accent-coloured buttons (the error message's "try again").
 * @cssprop [--si-color-text=#1b1f24] - Text.
 * @cssprop [--si-color-text-muted=#4d5763] - Secondary text (project counts).
 * @cssprop [--si-color-surface=#ffffff] - Background of each group and logo tile.
 * @cssprop [--si-color-background=transparent] - Background of the whole element (#14181c when `theme` makes it dark).
 * @cssprop [--si-color-border=#c5ccd3] - Borders.
 * @cssprop [--si-color-focus=#0a5a9c] - Focus outline.
 * @cssprop [--si-color-error=#a4161a] - Error accent.
 * @cssprop [--si-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--si-font-size=1em] - Base text size, relative to the page's (never `rem`-based).
 * @cssprop [--si-radius=0.5em] - Corner radius.
 * @cssprop [--si-space=1em] - Padding inside each box.
 * @cssprop [--si-space-1=0.25em] - Spacing scale, step 1 (of 6): inside badges and tags, under a label. Every gap and padding is a step of the scale, in em of the element's font size (docs/theming.md).
 * @cssprop [--si-space-2=0.5em] - Spacing scale, step 2: between the lines of a list's card, inside tags.
 * @cssprop [--si-space-3=0.75em] - Spacing scale, step 3: between the parts of a card.
 * @cssprop [--si-space-4=1em] - Spacing scale, step 4: the default of `--si-space` and `--si-gap`.
 * @cssprop [--si-space-5=1.5em] - Spacing scale, step 5: between funders' logos.
 * @cssprop [--si-space-6=2em] - Spacing scale, step 6, the largest.
 * @cssprop [--si-font-size-small=0.875em] - Secondary text: the meta line, labels, tags, dates.
 * @cssprop [--si-font-weight-strong=600] - Labels, badges and names.
 * @cssprop [--si-gap=1em] - Space between groups and tiles.
 * @cssprop [--si-logo-block-size=4em] - Height of the box a logo is fitted into.
 * @cssprop [--si-logo-inline-size=9em] - Width a logo tile starts from; tiles grow to fill a row, up to 16em.
 * @cssprop [--si-loading-min-block-size=10em] - Space kept while loading.
 */
export class SiPartnerList extends SiFeedElement<PartnersView> {
  static styles = [baseStyles, partnerListStyles];

  static override properties: PropertyDeclarations = {
    project: {},
    layout: { reflect: true },
    failedLogos: { state: true },
  };

  /** The `id` of a project; without it, every organisation of the feed. */
  project?: string;

  /** `list` (names) or `logos`. */
  layout: PartnerLayout = 'list';

  /** Logos that failed to load: their organisations show their names instead. */
  private failedLogos: ReadonlySet<string> = new Set();

  /** The layout in use: `layout`, or `list` for a value it cannot use. */
  private layoutInUse: PartnerLayout = 'list';

  protected loadingLabel(): string {
    return msg('Laddar organisationer…');
  }

  private organizationView(organization: Organization, feed: LoadedFeed, projects?: number): OrganizationView {
    return {
      id: organization.id,
      name: this.text(organization.name, feed) ?? { text: organization.id, lang: this.language },
      url: safeLinkUrl(organization.url, feed.baseUrl),
      logo: safeImageUrl(organization.logo, feed.baseUrl),
      projectCount: projects,
      attribution: this.text(organization.attribution, feed),
    };
  }

  protected readAttributes(): void {
    super.readAttributes();
    this.layoutInUse = oneOf(this, 'layout', this.layout, LAYOUTS, { kind: 'layout', fallback: 'list' });
  }

  protected select(feed: LoadedFeed): Selection<PartnersView> {
    const { index } = feed;
    if (this.project === undefined || this.project === '') {
      if (index.feed.organizations.length === 0) {
        return { state: 'empty', message: msg('Det finns inga organisationer att visa.') };
      }
      const organizations = organizationsWithProjectCounts(index).map(({ organization, projectCount }) =>
        this.organizationView(organization, feed, projectCount),
      );
      return {
        state: 'ready',
        view: {
          kind: 'all',
          organizations: sortedByName(organizations, (o) => o.name.text, collatorFor(this.locale)),
        },
      };
    }
    const project = findProject(feed, this.project, this.locale);
    if ('state' in project) return project;
    const groups = partnersByRole(index, project).map(({ role, organizations }) => ({
      role,
      organizations: organizations.map((organization) => this.organizationView(organization, feed)),
    }));
    if (groups.length === 0) {
      return { state: 'empty', message: msg('Projektet har inga organisationer angivna.') };
    }
    return { state: 'ready', view: { kind: 'project', groups } };
  }

  private logoFailed(url: string): void {
    if (this.failedLogos.has(url)) return;
    console.warn(`[si-widgets] <${this.localName}>: the logo ${url} could not be loaded; showing the name instead`);
    this.failedLogos = new Set([...this.failedLogos, url]);
  }

  private renderName(organization: OrganizationView): TemplateResult {
    const { name, url } = organization;
    const lang = ifDefined(this.langOf(name));
    return url
      ? html`<a class="name" part="link name" href=${url} rel="noopener noreferrer" dir="auto" lang=${lang}>${name.text}</a>`
      : html`<span class="name" part="name" dir="auto" lang=${lang}>${name.text}</span>`;
  }

  private renderCount(organization: OrganizationView): TemplateResult | typeof nothing {
    return organization.projectCount === undefined
      ? nothing
      : html`<span class="count" part="count">${projectCount(organization.projectCount, this.locale)}</span>`;
  }

  /**
   * A funder's required attribution; in the list layout with its logo, decorative there (the name
   * is beside it). Nothing for an organisation that requires none.
   */
  private renderAttribution({ attribution, logo }: OrganizationView, withLogo: boolean): TemplateResult | typeof nothing {
    if (!attribution) return nothing;
    const showLogo = withLogo && logo && !this.failedLogos.has(logo);
    return html`<span class="attribution" part="attribution"
      >${showLogo ? renderLogo(logo, '', undefined) : nothing}<span dir="auto" lang=${ifDefined(this.langOf(attribution))}>${attribution.text}</span></span
    >`;
  }

  /** A logo fitted into a fixed box, or the name in its place; the whole tile is the link. */
  private renderLogoTile(organization: OrganizationView): TemplateResult {
    const { name, url, logo } = organization;
    const lang = ifDefined(this.langOf(name));
    const content =
      logo && !this.failedLogos.has(logo)
        ? html`<img
            part="logo"
            src=${logo}
            alt=${name.text}
            lang=${lang}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${() => this.logoFailed(logo)}
          />`
        : html`<span class="logo-name" dir="auto" lang=${lang}>${name.text}</span>`;
    const box = url
      ? html`<a class="logo-box" part="logo-box link" href=${url} rel="noopener noreferrer">${content}</a>`
      : html`<span class="logo-box" part="logo-box">${content}</span>`;
    return html`${box}${this.renderCount(organization)}${this.renderAttribution(organization, false)}`;
  }

  private renderOrganizations(organizations: OrganizationView[]): TemplateResult {
    const logos = this.layoutInUse === 'logos';
    return html`<ul class=${logos ? 'logos' : 'names'} part="list" role="list">
      ${organizations.map(
        (organization) =>
          html`<li class="organization" part="organization">
            ${logos
              ? this.renderLogoTile(organization)
              : html`${this.renderName(organization)} ${this.renderCount(organization)}${this.renderAttribution(organization, true)}`}
          </li>`,
      )}
    </ul>`;
  }

  protected renderView(view: PartnersView): TemplateResult {
    if (view.kind === 'all') {
      return html`<div class="base" part="base">${this.renderOrganizations(view.organizations)}</div>`;
    }
    const tag = this.headingTag();
    return html`<div class="base" part="base">
      <div class="groups panel">
        ${view.groups.map(
          (group) => html`<div class="group" part="group" data-role=${group.role}>
            ${staticHtml`<${tag} class="role" part="role">${roleName(group.role, group.organizations.length, this.locale)}</${tag}>`}
            ${this.renderOrganizations(group.organizations)}
          </div>`,
        )}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'si-partner-list': SiPartnerList;
  }
}
