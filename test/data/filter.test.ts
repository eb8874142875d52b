import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  filterChoices,
  filterProjects,
  foldForSearch,
  isEmptyQuery,
  parseList,
  parseRoles,
  parseSdgs,
  type SortContext,
} from '../../src/data/filter.js';
import { collatorFor } from '../../src/data/format.js';
import type { Project } from '../../src/data/types.js';
import { indexOf, sampleIndex } from './sample.js';

const ids = (projects: Project[]) => projects.map((p) => p.id);
const sv: SortContext = { language: 'sv', today: '2026-06-01', collator: collatorFor('sv') };

describe('filter', () => {
  it('folds case and accents the way searchers type', () => {
    assert.equal(foldForSearch('Malmö  Universitet'), 'malmo universitet');
    assert.equal(foldForSearch('ÅÄÖ éü ø æ ß'), 'aao eu o ae ss');
    assert.equal(foldForSearch('مُحَمَّد'), 'محمد');
  });

  it('shows exactly the projects Coompanion Skåne takes part in', () => {
    const index = sampleIndex();
    const expected = index.feed.projects
      .filter((p) => p.organizations.some((o) => o.id === 'coompanion-skane'))
      .map((p) => p.id);
    assert.deepEqual(expected, ['hallbart-skane']);
    assert.deepEqual(ids(filterProjects(index, [{ organizations: ['coompanion-skane'] }])), expected);
  });

  it('combines organisation and role: only projects where the organisation has that role', () => {
    const index = sampleIndex();
    assert.deepEqual(ids(filterProjects(index, [{ organizations: ['region-skane'], roles: ['lead'] }])), [
      'larprocess-behovsdrivet-stod',
      'hallbart-skane',
    ]);
    assert.deepEqual(ids(filterProjects(index, [{ organizations: ['lunds-universitet'], roles: ['lead'] }])), []);
    assert.deepEqual(ids(filterProjects(index, [{ organizations: ['lunds-universitet'], roles: ['partner', 'knowledge-partner'] }])), [
      'joint-way',
      'larprocess-behovsdrivet-stod',
    ]);
    assert.deepEqual(ids(filterProjects(index, [{ roles: ['need-owner'] }])), ['larprocess-behovsdrivet-stod']);
  });

  it('combines fields with AND and values of one field with OR', () => {
    const index = sampleIndex();
    assert.deepEqual(ids(filterProjects(index, [{ topics: ['Testmiljö', 'landsbygd'] }])), [
      'larprocess-behovsdrivet-stod',
      'hallbart-skane',
    ]);
    assert.deepEqual(ids(filterProjects(index, [{ topics: ['testmiljo'], municipalities: ['helsingborg'] }])), [
      'larprocess-behovsdrivet-stod',
    ]);
    assert.deepEqual(ids(filterProjects(index, [{ topics: ['landsbygd'], municipalities: ['Helsingborg'] }])), []);
    assert.deepEqual(ids(filterProjects(index, [{ statuses: ['completed'] }])), []);
    assert.equal(filterProjects(index, [{ statuses: ['active'] }]).length, 5);
    // Preset and visitor queries are ANDed too.
    assert.deepEqual(ids(filterProjects(index, [{ organizations: ['region-skane'] }, { search: 'helsingborg' }])), [
      'larprocess-behovsdrivet-stod',
    ]);
  });

  it('searches title, summary and organisation names without regard to case or accents', () => {
    const index = sampleIndex();
    assert.deepEqual(ids(filterProjects(index, [{ search: 'malmo' }])), ['asif', 'nationell-kunskapsplattform']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'MALMÖ UNIVERSITET' }])), ['asif', 'nationell-kunskapsplattform']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'coompanion' }])), ['hallbart-skane']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'incubator' }])), ['joint-way']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'university lund' }])), ['joint-way', 'larprocess-behovsdrivet-stod']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'no such words here' }])), []);
    assert.equal(filterProjects(index, [{ search: '   ' }]).length, 5);
  });

  it('filters by SDG', () => {
    const index = indexOf({
      organizations: [],
      projects: [
        { id: 'a', title: 'A', organizations: [], sdgs: [5, 8] },
        { id: 'b', title: 'B', organizations: [], sdgs: [11] },
        { id: 'c', title: 'C', organizations: [] },
      ],
    });
    assert.deepEqual(ids(filterProjects(index, [{ sdgs: [8, 11] }])), ['a', 'b']);
  });

  it('sorts by title, start date and most recently started, dateless last, stable', () => {
    const index = indexOf({
      organizations: [],
      projects: [
        { id: 'o', title: 'Örat', organizations: [], start: '2025-01-10' },
        { id: 'a', title: 'Ängen', organizations: [], start: '2026-03-01' },
        { id: 'z', title: 'Zoo', organizations: [] },
        { id: 'b', title: 'bygget', organizations: [], start: '2024-05-05' },
        { id: 'f', title: 'Framtid', organizations: [], start: '2027-01-01' },
      ],
    });
    assert.deepEqual(ids(filterProjects(index, [], 'feed', sv)), ['o', 'a', 'z', 'b', 'f']);
    assert.deepEqual(ids(filterProjects(index, [], 'title', sv)), ['b', 'f', 'z', 'a', 'o']);
    assert.deepEqual(ids(filterProjects(index, [], 'title', { ...sv, language: 'en', collator: collatorFor('en') })), [
      'a',
      'b',
      'f',
      'o',
      'z',
    ]);
    assert.deepEqual(ids(filterProjects(index, [], 'start', sv)), ['b', 'o', 'a', 'f', 'z']);
    assert.deepEqual(ids(filterProjects(index, [], 'recent', sv)), ['a', 'o', 'b', 'f', 'z']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'o' }], 'title', sv)), ['z', 'o']);
  });

  it('offers the values of the projects given, one entry per topic however it is spelled', () => {
    const index = sampleIndex();
    const coompanion = filterProjects(index, [{ organizations: ['coompanion-skane'] }]);
    const choices = filterChoices(index, coompanion);
    assert.deepEqual(choices.organizations, ['region-skane', 'sopact', 'coompanion-skane', 'natverket-ideburen-sektor-skane']);
    assert.ok(choices.topics.includes('landsbygd'));
    assert.ok(!choices.topics.includes('testmiljö'));
    assert.deepEqual(choices.statuses, ['active']);
    const variants = indexOf({
      organizations: [],
      projects: [
        { id: 'a', title: 'A', organizations: [], topics: ['Socialt företagande'], municipalities: ['Malmö'] },
        { id: 'b', title: 'B', organizations: [], topics: ['socialt foretagande'], municipalities: ['malmö'] },
      ],
    });
    const all = filterChoices(variants, variants.feed.projects);
    assert.deepEqual(all.topics, ['Socialt företagande']);
    assert.deepEqual(all.municipalities, ['Malmö']);
  });

  it('reads attribute lists and reports what it cannot use', () => {
    assert.deepEqual(parseList(' a, b,,c '), ['a', 'b', 'c']);
    assert.deepEqual(parseList(null), []);
    assert.deepEqual(parseRoles('lead, boss'), { kept: ['lead'], unknown: ['boss'] });
    assert.deepEqual(parseSdgs('3, 18, x'), { kept: [3], unknown: ['18', 'x'] });
    assert.equal(isEmptyQuery({ search: ' ', topics: [] }), true);
    assert.equal(isEmptyQuery({ statuses: ['active'] }), false);
  });

  it('keeps a keystroke cheap on 10,000 projects: the search text is folded once per feed', () => {
    const projects: Project[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      title: `Projekt nummer ${i} i Malmö`,
      summary: 'En sammanfattning som är ungefär så lång som de brukar vara i flödet, med några ord till.',
      organizations: [{ id: `o${i % 50}`, role: 'lead' }],
      topics: [`ämne ${i % 20}`],
    }));
    const index = indexOf({ organizations: Array.from({ length: 50 }, (_, i) => ({ id: `o${i}`, name: `Org ${i}` })), projects });
    filterProjects(index, [{ search: 'x' }]); // builds the search index
    const started = performance.now();
    let found = 0;
    for (const query of ['m', 'ma', 'mal', 'malm', 'malmo', 'malmo 99']) found = filterProjects(index, [{ search: query }]).length;
    const perKeystroke = (performance.now() - started) / 6;
    assert.equal(found, projects.filter((p) => String(p.title).includes('99')).length);
    // Not a timing test: a generous bound that only a per-keystroke re-fold of the feed would break.
    assert.ok(perKeystroke < 250, `a keystroke took ${perKeystroke.toFixed(1)} ms`);
  });
});
