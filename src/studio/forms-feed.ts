/** The feed's own fields, and the organisation form. */
import { html, type TemplateResult } from 'lit';
import { dateTimeFromInput, dateTimeInputValue, getAt, localDateTime, removeAt, renameOrganization, type Path } from './draft.js';
import { inputField, removeButton, textsField, type Form } from './fields.js';

/**
 * The feed's `updated`, a date-time with a time zone (feed.schema.json: `format: date-time`): a
 * `datetime-local` input in this browser's zone, written back with its offset; the value as the
 * feed holds it is shown beside it, since the input cannot show a zone.
 */
function updatedField(form: Form): TemplateResult {
  const w = form.words;
  const stored = getAt(form.feed, ['updated']);
  const help = typeof stored === 'string' && stored ? `${w.feedUpdatedHelp} ${w.feedUpdatedStored(stored)}` : w.feedUpdatedHelp;
  // To the minute, as the input shows it (a `step` of seconds would crowd it past 320 px).
  const now = () => form.set(['updated'], localDateTime(new Date(new Date().setSeconds(0, 0))));
  return html`${inputField(form, ['updated'], w.feedUpdated, help, { type: 'datetime-local', onChange: true, parse: dateTimeFromInput, show: dateTimeInputValue })}
    <button type="button" id="st-updated-now" @click=${now}>${w.feedUpdatedNow}</button>`;
}

export function feedForm(form: Form): TemplateResult {
  const w = form.words;
  return html`<section class="st-editor" aria-labelledby="st-editor-heading">
    <h2 id="st-editor-heading" tabindex="-1">${w.editingFeed}</h2>
    <fieldset class="st-section">
      <legend>${w.feedSettings}</legend>
      ${textsField(form, ['title'], w.feedTitle, w.feedTitleHelp)}
      ${inputField(form, ['language'], w.feedLanguage, w.feedLanguageHelp, { onChange: true })}
      ${updatedField(form)}
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
