/**
 * The project form: its basics, its organisations and roles, places, and (forms-goals.ts,
 * forms-lists.ts) its goals, funding, contacts, image, identifiers and links.
 */
import { html, type TemplateResult } from 'lit';
import { MUNICIPALITIES } from '../data/municipalities.js';
import { collatorFor } from '../data/format.js';
import { PROJECT_SCOPES, PROJECT_STATUSES, ROLES } from '../data/types.js';
import { appendAt, getAt, removeAt, setAt, type DraftFeed, type Path } from './draft.js';
import { dateField, inputField, listField, organizationOptions, removeButton, selectField, textsField, type Form, type Option } from './fields.js';
import { goalsSection } from './forms-goals.js';
import { contactsSection, fundingSection, identifiersSection, imageSection, linksSection } from './forms-lists.js';
import { fieldId } from './problems.js';

export function projectForm(form: Form, index: number): TemplateResult {
  const path: Path = ['projects', index];
  const w = form.words;
  return html`<section class="st-editor" aria-labelledby="st-editor-heading">
    <h2 id="st-editor-heading" tabindex="-1">${w.editingProject}: ${String(getAt(form.feed, [...path, 'id']) ?? '')}</h2>
    ${projectBasics(form, path)} ${projectOrganizations(form, path)} ${projectPlaces(form, path)}
    ${goalsSection(form, path)} ${fundingSection(form, path)} ${contactsSection(form, path)}
    ${imageSection(form, path)} ${identifiersSection(form, path)} ${linksSection(form, path)}
    <div class="st-danger">${removeButton(form, w.removeProject, (feed) => removeAt(feed, path))}</div>
  </section>`;
}

function projectBasics(form: Form, path: Path): TemplateResult {
  const w = form.words;
  const statuses = PROJECT_STATUSES.map((s): Option => [s, w.projectStatuses[s]]);
  const scopes = PROJECT_SCOPES.map((s): Option => [s, w.scopes[s]]);
  return html`<fieldset class="st-section">
    <legend>${w.basics}</legend>
    ${inputField(form, [...path, 'id'], w.id, w.projectIdHelp, { onChange: true, required: true })}
    ${textsField(form, [...path, 'title'], w.title, undefined, false, true)}
    ${textsField(form, [...path, 'summary'], w.summary, w.summaryHelp, true)}
    ${textsField(form, [...path, 'description'], w.description, w.descriptionHelp, true)}
    ${inputField(form, [...path, 'url'], w.projectUrl, w.urlHelp, { type: 'url', inputmode: 'url' })}
    ${selectField(form, [...path, 'status'], w.status, statuses, w.notSaid)}
    ${dateField(form, [...path, 'start'], w.start)} ${dateField(form, [...path, 'end'], w.end, w.endHelp)}
    ${selectField(form, [...path, 'scope'], w.scope, scopes, w.notSaid, w.scopeHelp)}
    ${dateField(form, [...path, 'updated'], w.projectUpdated, w.projectUpdatedHelp)}
  </fieldset>`;
}

function projectOrganizations(form: Form, path: Path): TemplateResult {
  const w = form.words;
  const listPath = [...path, 'organizations'];
  const list = getAt(form.feed, listPath);
  const rows = Array.isArray(list) ? list : [];
  const roles = ROLES.map((r): Option => [r, w.roles[r]]);
  const organizations = organizationOptions(form);
  const add = (feed: DraftFeed) => appendAt(feed, listPath, { id: organizations[0]?.[0] ?? '', role: rows.length === 0 ? 'lead' : 'partner' });
  return html`<fieldset class="st-section" id=${fieldId(listPath)}>
    <legend>${w.organizationsAndRoles}</legend>
    <p class="st-hint">${w.organizationsAndRolesHelp}</p>
    ${rows.map(
      (_, i) => html`<div class="st-row">
        ${selectField(form, [...listPath, i, 'id'], w.organization, organizations, w.choose)}
        ${selectField(form, [...listPath, i, 'role'], w.role, roles)}
        ${removeButton(form, `${w.remove} ${w.organization.toLowerCase()} ${i + 1}`, (feed) => removeAt(feed, [...listPath, i]))}
      </div>`,
    )}
    <button type="button" @click=${() => form.update(add)}>${w.addOrganizationToProject}</button>
  </fieldset>`;
}

/** Every municipality by name, sorted as Swedish sorts, with its code as the value. */
const municipalityOptions = (() => {
  let options: Option[] | undefined;
  return () =>
    (options ??= Object.entries(MUNICIPALITIES)
      .map(([code, name]): Option => [code, name])
      .sort((a, b) => collatorFor('sv').compare(a[1], b[1])));
})();

function projectPlaces(form: Form, path: Path): TemplateResult {
  const w = form.words;
  const sdgs = (typed: string) => {
    const items = typed.split(/[;,\s]+/).filter(Boolean);
    return items.length ? items.map((item) => (/^\d+$/.test(item) ? Number(item) : item)) : undefined;
  };
  return html`<fieldset class="st-section">
    <legend>${w.places}</legend>
    ${municipalitiesField(form, [...path, 'municipalities'])}
    ${listField(form, [...path, 'topics'], w.topics, w.topicsHelp)}
    ${listField(form, [...path, 'sdgs'], w.sdgs, w.sdgsHelp, sdgs)}
  </fieldset>`;
}

/** The project's municipalities, each with a remove button, and a select by name that adds its code. */
function municipalitiesField(form: Form, path: Path): TemplateResult {
  const w = form.words;
  const list = getAt(form.feed, path);
  const places = Array.isArray(list) ? (list as unknown[]) : [];
  const selectId = `${fieldId(path)}-add`;
  const add = () => {
    const code = (document.getElementById(selectId) as HTMLSelectElement | null)?.value;
    if (code && !places.includes(code)) form.update((feed) => appendAt(feed, path, code));
  };
  const remove = (i: number) => (feed: DraftFeed) => (places.length === 1 ? setAt(feed, path, undefined) : removeAt(feed, [...path, i]));
  return html`<fieldset class="st-group" id=${fieldId(path)}>
    <legend>${w.municipalities}</legend>
    <ul class="st-chips">
      ${places.map(
        (place, i) => html`<li id=${fieldId([...path, i])} tabindex="-1">
          ${MUNICIPALITIES[String(place)] ?? String(place)} ${removeButton(form, `${w.remove} ${MUNICIPALITIES[String(place)] ?? String(place)}`, remove(i))}
        </li>`,
      )}
    </ul>
    <div class="st-field">
      <label for=${selectId}>${w.addMunicipality}</label>
      <p class="st-hint" id="${selectId}-help">${w.municipalitiesHelp}</p>
      <div class="st-inline">
        <select id=${selectId} aria-describedby="${selectId}-help">${municipalityOptions().map(([code, name]) => html`<option value=${code}>${name}</option>`)}</select>
        <button type="button" @click=${add}>${w.add}</button>
      </div>
    </div>
  </fieldset>`;
}
