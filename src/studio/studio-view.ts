/** The studio's views: the bar to open and save, the contents, the problems, the editor. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { feedLanguage, getAt, idsAt, addOrganization, addProject, textIn } from './draft.js';
import { problemText, type Form } from './fields.js';
import { feedForm, organizationForm } from './forms-feed.js';
import { projectForm } from './forms-project.js';
import { findProjects } from './open.js';
import { previewPart } from './preview.js';
import { fieldId } from './problems.js';
import type { FeedStudio, StudioDialog } from './studio-page.js';
import { describeChanges } from '../data/atom.js';

/** Projects listed at most while searching: enough to pick from, few enough to render at once. */
export const LISTED_PROJECTS = 30;
/** Problems listed at most; the count says how many there are. */
const LISTED_PROBLEMS = 100;

export function studioView(s: FeedStudio): TemplateResult {
  const w = s.words;
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    s.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) await s.openFile(file);
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    s.dragging = true;
  };
  return html`<div class="st ${s.dragging ? 'st-dragging' : ''}" @dragover=${over} @dragleave=${() => (s.dragging = false)} @drop=${drop}>
    ${headerPart(s)}
    <p class="st-message" role="status">${s.message?.kind === 'info' ? s.message.text : ''}</p>
    <p class="st-message st-error-message" role="alert">${s.message?.kind === 'error' ? s.message.text : ''}</p>
    ${s.dragging ? html`<p class="st-drop">${w.dropHere}</p>` : nothing}
    <div class="st-bars">${openPanel(s)} ${s.feed ? savePanel(s) : nothing}</div>
    ${s.feed ? workspace(s) : html`<p class="st-empty">${w.nothingOpen}</p>`}
    ${dialogPart(s)}
  </div>`;
}

