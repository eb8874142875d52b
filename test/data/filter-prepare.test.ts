import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterProjects, prepareSearch } from '../../src/data/filter.js';
import { indexFeed } from '../../src/data/select.js';
import { validateFeed } from '../../src/data/validate.js';
import { makeFeed } from '../bench/feeds.js';

function generatedIndex() {
  const result = validateFeed(makeFeed({ projects: 200, organizations: 20 }));
  assert.ok(result.ok);
  return indexFeed(result.feed);
}

test('searching finds the same projects whether the search text was prepared ahead or on the first query', () => {
  const lazy = generatedIndex();
  const prepared = generatedIndex();
  prepareSearch(prepared);
  for (const search of ['zenit', 'Zenit unga', 'HÄLSA', 'org 003', 'no such words']) {
    const ids = (index: typeof lazy) => filterProjects(index, [{ search }]).map((p) => p.id);
    assert.deepEqual(ids(prepared), ids(lazy), search);
  }
  // One project in ten has "Zenit" in its title; a filter without words keeps every project.
  assert.equal(filterProjects(lazy, [{ search: 'zenit' }]).length, 20);
  assert.equal(filterProjects(lazy, [{ topics: [] }]).length, 200);
});
