/** The feed's own fields, and the organisation form. */
import { html, type TemplateResult } from 'lit';
import { removeAt, renameOrganization, type Path } from './draft.js';
import { inputField, removeButton, textsField, type Form } from './fields.js';

export function feedForm(form: Form): TemplateResult {
  const w = form.words;
  return html`<section class="st-editor" aria-labelledby="st-editor-heading">
    <h2 id="st-editor-heading" tabindex="-1">${w.editingFeed}</h2>
    <fieldset class="st-section">
      <legend>${w.feedSettings}</legend>
      ${textsField(form, ['title'], w.feedTitle, w.feedTitleHelp)}
      ${inputField(form, ['language'], w.feedLanguage, w.feedLanguageHelp, { onChange: true })}
      ${inputField(form, ['updated'], w.feedUpdated, w.feedUpdatedHelp, { onChange: true })}
    </fieldset>
  </section>`;
}

export function organizationForm(form: Form, index: number): TemplateResult {
  const w = form.words;
  const path: Path = ['organizations', index];
  const rename = (value: unknown) => form.update((feed) => renameOrganization(feed, index, typeof value === 'string' ? value : ''));
  return html`<section class="st-editor" aria-labelledby="st-editor-heading">
    <h2 id="st-editor-heading" tabindex="-1">${w.editingOrganization}</h2>
    <fieldset class="st-section">
      <legend>${w.organization}</legend>
      ${inputField(form, [...path, 'id'], w.id, w.organizationIdHelp, { onChange: true, required: true, write: rename })}
      ${textsField(form, [...path, 'name'], w.organizationName, undefined, false, true)}
      ${inputField(form, [...path, 'url'], w.website, w.urlHelp, { type: 'url', inputmode: 'url' })}
      ${inputField(form, [...path, 'logo'], w.logo, w.logoHelp, { type: 'url', inputmode: 'url' })}
      ${inputField(form, [...path, 'orgNumber'], w.orgNumber, w.orgNumberHelp, { inputmode: 'numeric' })}
      ${textsField(form, [...path, 'attribution'], w.attribution, w.attributionHelp)}
    </fieldset>
    <div class="st-danger">${removeButton(form, w.removeOrganization, (feed) => removeAt(feed, path))}</div>
  </section>`;
}
