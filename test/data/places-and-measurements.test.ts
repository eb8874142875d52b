/**
 * A municipality code and the name of the same municipality are one place in filters, choices and
 * search (once the names are loaded, as the elements load them for a feed that uses codes); a goal
 * without `current` stands at its latest measurement.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filterChoices, filterProjects } from '../../src/data/filter.js';
import { goalProgress, latestMeasurement, type NumericGoal } from '../../src/data/goals.js';
import {
  feedUsesMunicipalityCodes,
  isMunicipalityCode,
  loadMunicipalityNames,
  municipalityName,
  placeName,
} from '../../src/data/municipality-names.js';
import { indexFeed } from '../../src/data/select.js';
import type { Feed, Goal, Project } from '../../src/data/types.js';

function project(id: string, municipalities: string[]): Project {
  return { id, title: id, organizations: [], municipalities };
}

const feed: Feed = {
  version: 1,
  organizations: [],
  projects: [project('kod', ['1280']), project('namn', ['Malmö']), project('lund', ['Lund']), project('okand', ['9999'])],
};
const ids = (projects: Project[]) => projects.map((p) => p.id);

describe('municipality codes', () => {
  it('tells a code from a name, and a feed that uses codes from one that does not', () => {
    assert.equal(isMunicipalityCode('0114'), true);
    assert.equal(isMunicipalityCode('Malmö'), false);
    assert.equal(isMunicipalityCode('12800'), false);
    assert.equal(feedUsesMunicipalityCodes(feed), true);
    assert.equal(feedUsesMunicipalityCodes({ ...feed, projects: [project('namn', ['Malmö'])] }), false);
  });

  it('are one place with their names once the names are loaded, also in an index made before', async () => {
    const index = indexFeed(feed);
    // Before: a code is only itself.
    assert.deepEqual(ids(filterProjects(index, [{ municipalities: ['Malmö'] }])), ['namn']);
    await loadMunicipalityNames();
    assert.deepEqual(ids(filterProjects(index, [{ municipalities: ['Malmö'] }])), ['kod', 'namn']);
    assert.deepEqual(ids(filterProjects(index, [{ municipalities: ['1280'] }])), ['kod', 'namn']);
    assert.deepEqual(ids(filterProjects(index, [{ search: 'malmo' }])), ['kod', 'namn']);
    assert.deepEqual(filterChoices(index, feed.projects).municipalities, ['Malmö', 'Lund', '9999']);
  });

  it('give their names: Malmö for 1280, Upplands Väsby for 0114; none for a code that is no municipality', async () => {
    assert.equal(await municipalityName('1280'), 'Malmö');
    assert.equal(await municipalityName('0114'), 'Upplands Väsby');
    assert.equal(await municipalityName('9999'), undefined);
    assert.equal(placeName('9999'), '9999');
    assert.equal(Object.keys(await loadMunicipalityNames()).length, 290);
  });
});

describe('measurements', () => {
  const goal: Goal = {
    id: 'g',
    title: 'G',
    target: 50,
    measurements: [
      { date: '2026-09-30', value: 18 },
      { date: '2026-03-31', value: 11 },
    ],
  };

  it('the latest by date is where a goal without current stands, with its date', () => {
    assert.deepEqual(latestMeasurement(goal), { date: '2026-09-30', value: 18 });
    const progress = goalProgress(goal) as NumericGoal;
    assert.equal(progress.current, 18);
    assert.equal(progress.measuredOn, '2026-09-30');
    assert.equal(progress.fraction, 18 / 50);
  });

  it('current, when the feed gives it, wins', () => {
    const progress = goalProgress({ ...goal, current: 20 }) as NumericGoal;
    assert.equal(progress.current, 20);
    assert.equal(progress.measuredOn, undefined);
  });

  it('a goal without measurements or current has no figure', () => {
    assert.equal((goalProgress({ id: 'g', title: 'G', target: 50 }) as NumericGoal).current, undefined);
  });
});
