import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  choiceFromParams,
  choiceParams,
  chosenSort,
  MAX_SHOWN_FROM_URL,
  NO_CHOICE,
  presetQuery,
  visitorQuery,
  type VisitorChoice,
} from '../../src/data/list-query.js';
import { filterProjects } from '../../src/data/filter.js';
import { sampleIndex } from './sample.js';

const known = (id: string) => ['region-skane', 'coompanion-skane'].includes(id);

describe('list-query: presets', () => {
  it('makes the preset attributes a query: lists split on commas, words checked against their lists', () => {
    const { value, problems } = presetQuery(
      { organization: 'region-skane, coompanion-skane', organizationRole: 'lead', topic: 'landsbygd, testmiljö', sdg: '8,17', status: 'active' },
      known,
    );
    assert.deepEqual(value, {
      organizations: ['region-skane', 'coompanion-skane'],
      roles: ['lead'],
      topics: ['landsbygd', 'testmiljö'],
      municipalities: [],
      sdgs: [8, 17],
      statuses: ['active'],
    });
    assert.deepEqual(problems, []);
  });

  it('leaves out what it cannot use and says precisely what, with the known words', () => {
    const { value, problems } = presetQuery(
      { organization: 'nobody', organizationRole: 'boss', sdg: '18, x', status: 'done, planned' },
      known,
    );
    assert.deepEqual(value.roles, []);
    assert.deepEqual(value.sdgs, []);
    assert.deepEqual(value.statuses, ['planned']);
    assert.deepEqual(problems, [
      'organization-role: unknown role "boss" (known: lead, partner, need-owner, knowledge-partner, funder); left out',
      'status: unknown status "done" (known: planned, active, completed); left out',
      'sdg: "18" is not a goal number from 1 to 17; left out',
      'sdg: "x" is not a goal number from 1 to 17; left out',
      'organization: no organisation with id "nobody" in the feed',
    ]);
  });

  it('honours role="lead" (the ARIA attribute) as organization-role, and says to use that', () => {
    const { value, problems } = presetQuery({ role: 'lead' }, known);
    assert.deepEqual(value.roles, ['lead']);
    assert.deepEqual(problems, [`role="lead" sets the element's ARIA role; use organization-role="lead" instead`]);
    // A real ARIA role is the page's business: no word about it.
    assert.deepEqual(presetQuery({ role: 'region' }, known).problems, []);
  });

  it('gives the list the projects the element showed before: Region Skåne leads two', () => {
    const index = sampleIndex();
    const { value } = presetQuery({ organization: 'region-skane', organizationRole: 'lead' }, (id) => index.organizationsById.has(id));
    assert.deepEqual(
      filterProjects(index, [value]).map((p) => p.id),
      ['larprocess-behovsdrivet-stod', 'hallbart-skane'],
    );
  });
});

describe('list-query: visitor choices', () => {
  const choice: VisitorChoice = { ...NO_CHOICE, search: 'malmo', topic: 'landsbygd', status: 'active', organization: 'gone' };

  it('uses only the controls shown and the values offered', () => {
    const offered = (_control: string, value: string) => value !== 'gone';
    assert.deepEqual(visitorQuery(choice, ['search', 'topic', 'organization'], offered), {
      search: 'malmo',
      organizations: [],
      topics: ['landsbygd'],
      municipalities: [],
      statuses: [],
    });
    assert.deepEqual(visitorQuery(choice, ['status'], offered), {
      search: '',
      organizations: [],
      topics: [],
      municipalities: [],
      statuses: ['active'],
    });
  });

  it('knows the sort orders, and nothing else', () => {
    assert.equal(chosenSort('recent'), 'recent');
    assert.equal(chosenSort('newest'), undefined);
    assert.equal(chosenSort(null), undefined);
  });
});

describe('list-query: the query string', () => {
  it('writes only what differs from no choice, under the prefix, and reads it back', () => {
    const choice: VisitorChoice = { ...NO_CHOICE, search: ' lund ', topic: 'landsbygd', sort: 'title', shown: 24 };
    const entries = choiceParams(choice, 'kurser', 12);
    assert.deepEqual(
      entries.filter(([, value]) => value !== undefined),
      [
        ['kurser-q', 'lund'],
        ['kurser-topic', 'landsbygd'],
        ['kurser-sort', 'title'],
        ['kurser-shown', '24'],
      ],
    );
    const params = new URLSearchParams(entries.flatMap(([key, value]) => (value === undefined ? [] : [[key, value]])));
    assert.deepEqual(choiceFromParams(params, 'kurser'), {
      value: { ...NO_CHOICE, search: 'lund', topic: 'landsbygd', sort: 'title', shown: 24 },
      problems: [],
    });
    // One page is what the list shows anyway: not worth a parameter.
    assert.equal(choiceParams({ ...NO_CHOICE, shown: 12 }, 'si', 12).find(([key]) => key === 'si-shown')?.[1], undefined);
  });

  it('leaves out statuses, orders and counts a link cannot mean', () => {
    const params = new URLSearchParams('si-status=done&si-sort=newest&si-shown=-3&other=kept');
    assert.deepEqual(choiceFromParams(params, 'si'), { value: { ...NO_CHOICE, sort: undefined, shown: undefined }, problems: [] });
    assert.equal(choiceFromParams(new URLSearchParams('si-shown=2.5'), 'si').value.shown, undefined);
  });

  it('never lets a link ask for more than a bounded number of projects, and says so', () => {
    const { value, problems } = choiceFromParams(new URLSearchParams('si-shown=100000'), 'si');
    assert.equal(value.shown, MAX_SHOWN_FROM_URL);
    assert.ok(MAX_SHOWN_FROM_URL <= 1000, 'a link shows a bounded number of projects');
    assert.deepEqual(problems, [
      `sync-url: si-shown="100000" asks for more projects than a link may show; showing ${MAX_SHOWN_FROM_URL}`,
    ]);
    assert.equal(choiceFromParams(new URLSearchParams(`si-shown=${MAX_SHOWN_FROM_URL}`), 'si').problems.length, 0);
  });
});
