/**
 * Projects that have ended and feeds whose word is old (issue #21), judged against a fixed today:
 * an `active` project past its end is shown as completed; ages count calendar months.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { currencyWarnings, dayBefore, hasEnded, isActivePastEnd, isOlderThan, localDay, parseAge, partitionEnded, shownStatus } from '../../src/data/ended.js';

const TODAY = '2026-12-06';

describe('ended projects', () => {
  it('an active project whose end has passed is shown as completed; the end day itself is still current', () => {
    assert.equal(shownStatus({ status: 'active', end: '2025-06-30' }, TODAY), 'completed');
    assert.equal(isActivePastEnd({ status: 'active', end: '2025-06-30' }, TODAY), true);
    assert.equal(shownStatus({ status: 'active', end: TODAY }, TODAY), 'active');
    assert.equal(shownStatus({ status: 'active', end: '2026-12-07' }, TODAY), 'active');
    assert.equal(shownStatus({ status: 'active' }, TODAY), 'active');
    assert.equal(shownStatus({ status: 'planned', end: '2025-06-30' }, TODAY), 'planned');
    assert.equal(shownStatus({ end: '2025-06-30' }, TODAY), undefined);
    // A day that does not exist is no date: the validator reports it, nothing is judged by it.
    assert.equal(shownStatus({ status: 'active', end: '2025-02-30' }, TODAY), 'active');
  });

  it('the same project is current the day before its end and ended the day after', () => {
    const project = { status: 'active' as const, end: '2026-12-31' };
    assert.equal(hasEnded(project, '2026-12-31'), false);
    assert.equal(hasEnded(project, '2027-01-01'), true);
  });

  it('splits projects into current and ended, each in feed order', () => {
    const projects = [
      { id: 'a', end: '2024-01-01' },
      { id: 'b' },
      { id: 'c', end: '2030-01-01' },
      { id: 'd', end: '2026-12-05' },
    ];
    const { current, ended } = partitionEnded(projects, TODAY);
    assert.deepEqual(current.map((p) => p.id), ['b', 'c']);
    assert.deepEqual(ended.map((p) => p.id), ['a', 'd']);
  });

  it("today is the local calendar day, not the UTC one", () => {
    assert.equal(localDay(new Date(2026, 0, 1, 0, 30)), '2026-01-01');
    assert.equal(localDay(new Date(2026, 11, 31, 23, 59)), '2026-12-31');
  });
});

describe('ages', () => {
  it('reads days, months and years, and nothing else', () => {
    assert.deepEqual(parseAge('12m'), { amount: 12, unit: 'm' });
    assert.deepEqual(parseAge('90d'), { amount: 90, unit: 'd' });
    assert.deepEqual(parseAge('2y'), { amount: 2, unit: 'y' });
    for (const bad of ['12', 'm', '0m', '-1m', '12 months', '1.5y', '']) assert.equal(parseAge(bad), undefined, bad);
  });

  it('counts calendar months back, to the last day of a shorter month', () => {
    assert.equal(dayBefore('2026-12-06', { amount: 12, unit: 'm' }), '2025-12-06');
    assert.equal(dayBefore('2026-03-31', { amount: 1, unit: 'm' }), '2026-02-28');
    assert.equal(dayBefore('2024-02-29', { amount: 1, unit: 'y' }), '2023-02-28');
    assert.equal(dayBefore('2026-01-10', { amount: 10, unit: 'd' }), '2025-12-31');
  });

  it('an updated date or date-time older than the age is old; a missing or broken one is not judged', () => {
    const year = { amount: 12, unit: 'm' as const };
    assert.equal(isOlderThan('2025-12-05', TODAY, year), true);
    assert.equal(isOlderThan('2025-12-06T10:00:00+01:00', TODAY, year), false);
    assert.equal(isOlderThan('2026-11-28T00:00:00Z', TODAY, year), false);
    assert.equal(isOlderThan(undefined, TODAY, year), false);
    assert.equal(isOlderThan('last year', TODAY, year), false);
    assert.equal(isOlderThan(20250101, TODAY, year), false);
  });
});

describe('currency warnings', () => {
  it('names active projects past their end and entries not updated within the age', () => {
    const projects = [
      { id: 'stale', title: 'A', organizations: [], status: 'active' as const, end: '2025-06-30' },
      { id: 'fine', title: 'B', organizations: [], status: 'active' as const, end: '2027-06-30', updated: '2026-10-01' },
      { id: 'old', title: 'C', organizations: [], status: 'completed' as const, end: '2024-06-30', updated: '2024-07-01' },
    ];
    const warnings = currencyWarnings(projects, TODAY, { amount: 12, unit: 'm' });
    assert.deepEqual(warnings.map((w) => [w.index, w.id]), [[0, 'stale'], [2, 'old']]);
    assert.match(warnings[0].message, /"active" but its end, 2025-06-30, has passed/);
    assert.match(warnings[1].message, /updated 2024-07-01 is more than 12 months ago/);
    assert.deepEqual(currencyWarnings(projects, TODAY, { amount: 3, unit: 'y' }).map((w) => w.id), ['stale']);
  });
});
