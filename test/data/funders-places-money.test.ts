/**
 * What the elements' #12 parts rest on: filtering by funder and by place (a code, a name or a scope),
 * search in programme names, money in each language, `mailto:` and `tel:` links made only from what
 * can be one, and where measurements lie in a chart.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { filterChoices, filterProjects } from '../../src/data/filter.js';
import { formatMoney } from '../../src/data/format.js';
import { goalProgress, measurementChart, measurementsByDate, type NumericGoal } from '../../src/data/goals.js';
import { presetQuery, visitorQuery, NO_CHOICE } from '../../src/data/list-query.js';
import { loadMunicipalityNames } from '../../src/data/municipality-names.js';
import { indexFeed } from '../../src/data/select.js';
import type { Feed, Goal } from '../../src/data/types.js';
import { safeMailtoUrl, safeTelUrl } from '../../src/data/url.js';

const feed = JSON.parse(readFileSync(new URL('../../src/public/feeds/example-full.json', import.meta.url), 'utf8')) as Feed;
const index = indexFeed(feed);
const ids = (query: Parameters<typeof filterProjects>[1][number]) => filterProjects(index, [query]).map((p) => p.id);

describe('filters by funder and place', () => {
  it('keeps the projects an organisation funds, by role or by a funding entry', () => {
    assert.deepEqual(ids({ funders: ['exempelfonden'] }), ['exempel-grona-gardar', 'exempel-plattform']);
    assert.deepEqual(ids({ funders: ['exempelkommunen'] }), ['exempel-grona-gardar']);
    assert.deepEqual(ids({ funders: ['exempeluniversitetet'] }), []);
  });

  it('finds a place by its code, its name, or a scope', async () => {
    await loadMunicipalityNames();
    assert.deepEqual(ids({ places: ['1280'] }), ['exempel-grona-gardar']);
    assert.deepEqual(ids({ places: ['malmo'] }), ['exempel-grona-gardar']);
    assert.deepEqual(ids({ places: ['national'] }), ['exempel-plattform']);
    assert.deepEqual(ids({ places: ['Ystad', 'national'] }), ['exempel-plattform']);
    assert.deepEqual(ids({ places: ['Ystad'] }), []);
  });

  it('searches the funding programmes', () => {
    assert.deepEqual(ids({ search: 'kunskapsplattformar' }), ['exempel-plattform']);
    assert.deepEqual(ids({ search: 'living countryside' }), ['exempel-grona-gardar']);
  });

  it('offers the funders and scopes the projects have', () => {
    const choices = filterChoices(index, feed.projects);
    assert.deepEqual(choices.funders, ['exempelkommunen', 'exempelfonden']);
    assert.deepEqual(choices.scopes, ['local', 'national']);
  });

  it('reads the funder and place presets and controls, and leaves them out when unset', () => {
    const { value, problems } = presetQuery({ funder: 'exempelfonden, finns-inte', place: '1280, regional' }, (id) => index.organizationsById.has(id));
    assert.deepEqual([value.funders, value.places], [['exempelfonden', 'finns-inte'], ['1280', 'regional']]);
    assert.deepEqual(problems, ['funder: no organisation with id "finns-inte" in the feed']);
    assert.equal('funders' in presetQuery({}, () => true).value, false);
    const chosen = visitorQuery({ ...NO_CHOICE, funder: 'exempelfonden', place: 'Malmö' }, ['funder', 'place'], () => true);
    assert.deepEqual([chosen.funders, chosen.places], [['exempelfonden'], ['Malmö']]);
    assert.equal('places' in visitorQuery({ ...NO_CHOICE, place: 'Malmö' }, ['search'], () => true), false);
  });
});

describe('money', () => {
  const intl = (locale: string, amount: number, currency: string, digits: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);

  it('is written in the language, without öre unless there are any', () => {
    assert.equal(formatMoney(4200000, 'SEK', 'sv'), intl('sv-u-nu-latn', 4200000, 'SEK', 0));
    assert.match(formatMoney(4200000, 'SEK', 'sv'), /^4\s200\s000\skr$/);
    assert.equal(formatMoney(1234.5, 'EUR', 'en'), intl('en-GB-u-nu-latn', 1234.5, 'EUR', 2));
    assert.equal(formatMoney(250000, 'EUR', 'ar'), intl('ar-u-nu-latn', 250000, 'EUR', 0));
  });

  it('writes a code Intl does not take after the number, never throws', () => {
    assert.match(formatMoney(5, 'not-a-code', 'sv'), /^5 not-a-code$/);
  });
});

describe('contact links', () => {
  it('makes mailto: only of one plain address', () => {
    assert.equal(safeMailtoUrl('kansli@example.org'), 'mailto:kansli@example.org');
    for (const bad of ['kansli@example.org?bcc=x@example.org', 'a@b.se,c@d.se', 'javascript:alert(1)//@x', 'no-at-sign', '']) {
      assert.equal(safeMailtoUrl(bad), undefined, bad);
    }
  });

  it('makes tel: only of digits, a leading + and the separators people write', () => {
    assert.equal(safeTelUrl('+46 40 000 00 00'), 'tel:+46400000000');
    assert.equal(safeTelUrl('040-12 34 56'), 'tel:040123456');
    for (const bad of ['javascript:alert(1)', '+46 40 000;ext=1', 'tel:+4640', '12', '']) assert.equal(safeTelUrl(bad), undefined, bad);
  });
});

describe('a chart of measurements', () => {
  const goal: Goal = {
    id: 'g',
    title: 'g',
    target: 12,
    baseline: 2,
    measurements: [
      { date: '2026-09-30', value: 8 },
      { date: '2025-06-30', value: 3 },
      { date: '2025-12-31', value: 5 },
    ],
  };

  it('puts the measurements in date order, along time, between 0 and the highest value or target', () => {
    const measurements = measurementsByDate(goal);
    assert.deepEqual(measurements.map((m) => m.value), [3, 5, 8]);
    const chart = measurementChart(goalProgress(goal) as NumericGoal, measurements)!;
    assert.equal(chart.target, 1);
    assert.deepEqual(chart.points.map((p) => p.y), [3 / 12, 5 / 12, 8 / 12]);
    assert.equal(chart.points[0].x, 0);
    assert.equal(chart.points[2].x, 1);
    assert.ok(chart.points[1].x > 0.4 && chart.points[1].x < 0.41, 'half a year of fifteen months');
  });

  it('draws no line of one measurement', () => {
    const one = { ...goal, measurements: [{ date: '2026-01-01', value: 4 }] };
    assert.equal(measurementChart(goalProgress(one) as NumericGoal, measurementsByDate(one)), undefined);
  });

  it('dates the figure when it is the latest measurement, and dates a milestone reached', () => {
    assert.equal((goalProgress({ ...goal, current: 8 }) as NumericGoal).measuredOn, '2026-09-30');
    const milestone = goalProgress({ id: 'm', title: 'm', achieved: '2026-05-20' });
    assert.equal(milestone.kind === 'milestone' ? milestone.status : undefined, 'achieved');
  });
});
