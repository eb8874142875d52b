/**
 * The studio's form fields: a label, help text, the input, and the field's problems, which the
 * input names with `aria-invalid` and `aria-describedby`. Each field writes one path of the
 * draft; the forms (forms-*.ts) put fields together.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { getAt, idsAt, listFromInput, listText, numberFromInput, textIn, withTextIn, type DraftFeed, type Path } from './draft.js';
import { expectedIn, foundIn, type Phrase } from './problem-words.js';
import { fieldId, type StudioProblem } from './problems.js';
import type { Words } from './words.js';

/** What every form needs: the draft, the words, the problems, and the ways to change the draft. */
export interface Form {
  feed: DraftFeed;
  /** The feed's language (its plain-string Texts). */
  language: string;
  words: Words;
  problems: ReadonlyMap<string, StudioProblem[]>;
  /** Sets one value; `key` makes typing on in one field one undo step. */
  set(path: Path, value: unknown, key?: string): void;
  /** Any other change of the draft, as one undo step. */
  update(change: (feed: DraftFeed) => DraftFeed): void;
}

export type Option = readonly [value: string, label: string];

/** The languages a Text has a field for. */
export const TEXT_LANGUAGES = ['sv', 'en', 'ar'] as const;

/** A phrase of a problem, marked as English where the studio has no words of its own for it (WCAG 3.1.2). */
function phrase({ text, lang }: Phrase): TemplateResult {
  return html`<span lang=${lang ?? nothing}>${text}</span>`;
}

/** A problem in words, in the studio's language (problem-words.ts). */
export function problemText(problem: StudioProblem, words: Words): TemplateResult {
  const expected = phrase(expectedIn(problem.expected, words.lang));
  const found = phrase(foundIn(problem.found, words.lang));
  return html`${problem.warning ? words.warning : words.problem}: ${words.expected} ${expected}; ${words.found} ${found}`;
}

/** The field's problems as a paragraph the input points to, and the attributes that say so. */
function problemsOf(form: Form, id: string, extra: readonly StudioProblem[] = []) {
  const problems = [...extra, ...(form.problems.get(id) ?? [])];
  const invalid = problems.some((problem) => !problem.warning);
  const note = problems.length
    ? html`<p id="${id}-problems" class="st-field-problem">${problems.map((p) => html`<span>${problemText(p, form.words)}</span> `)}</p>`
    : nothing;
  return { invalid: invalid ? 'true' : nothing, note, describedBy: problems.length ? `${id}-problems` : '' };
}

/** `aria-describedby` from the ids that exist. */
function describedBy(...ids: string[]): string | typeof nothing {
  const present = ids.filter(Boolean).join(' ');
  return present || nothing;
}

function hint(id: string, help?: string): TemplateResult | typeof nothing {
  return help ? html`<p id="${id}-help" class="st-hint">${help}</p>` : nothing;
}

export interface InputOptions {
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'datetime-local';
  required?: boolean;
  /** Write on `change` (leaving the field) instead of each key press: ids, lists, numbers. */
  onChange?: boolean;
  inputmode?: string;
  autocomplete?: string;
  /** The value the field writes, from what was typed. */
  parse?: (typed: string) => unknown;
  /** What the field shows, from the value. */
  show?: (value: unknown) => string;
  /** Writes the value some other way than setting it at the path (renaming an id everywhere). */
  write?: (value: unknown) => void;
}

/** One input for the value at `path`. */
export function inputField(form: Form, path: Path, label: string, help?: string, options: InputOptions = {}): TemplateResult {
  const id = fieldId(path);
  const { invalid, note, describedBy: problemsId } = problemsOf(form, id);
  const value = getAt(form.feed, path);
  const shown = options.show ? options.show(value) : value === undefined ? '' : String(value);
  const parse = options.parse ?? ((typed: string) => (typed === '' ? undefined : typed));
  const write = (e: Event) => {
    const value = parse((e.target as HTMLInputElement).value);
    if (options.write) options.write(value);
    else form.set(path, value, options.onChange ? undefined : id);
  };
  return html`<div class="st-field">
    <label for=${id}>${label}${options.required ? html` <span class="st-required">(${form.words.required})</span>` : nothing}</label>
    ${hint(id, help)}
    <input id=${id} type=${options.type ?? 'text'} .value=${live(shown)} aria-invalid=${invalid}
      aria-describedby=${describedBy(help ? `${id}-help` : '', problemsId)} inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'} ?required=${options.required === true}
      @input=${options.onChange ? undefined : write} @change=${options.onChange ? write : undefined} />
    ${note}
  </div>`;
}

export function dateField(form: Form, path: Path, label: string, help?: string): TemplateResult {
  return inputField(form, path, label, help, { type: 'date', onChange: true });
}

