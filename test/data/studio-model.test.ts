/** Issue 13: the studio's pure parts (draft, problems, opening, search) and the feed serializer. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  addMeasurement,
  addProject,
  change,
  getAt,
  numberFromInput,
  redo,
  removeAt,
  renameOrganization,
  setAt,
  setPruned,
  startHistory,
  undo,
  withTextIn,
  type DraftFeed,
} from '../../src/studio/draft.js';
import { feedFromText, fileKind, findProjects } from '../../src/studio/open.js';
import { checkDraft, fieldId, parsePath } from '../../src/studio/problems.js';

const sampleText = readFileSync(new URL('../../src/public/feeds/sample.json', import.meta.url), 'utf8');
const sample = JSON.parse(sampleText) as DraftFeed;
const asifIndex = (sample.projects as { id: string }[]).findIndex((p) => p.id === 'asif');
const asifGoal = ['projects', asifIndex, 'goals', 0] as const;

describe('the studio draft', () => {
  it('sets a value at a path without touching the original, sharing what did not change', () => {
    const next = setAt(sample, [...asifGoal, 'target'], 60);
    assert.equal(getAt(next, [...asifGoal, 'target']), 60);
    assert.equal(getAt(sample, [...asifGoal, 'target']), 50);
    assert.equal(getAt(next, ['organizations']), sample.organizations);
    assert.equal(getAt(next, ['projects', asifIndex + 1]), getAt(sample, ['projects', asifIndex + 1]));
    assert.equal(getAt(removeAt(next, [...asifGoal, 'target']), [...asifGoal, 'target']), undefined);
    assert.equal((removeAt(sample, ['projects', 0]).projects as unknown[]).length, (sample.projects as unknown[]).length - 1);
  });

  it('undoes and redoes; typing on in one field is one step', () => {
    let history = startHistory(sample);
    history = change(history, setAt(history.feed, ['title'], 'A'), 'f-title');
    history = change(history, setAt(history.feed, ['title'], 'Ab'), 'f-title');
    history = change(history, setAt(history.feed, ['language'], 'en'));
    assert.equal(history.past.length, 2);
    history = undo(history);
    assert.equal(history.feed.language, 'sv');
    assert.equal(history.feed.title, 'Ab');
    history = undo(history);
    assert.equal(history.feed, sample);
    history = redo(redo(history));
    assert.equal(history.feed.language, 'en');
    assert.equal(redo(history), history);
  });

  it('writes one language of a Text, keeping a plain string plain until another language is added', () => {
    assert.equal(withTextIn('Hej', 'sv', 'Hej då', 'sv'), 'Hej då');
    assert.deepEqual(withTextIn('Hej', 'en', 'Hi', 'sv'), { sv: 'Hej', en: 'Hi' });
    assert.deepEqual(withTextIn({ sv: 'Hej', en: 'Hi' }, 'en', '', 'sv'), { sv: 'Hej' });
    assert.equal(withTextIn('Hej', 'sv', '', 'sv'), undefined);
    assert.deepEqual(withTextIn(undefined, 'ar', 'مرحبا', 'sv'), { ar: 'مرحبا' });
  });

  it('reads numbers as Swedish writes them, and keeps what is no number for the validator to name', () => {
    assert.equal(numberFromInput('23'), 23);
    assert.equal(numberFromInput(' 1 234,5 '), 1234.5);
    assert.equal(numberFromInput(''), undefined);
    assert.equal(numberFromInput('tjugo'), 'tjugo');
  });

  it('adds "23 on 2026-12-05" to a goal in one step, and current follows when the goal states one', () => {
    const added = addMeasurement(sample, asifGoal, 23, '2026-12-05');
    assert.deepEqual(getAt(added, [...asifGoal, 'measurements']), [{ date: '2026-12-05', value: 23 }]);
    assert.equal(getAt(added, [...asifGoal, 'current']), undefined);
    const withCurrent = setAt(sample, [...asifGoal, 'current'], 18);
    assert.equal(getAt(addMeasurement(withCurrent, asifGoal, 23, '2026-12-05'), [...asifGoal, 'current']), 23);
    const later = addMeasurement(withCurrent, asifGoal, 23, '2026-12-05');
    assert.equal(getAt(addMeasurement(later, asifGoal, 20, '2026-11-01'), [...asifGoal, 'current']), 23, 'an older measurement does not move current');
    assert.deepEqual(checkDraft(added, '2026-12-06').problems, []);
  });

  it('clearing the last plural form of a unit removes the language and then unitForms', () => {
    const forms = [...asifGoal, 'unitForms'];
    let feed = setPruned(sample, [...forms, 'sv', 'one'], 'aktör', asifGoal.length);
    feed = setPruned(feed, [...forms, 'sv', 'other'], 'aktörer', asifGoal.length);
    assert.deepEqual(getAt(feed, forms), { sv: { one: 'aktör', other: 'aktörer' } });
    assert.deepEqual(checkDraft(feed, '2026-12-06').problems, []);
    feed = setPruned(feed, [...forms, 'sv', 'other'], undefined, asifGoal.length);
    assert.equal(checkDraft(feed, '2026-12-06').problems[0]?.at, `$.projects[${asifIndex}].goals[0].unitForms["sv"]`, 'other is required');
    feed = setPruned(feed, [...forms, 'sv', 'one'], undefined, asifGoal.length);
    assert.equal(getAt(feed, forms), undefined);
    assert.ok(getAt(feed, asifGoal));
  });

  it('renames an organisation and every reference to it', () => {
    const index = (sample.organizations as { id: string }[]).findIndex((o) => o.id === 'malmo-universitet');
    const renamed = renameOrganization(sample, index, 'mau');
    assert.equal(getAt(renamed, ['organizations', index, 'id']), 'mau');
    assert.deepEqual(getAt(renamed, ['projects', asifIndex, 'organizations', 0]), { id: 'mau', role: 'lead' });
    assert.deepEqual(checkDraft(renamed, '2026-12-06').problems, []);
  });

  it('a new project has a unique id and a title to write, which the validator asks for', () => {
    const { feed, index } = addProject(addProject(sample).feed);
    assert.equal(getAt(feed, ['projects', index, 'id']), 'nytt-projekt-2');
    const problems = checkDraft(feed, '2026-12-06').problems.map((p) => p.at);
    assert.ok(problems.includes(`$.projects[${index}].title`), problems.join());
  });
});

describe('the studio opens only feeds', () => {
  it('tells files apart by their bytes', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    assert.equal(fileKind(bytes('\uFEFF  {"version": 1}')), 'json');
    // A zip (.xlsx, .xlsm) or an OLE file (.xls, a password-protected workbook): which one, the
    // spreadsheet reader decides (its refusals are tested in tables.test.ts and the studio's).
    assert.equal(fileKind(new Uint8Array([0x50, 0x4b, 3, 4, 0])), 'spreadsheet');
    assert.equal(fileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])), 'spreadsheet');
    assert.equal(fileKind(bytes('PK')), 'unknown');
    assert.equal(fileKind(bytes('<html>')), 'unknown');
  });

  it('names why text is no feed, and keeps a feed as written, invalid items too', () => {
    assert.equal(feedFromText('{"version": 1,').ok, false);
    const reason = (text: string) => {
      const opened = feedFromText(text);
      return opened.ok ? 'ok' : opened.reason;
    };
    assert.equal(reason('{"version": 1,'), 'not-json');
    assert.equal(reason('{"version": 2, "projects": []}'), 'version');
    assert.equal(reason('{"hello": 1}'), 'not-feed');
    assert.equal(reason('[]'), 'not-feed');
    const opened = feedFromText('{"version": 1, "organizations": [], "projects": [{"id": "x"}]}');
    assert.ok(opened.ok);
    assert.deepEqual(opened.feed.projects, [{ id: 'x' }]);
  });

  it('finds a project by part of its title, accents ignored, and lists at most the limit', () => {
    const { shown, total } = findProjects(sample, 'innovationsallians', 'sv', 10);
    assert.deepEqual(shown.map((p) => p.id), ['asif']);
    assert.equal(total, 1);
    assert.deepEqual(findProjects(sample, 'LARPROCESS', 'sv', 10).shown.map((p) => p.id), ['larprocess-behovsdrivet-stod']);
    const all = findProjects(sample, '', 'sv', 2);
    assert.equal(all.shown.length, 2);
    assert.equal(all.total, (sample.projects as unknown[]).length);
  });
});

describe('problems point at their fields', () => {
  it('reads the validator\'s paths and makes ids of them', () => {
    assert.deepEqual(parsePath('$.projects[3].title["en-x"]'), ['projects', 3, 'title', 'en-x']);
    assert.deepEqual(parsePath('$.projects[3].goals[0].measurements[1].date'), ['projects', 3, 'goals', 0, 'measurements', 1, 'date']);
    assert.equal(fieldId(['projects', 3, 'title', 'sv']), 'f-projects-3-title-sv');
  });

  it('a measurement dated after today is a problem of its date field (the strict check)', () => {
    const future = addMeasurement(sample, asifGoal, 23, '2026-12-31');
    const [problem] = checkDraft(future, '2026-12-06').problems;
    assert.deepEqual(problem.path, [...asifGoal, 'measurements', 0, 'date']);
  });
});
