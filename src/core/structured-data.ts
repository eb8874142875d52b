/**
 * schema.org `Project` descriptions of feed projects, as JSON-LD, so that the projects a widget
 * shows are also readable by search engines on the host page (the shadow tree is not indexed as
 * the page's own text). Pure, but for `jsonLdScript`, which makes the element.
 */
import { html, render } from 'lit';
import { placeName } from '../data/municipality-names.js';
import { resolveText } from '../data/text.js';
import type { FeedIndex } from '../data/select.js';
import { DEFAULT_CURRENCY, type Project, type Text } from '../data/types.js';
import { safeMailtoUrl, safeTelUrl, safeWebUrl } from '../data/url.js';

type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

/** One project as a schema.org `Project` (a kind of `Organization`), its texts in `language`. */
export function projectJsonLd(index: FeedIndex, project: Project, language: string, baseUrl: string): JsonLd {
  const text = (value: Text | undefined) => resolveText(value, language, index.feed.language)?.text;
  const description: JsonLd = {
    '@type': 'Project',
    identifier: project.id,
    name: text(project.title) ?? project.id,
  };
  const summary = text(project.summary) ?? text(project.description);
  if (summary) description.description = summary;
  const url = safeWebUrl(project.url, baseUrl);
  if (url) description.url = url;
  if (project.topics?.length) description.keywords = project.topics.join(', ');
  if (project.municipalities?.length) description.areaServed = project.municipalities.map(placeName);
  if (project.start) description.foundingDate = project.start;
  if (project.end) description.dissolutionDate = project.end;
  const members: JsonLd[] = [];
  const funders: JsonLd[] = [];
  for (const ref of project.organizations) {
    const organization = index.organizationsById.get(ref.id);
    if (!organization) continue;
    const described: JsonLd = { '@type': 'Organization', name: text(organization.name) ?? organization.id };
    const organizationUrl = safeWebUrl(organization.url, baseUrl);
    if (organizationUrl) described.url = organizationUrl;
    if (ref.role === 'funder') funders.push(described);
    else members.push({ '@type': 'OrganizationRole', roleName: ref.role, member: described });
  }
  if (members.length) description.member = members;
  if (funders.length) description.funder = funders;
  const grants = (project.funding ?? []).map((funding) => monetaryGrant(index, funding, text));
  if (grants.length) description.funding = grants;
  const contacts = roleContacts(project, text);
  if (contacts.length) description.contactPoint = contacts;
  return description;
}

/** A `funding` entry as a schema.org `MonetaryGrant`: who pays, how much, from which programme. */
function monetaryGrant(index: FeedIndex, funding: NonNullable<Project['funding']>[number], text: (value: Text | undefined) => string | undefined): JsonLd {
  const organization = index.organizationsById.get(funding.funder);
  const grant: JsonLd = { '@type': 'MonetaryGrant', funder: { '@type': 'Organization', name: text(organization?.name) ?? funding.funder } };
  const programme = text(funding.programme);
  if (programme) grant.name = programme;
  if (funding.amount !== undefined) {
    grant.amount = { '@type': 'MonetaryAmount', value: funding.amount, currency: funding.currency ?? DEFAULT_CURRENCY };
  }
  if (funding.reference) grant.identifier = funding.reference;
  return grant;
}

/**
 * The project's contacts as `ContactPoint`s, only those the feed marks `kind: "role"` (a shared
 * inbox, a function): a person's name, address and number are never written for search engines (#22).
 */
function roleContacts(project: Project, text: (value: Text | undefined) => string | undefined): JsonLd[] {
  return (project.contacts ?? [])
    .filter((contact) => contact.kind === 'role')
    .map((contact) => {
      const point: JsonLd = { '@type': 'ContactPoint', name: contact.name };
      const role = text(contact.role);
      if (role) point.contactType = role;
      if (safeMailtoUrl(contact.email) && contact.email) point.email = contact.email;
      if (safeTelUrl(contact.phone) && contact.phone) point.telephone = contact.phone;
      return point;
    });
}

/** The document for one or more projects: a single object, or an `@graph` of several. */
export function jsonLdDocument(projects: JsonLd[]): JsonLd {
  if (projects.length === 1) return { '@context': 'https://schema.org', ...projects[0] };
  return { '@context': 'https://schema.org', '@graph': projects };
}

/**
 * JSON for the inside of a `<script>`: every `<`, `>` and `&` escaped as `\u003c` and so on, so that
 * no feed text can close the script element or open a comment in it (the HTML tokenizer reacts to
 * nothing else in script data); U+2028 and U+2029 for old JSON-in-JS readers. JSON.parse gives the
 * same value back.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

let parsedScript: HTMLScriptElement | undefined;

/**
 * A `<script type="application/ld+json">` holding `json` (from {@link scriptSafeJson}).
 *
 * On a page with `require-trusted-types-for 'script'`, giving a script element text from JavaScript
 * is a violation, even for JSON: `text`/`textContent` refuse a plain string, and a Text node
 * appended to a new script is reported when the element is inserted. But a script element parsed
 * as a fragment (Lit's template, under Lit's policy) is "already started", and so is its clone:
 * it is never checked again, so its text can be a Text node. One template for every document: no
 * template per document to cache (`unsafeStatic` kept one for each, forever).
 */
export function jsonLdScript(json: string): HTMLScriptElement {
  if (!parsedScript) {
    const box = document.createElement('div');
    render(html`<script type="application/ld+json" data-si-structured-data></script>`, box);
    parsedScript = box.querySelector('script') as HTMLScriptElement;
  }
  const script = parsedScript.cloneNode() as HTMLScriptElement;
  script.append(document.createTextNode(json));
  return script;
}