/** A number: a decimal comma is fine; what is no number stays as typed and is named as a problem. */
export function numberField(form: Form, path: Path, label: string, help?: string): TemplateResult {
  return inputField(form, path, label, help, { onChange: true, inputmode: 'decimal', parse: numberFromInput });
}

/** A list written as `a; b; c`. */
export function listField(form: Form, path: Path, label: string, help?: string, parse: (typed: string) => unknown = listFromInput): TemplateResult {
  return inputField(form, path, label, help, { onChange: true, parse, show: listText });
}

/** A select; `empty` is the label of "none", which removes the value. */
export function selectField(form: Form, path: Path, label: string, options: readonly Option[], empty?: string, help?: string): TemplateResult {
  const id = fieldId(path);
  const { invalid, note, describedBy: problemsId } = problemsOf(form, id);
  const raw = getAt(form.feed, path);
  const value = raw === undefined ? '' : String(raw);
  // A value the options do not have (an unknown id) is offered as it is, so it is seen and kept.
  const known = value === '' || options.some(([v]) => v === value);
  const all: readonly Option[] = known ? options : [[value, value], ...options];
  const write = (e: Event) => form.set(path, (e.target as HTMLSelectElement).value || undefined);
  return html`<div class="st-field">
    <label for=${id}>${label}</label>
    ${hint(id, help)}
    <select id=${id} .value=${live(value)} aria-invalid=${invalid} aria-describedby=${describedBy(help ? `${id}-help` : '', problemsId)} @change=${write}>
      ${empty !== undefined ? html`<option value="" ?selected=${value === ''}>${empty}</option>` : nothing}
      ${all.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>
    ${note}
  </div>`;
}

/** The languages a Text shows fields for: Swedish, English, Arabic, and any other it already has. */
function textLanguages(form: Form, value: unknown): string[] {
  const own = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  return [...new Set<string>([...TEXT_LANGUAGES, form.language, ...own])];
}

/** A Text: one field per language in a group; the feed's language first. */
export function textsField(form: Form, path: Path, label: string, help?: string, multiline = false, required = false): TemplateResult {
  const groupId = fieldId(path);
  const value = getAt(form.feed, path);
  const whole = form.problems.get(groupId) ?? [];
  const languages = textLanguages(form, value).sort((a, b) => Number(b === form.language) - Number(a === form.language));
  return html`<fieldset class="st-texts" id=${groupId}>
    <legend>${label}${required ? html` <span class="st-required">(${form.words.required})</span>` : nothing}</legend>
    ${hint(groupId, help)}
    ${languages.map((lang) => textInput(form, path, lang, whole, multiline, help ? `${groupId}-help` : ''))}
  </fieldset>`;
}

function textInput(form: Form, path: Path, lang: string, whole: readonly StudioProblem[], multiline: boolean, helpId: string): TemplateResult {
  const id = fieldId([...path, lang]);
  const { invalid, note, describedBy: problemsId } = problemsOf(form, id, whole);
  const value = textIn(getAt(form.feed, path), lang, form.language);
  const write = (e: Event) => {
    const typed = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    form.set(path, withTextIn(getAt(form.feed, path), lang, typed, form.language), id);
  };
  const label = form.words.languageNames[lang] ?? lang;
  const dir = lang === 'ar' ? 'rtl' : 'auto';
  const describes = describedBy(helpId, problemsId);
  const input = multiline
    ? html`<textarea id=${id} lang=${lang} dir=${dir} rows="3" .value=${live(value)} aria-invalid=${invalid} aria-describedby=${describes} @input=${write}></textarea>`
    : html`<input id=${id} lang=${lang} dir=${dir} .value=${live(value)} aria-invalid=${invalid} aria-describedby=${describes} @input=${write} />`;
  return html`<div class="st-field st-text-field"><label for=${id}>${label}</label>${input}${note}</div>`;
}

/** A button that removes the item at `path` (a list entry), named after what it removes. */
export function removeButton(form: Form, label: string, remove: (feed: DraftFeed) => DraftFeed): TemplateResult {
  return html`<button type="button" class="st-remove" @click=${() => form.update(remove)}>${label}</button>`;
}

/** The feed's organisations as options: their name in the feed's language, or their id. */
export function organizationOptions(form: Form): Option[] {
  const organizations = getAt(form.feed, ['organizations']);
  return idsAt(form.feed, ['organizations'])
    .map((id, index): Option => {
      const name = getAt(organizations, [index, 'name']);
      const text = typeof name === 'string' ? name : typeof name === 'object' && name ? String(Object.values(name)[0] ?? '') : '';
      return [id, text ? `${text} (${id})` : id];
    })
    .filter(([id]) => id !== '');
}
