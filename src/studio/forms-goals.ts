/** A project's goals, each with its measurements and the one-step "add a measurement". */
import { html, nothing, type TemplateResult } from 'lit';
import { localDay } from '../data/ended.js';
import { GOAL_STATUSES } from '../data/types.js';
import { uniqueId } from '../data/tables/cells.js';
import { addMeasurement, appendAt, getAt, idsAt, numberFromInput, removeAt, setPruned, type DraftFeed, type Path } from './draft.js';
import { dateField, inputField, numberField, problemText, removeButton, selectField, TEXT_LANGUAGES, textsField, type Form, type Option } from './fields.js';
import { fieldId } from './problems.js';

export function goalsSection(form: Form, path: Path): TemplateResult {
  const w = form.words;
  const listPath = [...path, 'goals'];
  const goals = getAt(form.feed, listPath);
  const rows = Array.isArray(goals) ? goals : [];
  const add = (feed: DraftFeed) => appendAt(feed, listPath, { id: uniqueId('mal', new Set(idsAt(feed, listPath))), title: '' });
  return html`<fieldset class="st-section" id=${fieldId(listPath)}>
    <legend>${w.goals}</legend>
    <p class="st-hint">${w.goalsHelp}</p>
    ${rows.map((_, i) => goalForm(form, [...listPath, i], i))}
    <button type="button" @click=${() => form.update(add)}>${w.addGoal}</button>
  </fieldset>`;
}

function goalForm(form: Form, path: Path, index: number): TemplateResult {
  const w = form.words;
  const statuses = GOAL_STATUSES.map((s): Option => [s, w.goalStatuses[s]]);
  return html`<fieldset class="st-item">
    <legend>${w.goal} ${index + 1}</legend>
    ${inputField(form, [...path, 'id'], w.id, w.goalIdHelp, { onChange: true, required: true })}
    ${textsField(form, [...path, 'title'], w.goalTitle, undefined, false, true)}
    <div class="st-row">
      ${numberField(form, [...path, 'target'], w.target, w.targetHelp)} ${numberField(form, [...path, 'current'], w.current, w.currentHelp)}
      ${numberField(form, [...path, 'baseline'], w.baseline, w.baselineHelp)}
    </div>
    ${textsField(form, [...path, 'unit'], w.unit, w.unitHelp)} ${unitFormsPart(form, path)}
    ${selectField(form, [...path, 'status'], w.status, statuses, w.notSaid)}
    ${dateField(form, [...path, 'achieved'], w.achieved, w.achievedHelp)}
    ${textsField(form, [...path, 'comment'], w.comment, undefined, true)}
    ${measurementsPart(form, path)}
    <div class="st-danger">${removeButton(form, `${w.remove} ${w.goal.toLowerCase()} ${index + 1}`, (feed) => removeAt(feed, path))}</div>
  </fieldset>`;
}

function measurementsPart(form: Form, goalPath: Path): TemplateResult {
  const w = form.words;
  const listPath = [...goalPath, 'measurements'];
  const list = getAt(form.feed, listPath);
  const rows = Array.isArray(list) ? list : [];
  return html`<fieldset class="st-group" id=${fieldId(listPath)}>
    <legend>${w.measurements}</legend>
    ${rows.length === 0 ? html`<p class="st-hint">${w.noMeasurements}</p>` : nothing}
    ${rows.map(
      (_, i) => html`<div class="st-row">
        ${dateField(form, [...listPath, i, 'date'], w.measurementDate)} ${numberField(form, [...listPath, i, 'value'], w.value)}
        ${removeButton(form, `${w.remove} ${w.measurement.toLowerCase()} ${i + 1}`, (feed) => removeAt(feed, [...listPath, i]))}
      </div>`,
    )}
    ${newMeasurement(form, goalPath)}
  </fieldset>`;
}

/** "23 on 2026-12-05" in one step: the value, the date (today unless changed) and one button. */
function newMeasurement(form: Form, goalPath: Path): TemplateResult {
  const w = form.words;
  const id = `${fieldId(goalPath)}-new`;
  const add = () => {
    const valueInput = document.getElementById(`${id}-value`) as HTMLInputElement | null;
    const dateInput = document.getElementById(`${id}-date`) as HTMLInputElement | null;
    const value = numberFromInput(valueInput?.value ?? '');
    const date = dateInput?.value || localDay();
    if (value === undefined || !valueInput) {
      valueInput?.focus();
      return;
    }
    form.update((feed) => addMeasurement(feed, goalPath, value, date));
    valueInput.value = '';
  };
  return html`<div class="st-new-measurement" role="group" aria-labelledby="${id}-label">
    <p id="${id}-label" class="st-subheading">${w.newMeasurement}</p>
    <div class="st-row">
      <div class="st-field">
        <label for="${id}-value">${w.value}</label>
        <input id="${id}-value" inputmode="decimal" autocomplete="off" @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && add()} />
      </div>
      <div class="st-field">
        <label for="${id}-date">${w.measurementDate}</label>
        <input id="${id}-date" type="date" .value=${localDay()} />
      </div>
      <button type="button" class="st-add-measurement" @click=${add}>${w.addMeasurement}</button>
    </div>
  </div>`;
}

/**
 * The unit in each plural form a language has (`Intl.PluralRules` says which: Swedish and English
 * `one` and `other`, Arabic all six), folded away: most feeds need only `unit`.
 */
function unitFormsPart(form: Form, goalPath: Path): TemplateResult {
  const w = form.words;
  const path = [...goalPath, 'unitForms'];
  const given = getAt(form.feed, path) !== undefined;
  const field = (lang: string, category: string) => {
    const fieldPath = [...path, lang, category];
    const write = (value: unknown) => form.update((feed) => setPruned(feed, fieldPath, value, goalPath.length));
    return inputField(form, fieldPath, `${w.languageNames[lang] ?? lang}: ${category}`, undefined, { onChange: true, write });
  };
  // A problem with a language's forms as a whole ("other" missing) is shown with that language's row.
  const rowProblems = (lang: string) =>
    (form.problems.get(fieldId([...path, lang])) ?? []).map((problem) => html`<p class="st-field-problem">${problemText(problem, w)}</p>`);
  return html`<details class="st-unit-forms" id=${fieldId(path)} ?open=${given}>
    <summary>${w.unitForms}</summary>
    <p class="st-hint">${w.unitFormsHelp}</p>
    ${TEXT_LANGUAGES.map(
      (lang) => html`<div class="st-row" id=${fieldId([...path, lang])} lang=${lang}>
        ${new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map((category) => field(lang, category))}
      </div>${rowProblems(lang)}`,
    )}
  </details>`;
}
