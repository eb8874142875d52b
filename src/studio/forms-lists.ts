/** A project's funding and budget, contacts, image, identifiers and links. */
import { html, nothing, type TemplateResult } from 'lit';
import { CONTACT_KINDS, LINK_TYPES } from '../data/types.js';
import { appendAt, getAt, removeAt, type DraftFeed, type Path } from './draft.js';
import { inputField, numberField, organizationOptions, removeButton, selectField, textsField, type Form, type Option } from './fields.js';
import { fieldId } from './problems.js';

/** Upper-case what was typed: currency codes are ISO 4217 ("SEK"). */
const currency = (typed: string) => (typed.trim() ? typed.trim().toUpperCase() : undefined);

/**
 * A list of like items, each a small form with a remove button, and an add button. `item` renders
 * the fields of item `i` at its path.
 */
function itemList(form: Form, path: Path, labels: { legend: string; item: string; add: string; help?: string | TemplateResult }, fresh: unknown, item: (itemPath: Path) => TemplateResult): TemplateResult {
  const list = getAt(form.feed, path);
  const rows = Array.isArray(list) ? list : [];
  const w = form.words;
  const helpId = `${fieldId(path)}-help`;
  return html`<fieldset class="st-section" id=${fieldId(path)} aria-describedby=${labels.help ? helpId : nothing}>
    <legend>${labels.legend}</legend>
    ${typeof labels.help === 'string' ? html`<p class="st-hint" id=${helpId}>${labels.help}</p>` : labels.help ? html`<div id=${helpId}>${labels.help}</div>` : nothing}
    ${rows.map(
      (_, i) => html`<fieldset class="st-item">
        <legend>${labels.item} ${i + 1}</legend>
        ${item([...path, i])}
        <div class="st-danger">${removeButton(form, `${w.remove} ${labels.item.toLowerCase()} ${i + 1}`, (feed) => removeAt(feed, [...path, i]))}</div>
      </fieldset>`,
    )}
    <button type="button" @click=${() => form.update((feed: DraftFeed) => appendAt(feed, path, fresh))}>${labels.add}</button>
  </fieldset>`;
}

export function fundingSection(form: Form, project: Path): TemplateResult {
  const w = form.words;
  const organizations = organizationOptions(form);
  const funding = itemList(form, [...project, 'funding'], { legend: w.funding, item: w.fundingItem, add: w.addFunding, help: w.fundingHelp }, { funder: '' }, (path) => html`
    ${selectField(form, [...path, 'funder'], w.funder, organizations, w.choose, w.funderHelp)}
    <div class="st-row">
      ${numberField(form, [...path, 'amount'], w.amount)}
      ${inputField(form, [...path, 'currency'], w.currency, w.currencyHelp, { onChange: true, parse: currency })}
    </div>
    ${textsField(form, [...path, 'programme'], w.programme)}
    ${inputField(form, [...path, 'reference'], w.reference, w.referenceHelp)}`);
  return html`${funding}
    <fieldset class="st-section">
      <legend>${w.budget}</legend>
      <div class="st-row">
        ${numberField(form, [...project, 'budget', 'amount'], w.amount, w.budgetHelp)}
        ${inputField(form, [...project, 'budget', 'currency'], w.currency, w.currencyHelp, { onChange: true, parse: currency })}
      </div>
    </fieldset>`;
}

export function contactsSection(form: Form, project: Path): TemplateResult {
  const w = form.words;
  const kinds = CONTACT_KINDS.map((k): Option => [k, w.contactKinds[k]]);
  // Issue 22: said where contacts are written, not only in the docs: the feed is public.
  const notice = html`<p class="st-notice st-contacts-notice">${w.contactsHelp} <a href="docs/privacy.md">${w.contactsPrivacy}</a></p>`;
  return itemList(form, [...project, 'contacts'], { legend: w.contacts, item: w.contact, add: w.addContact, help: notice }, { name: '' }, (path) => html`
    ${inputField(form, [...path, 'name'], w.contactName, undefined, { required: true, autocomplete: 'off' })}
    ${textsField(form, [...path, 'role'], w.contactRole)}
    ${inputField(form, [...path, 'email'], w.email, undefined, { type: 'email' })}
    ${inputField(form, [...path, 'phone'], w.phone, undefined, { type: 'tel' })}
    ${selectField(form, [...path, 'organization'], w.organization, organizationOptions(form), w.none)}
    ${selectField(form, [...path, 'kind'], w.contactKind, kinds, w.notSaid)}`);
}

export function imageSection(form: Form, project: Path): TemplateResult {
  const w = form.words;
  const path = [...project, 'image'];
  return html`<fieldset class="st-section" id=${fieldId(path)}>
    <legend>${w.image}</legend>
    ${inputField(form, [...path, 'url'], w.imageUrl, w.imageUrlHelp, { type: 'url', inputmode: 'url' })}
    ${textsField(form, [...path, 'alt'], w.imageAlt, w.imageAltHelp)}
    ${textsField(form, [...path, 'credit'], w.imageCredit)}
  </fieldset>`;
}

export function identifiersSection(form: Form, project: Path): TemplateResult {
  const w = form.words;
  return itemList(form, [...project, 'identifiers'], { legend: w.identifiers, item: w.identifier, add: w.addIdentifier, help: w.identifiersHelp }, { scheme: 'diarienummer', value: '' }, (path) => html`
    <div class="st-row">
      ${inputField(form, [...path, 'scheme'], w.scheme, undefined, { required: true })}
      ${inputField(form, [...path, 'value'], w.identifierValue, undefined, { required: true })}
    </div>
    ${inputField(form, [...path, 'url'], w.url, undefined, { type: 'url', inputmode: 'url' })}`);
}

export function linksSection(form: Form, project: Path): TemplateResult {
  const w = form.words;
  const types = LINK_TYPES.map((t): Option => [t, w.linkTypes[t]]);
  return itemList(form, [...project, 'links'], { legend: w.links, item: w.link, add: w.addLink }, { url: '', title: '' }, (path) => html`
    ${inputField(form, [...path, 'url'], w.url, undefined, { type: 'url', inputmode: 'url', required: true })}
    ${textsField(form, [...path, 'title'], w.linkTitle, undefined, false, true)}
    ${selectField(form, [...path, 'type'], w.linkType, types, w.notSaid)}`);
}