function headerPart(s: FeedStudio): TemplateResult {
  const w = s.words;
  const choose = (e: Event) => void s.setUiLanguage((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv');
  return html`<header class="st-header">
    <h1>${w.pageTitle}</h1>
    <p>${w.intro}</p>
    <div class="st-field st-ui-language">
      <label for="st-ui-language">${w.uiLanguage}</label>
      <select id="st-ui-language" .value=${live(s.uiLanguage)} @change=${choose}>
        <option value="sv" lang="sv" ?selected=${s.uiLanguage === 'sv'}>Svenska</option>
        <option value="en" lang="en" ?selected=${s.uiLanguage === 'en'}>English</option>
      </select>
    </div>
  </header>`;
}

function openPanel(s: FeedStudio): TemplateResult {
  const w = s.words;
  const openUrl = (e: Event) => {
    e.preventDefault();
    void s.openUrl((document.getElementById('st-url') as HTMLInputElement).value);
  };
  const openChosen = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await s.openFile(file);
    input.value = '';
  };
  const openPasted = () => s.openText((document.getElementById('st-paste') as HTMLTextAreaElement).value, w.pasteLabel);
  const fields = html`
    <form class="st-field" @submit=${openUrl}>
      <label for="st-url">${w.feedUrl}</label>
      <p class="st-hint" id="st-url-help">${w.feedUrlHelp}</p>
      <div class="st-inline"><input id="st-url" type="url" inputmode="url" spellcheck="false" aria-describedby="st-url-help" /><button>${w.openUrl}</button></div>
    </form>
    <div class="st-field">
      <label for="st-file">${w.fileLabel}</label>
      <p class="st-hint" id="st-file-help">${w.fileHelp}</p>
      <input id="st-file" type="file" accept=".json,.xlsx,application/json" aria-describedby="st-file-help" @change=${openChosen} />
      ${s.canPickFiles ? html`<button type="button" @click=${() => void s.pickAndOpen()}>${w.openFile}</button>` : nothing}
    </div>
    <div class="st-field">
      <label for="st-paste">${w.pasteLabel}</label>
      <textarea id="st-paste" rows="3" spellcheck="false"></textarea>
      <div class="st-inline"><button type="button" id="st-open-pasted" @click=${openPasted}>${w.openPasted}</button><button type="button" @click=${() => s.newFeed()}>${w.newFeed}</button></div>
    </div>`;
  // With a draft open, opening another is the exception: folded away, one key press from the summary.
  if (s.feed) {
    return html`<details class="st-panel st-open-other"><summary><h2 id="st-open-heading">${w.openOther}</h2></summary>${fields}</details>`;
  }
  return html`<section class="st-panel" aria-labelledby="st-open-heading"><h2 id="st-open-heading" tabindex="-1">${w.openHeading}</h2>${fields}</section>`;
}

function savePanel(s: FeedStudio): TemplateResult {
  const w = s.words;
  const history = s.history!;
  return html`<section class="st-panel" aria-labelledby="st-save-heading">
    <h2 id="st-save-heading">${w.saveHeading}</h2>
    <p><strong>${w.draftOf}:</strong> ${s.sourceName}${s.changed ? html` (${w.unsaved})` : nothing}</p>
    <p class="st-notice" id="st-stored-notice">${w.storedNotice}</p>
    ${s.storageFull ? html`<p class="st-error-text">${w.storageFull}</p>` : nothing}
    <div class="st-buttons">
      ${s.handle ? html`<button type="button" class="st-primary" aria-describedby="st-save-help" @click=${() => void s.save()}>${w.save}</button><span class="st-hint" id="st-save-help">${w.saveHelp}</span>` : nothing}
      <button type="button" class="st-primary" id="st-download" @click=${() => s.downloadJson()}>${w.downloadJson}</button>
      ${s.spreadsheets ? html`<button type="button" id="st-download-xlsx" @click=${() => void s.downloadSpreadsheet()}>${w.downloadXlsx}</button>` : nothing}
      <button type="button" id="st-undo" aria-keyshortcuts="Control+Z" ?disabled=${history.past.length === 0} @click=${() => s.undo()}>${w.undo}</button>
      <button type="button" id="st-redo" aria-keyshortcuts="Control+Shift+Z" ?disabled=${history.future.length === 0} @click=${() => s.redo()}>${w.redo}</button>
      <button type="button" id="st-close" aria-describedby="st-close-help" @click=${() => s.requestClose()}>${w.close}</button>
      <span class="st-hint" id="st-close-help">${w.closeHelp}</span>
    </div>
    ${s.canPublish
      ? html`<div class="st-buttons st-publish">
          <button type="button" id="st-publish" aria-describedby="st-publish-help" @click=${() => void s.startPublishing()}>${w.publish}</button>
          <span class="st-hint" id="st-publish-help">${w.publishHelp}</span>
        </div>
        ${publishUrlField(s)}`
      : nothing}
  </section>`;
}

/** "Flödets webbadress": optional; where feed.json is published, for changes.xml's links (`si-feed publish --feed-url`). */
function publishUrlField(s: FeedStudio): TemplateResult {
  const w = s.words;
  const described = s.publishUrlBad ? 'st-publish-url-help st-publish-url-problem' : 'st-publish-url-help';
  return html`<div class="st-field st-publish-url">
    <label for="st-publish-url">${w.publishUrl}</label>
    <p class="st-hint" id="st-publish-url-help">${w.publishUrlHelp}</p>
    <input id="st-publish-url" type="url" inputmode="url" autocomplete="url" spellcheck="false" .value=${live(s.publishUrl)}
      aria-invalid=${s.publishUrlBad ? 'true' : nothing} aria-describedby=${described}
      @input=${(e: Event) => s.setPublishUrl((e.target as HTMLInputElement).value)} />
    ${s.publishUrlBad ? html`<p class="st-field-problem" id="st-publish-url-problem">${w.publishUrlBad}</p>` : nothing}
  </div>`;
}

/** The modal dialog: "Stäng" asking first, or "Publicera" showing the change list before it writes. */
function dialogPart(s: FeedStudio): TemplateResult | typeof nothing {
  const { dialog } = s;
  if (!dialog) return nothing;
  // Escape closes it as "Avbryt" does, except while files are being written.
  const cancel = (e: Event) => (dialog.kind === 'publish' && dialog.busy ? e.preventDefault() : undefined);
  // The question's text describes the close dialog; the change list is read from the heading on, not as a description.
  const described = dialog.kind === 'close' ? 'st-dialog-text' : nothing;
  return html`<dialog class="st-dialog" aria-labelledby="st-dialog-heading" aria-describedby=${described} @cancel=${cancel} @close=${() => s.dialogClosed()}>
    ${dialog.kind === 'publish' ? publishDialog(s, dialog) : closeDialog(s)}
  </dialog>`;
}

function closeDialog(s: FeedStudio): TemplateResult {
  const w = s.words;
  const confirm = () => {
    s.close();
    s.endDialog();
  };
  return html`<h2 id="st-dialog-heading">${w.closeConfirmHeading}</h2>
    <p id="st-dialog-text">${w.closeConfirmText}</p>
    <div class="st-buttons">
      <button type="button" data-autofocus @click=${() => s.endDialog()}>${w.cancel}</button>
      <button type="button" class="st-danger-button" id="st-close-confirm" @click=${confirm}>${w.closeConfirm}</button>
    </div>`;
}

function publishDialog(s: FeedStudio, dialog: Extract<StudioDialog, { kind: 'publish' }>): TemplateResult {
  const w = s.words;
  const lines = describeChanges(dialog.changes, s.uiLanguage);
  // describeChanges indents a project under its heading; here the indent becomes a nested list.
  const groups: { heading: string; items: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith('  ') && groups.length > 0) groups[groups.length - 1].items.push(line.trim());
    else groups.push({ heading: line, items: [] });
  }
  return html`<h2 id="st-dialog-heading" tabindex="-1" data-autofocus>${w.publishHeading(dialog.folder.name)}</h2>
    <div>
      <p>${w.publishChanges}</p>
      <ul class="st-changes" id="st-publish-changes">
        ${groups.map((group) => html`<li>${group.heading}${group.items.length ? html`<ul>${group.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}</li>`)}
      </ul>
    </div>
    <p>${w.publishFiles}</p>
    <ul class="st-files" id="st-publish-files">${dialog.files.map(([name]) => html`<li><code>${name}</code></li>`)}</ul>
    ${dialog.feedUrl ? html`<p id="st-publish-links">${w.publishLinks(dialog.feedUrl)}</p>` : nothing}
    <div class="st-buttons">
      <button type="button" class="st-primary" id="st-publish-now" ?disabled=${dialog.busy} @click=${() => void s.publishNow()}>${dialog.busy ? w.publishing : w.publishNow}</button>
      <button type="button" id="st-publish-cancel" ?disabled=${dialog.busy} @click=${() => s.endDialog()}>${w.cancel}</button>
    </div>`;
}

function workspace(s: FeedStudio): TemplateResult {
  return html`<div class="st-workspace">
    ${navPart(s)}
    <div class="st-main">${problemsPart(s)} ${editorPart(s)}</div>
    ${previewPart(s)}
  </div>`;
}

/** The form the studio works through: the draft, its problems and the ways to change it. */
function formOf(s: FeedStudio): Form {
  const feed = s.feed!;
  return {
    feed,
    language: feedLanguage(feed),
    words: s.words,
    problems: s.problems,
    set: (path, value, key) => s.set(path, value, key),
    update: (change) => s.feed && s.edit(change(s.feed)),
  };
}

function editorPart(s: FeedStudio): TemplateResult {
  const form = formOf(s);
  const { selection } = s;
  const list = selection.kind === 'project' ? 'projects' : 'organizations';
  const exists = selection.kind !== 'feed' && getAt(form.feed, [list, selection.index]) !== undefined;
  if (selection.kind === 'project' && exists) return projectForm(form, selection.index);
  if (selection.kind === 'organization' && exists) return organizationForm(form, selection.index);
  return feedForm(form);
}

function navPart(s: FeedStudio): TemplateResult {
  const w = s.words;
  const feed = s.feed!;
  const current = (kind: string, index?: number) =>
    s.selection.kind === kind && (index === undefined || ('index' in s.selection && s.selection.index === index)) ? 'true' : nothing;
  const newOrganization = () => {
    const { feed: next, index } = addOrganization(feed);
    s.edit(next);
    s.select({ kind: 'organization', index });
  };
  return html`<nav class="st-nav" aria-labelledby="st-nav-heading">
    <h2 id="st-nav-heading">${w.navHeading}</h2>
    <p><button type="button" class="st-link" aria-current=${current('feed')} @click=${() => s.select({ kind: 'feed' })}>${w.editFeedSettings}</button></p>
    <h3>${w.organizations}</h3>
    <ul class="st-list">
      ${idsAt(feed, ['organizations']).map((id, index) => {
        const name = textIn(getAt(feed, ['organizations', index, 'name']), feedLanguage(feed), feedLanguage(feed));
        return html`<li><button type="button" class="st-link" aria-current=${current('organization', index)} @click=${() => s.select({ kind: 'organization', index })}>${name || id || `#${index + 1}`}</button></li>`;
      })}
    </ul>
    <button type="button" @click=${newOrganization}>${w.addOrganization}</button>
    ${projectsNav(s, current)}
  </nav>`;
}

function projectsNav(s: FeedStudio, current: (kind: string, index: number) => string | typeof nothing): TemplateResult {
  const w = s.words;
  const feed = s.feed!;
  const { shown, total } = findProjects(feed, s.query, s.uiLanguage, LISTED_PROJECTS);
  const newProject = () => {
    const { feed: next, index } = addProject(feed);
    s.edit(next);
    s.select({ kind: 'project', index });
  };
  return html`<h3>${w.projects}</h3>
    <div class="st-field">
      <label for="st-search">${w.searchProjects}</label>
      <p class="st-hint" id="st-search-help">${w.searchHelp}</p>
      <input id="st-search" type="search" .value=${live(s.query)} aria-describedby="st-search-help st-search-count" @input=${(e: Event) => (s.query = (e.target as HTMLInputElement).value)} />
      <p class="st-hint" id="st-search-count" role="status">${w.matches(shown.length, total)}</p>
    </div>
    <ul class="st-list">
      ${shown.map((entry) => html`<li><button type="button" class="st-link" data-project=${entry.id} aria-current=${current('project', entry.index)} @click=${() => s.select({ kind: 'project', index: entry.index })}>${entry.title || entry.id || `#${entry.index + 1}`}</button></li>`)}
    </ul>
    <button type="button" @click=${newProject}>${w.addProject}</button>`;
}

/** Where a problem is, in words: "asif: goals[0].target". */
function problemPlace(s: FeedStudio, at: string): string {
  const match = /^\$\.(projects|organizations)\[(\d+)\](.*)$/.exec(at);
  if (!match) return at === '$' ? s.words.feedPart : at.replace(/^\$\./, '');
  const id = getAt(s.feed, [match[1], Number(match[2])]);
  const name = typeof id === 'object' && id !== null && typeof (id as { id?: unknown }).id === 'string' ? (id as { id: string }).id : `${match[1]}[${match[2]}]`;
  return `${name}${match[3] ? `: ${match[3].replace(/^\./, '')}` : ''}`;
}

function problemsPart(s: FeedStudio): TemplateResult {
  const w = s.words;
  const { problems } = s.check;
  const warnings = problems.filter((p) => p.warning).length;
  const listed = problems.slice(0, LISTED_PROBLEMS);
  return html`<section class="st-problems" aria-labelledby="st-problems-heading">
    <h2 id="st-problems-heading">${w.problemsHeading}</h2>
    <p id="st-problems-count">${problems.length === 0 ? w.noProblems : w.problemsCount(problems.length - warnings, warnings)}
      ${problems.length > listed.length ? w.problemsShown(listed.length) : nothing}</p>
    ${listed.length
      ? html`<ul class="st-problem-list">
          ${listed.map(
            (p) => html`<li class=${p.warning ? 'st-warning' : 'st-error'}><a href="#${fieldId(p.path)}" @click=${(e: Event) => {
              e.preventDefault();
              void s.goToProblem(p.path);
            }}>${problemPlace(s, p.at)}</a> ${problemText(p, w)}</li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}
