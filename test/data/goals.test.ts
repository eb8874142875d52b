import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { goalProgress, orderedGoals, progressBarValues, summarizeMilestones, type Milestone, type NumericGoal } from '../../src/data/goals.js';
import { sampleIndex } from './sample.js';

function numeric(goal: Parameters<typeof goalProgress>[0]): NumericGoal {
  const progress = goalProgress(goal);
  assert.equal(progress.kind, 'numeric');
  return progress as NumericGoal;
}

describe('goals', () => {
  it('reads the ASIF goal as 50 to reach with no figure reported (not 0)', () => {
    const asif = sampleIndex().projectsById.get('asif');
    const goal = numeric(asif!.goals![0]);
    assert.equal(goal.target, 50);
    assert.equal(goal.current, undefined);
    assert.equal(goal.fraction, undefined);
    assert.equal(goal.reached, false);
    assert.equal(progressBarValues(goal), undefined);
  });

  it('reads the learning-process sub-goals as three milestones with no status reported', () => {
    const project = sampleIndex().projectsById.get('larprocess-behovsdrivet-stod')!;
    const goals = orderedGoals(project.goals!);
    assert.deepEqual(goals.map((g) => [g.goal.id, g.kind]), [
      ['delmal-a', 'milestone'],
      ['delmal-b', 'milestone'],
      ['delmal-c', 'milestone'],
    ]);
    assert.deepEqual(summarizeMilestones(goals as Milestone[]), { total: 3, achieved: 0, reported: 0 });
  });

  it('measures progress from the baseline, honestly past the target, with the bar full', () => {
    const partway = numeric({ id: 'a', title: 'A', target: 50, current: 18 });
    assert.equal(partway.fraction, 0.36);
    assert.deepEqual(progressBarValues(partway), { value: 18, max: 50 });
    assert.equal(partway.reached, false);

    const over = numeric({ id: 'b', title: 'B', target: 50, current: 56 });
    assert.equal(over.fraction, 1);
    assert.equal(over.exceeded, true);
    assert.equal(over.reached, true);
    assert.deepEqual(progressBarValues(over), { value: 50, max: 50 });

    const fromBaseline = numeric({ id: 'c', title: 'C', target: 50, current: 30, baseline: 10 });
    assert.equal(fromBaseline.fraction, 0.5);
    assert.equal(fromBaseline.hasBaseline, true);
    assert.deepEqual(progressBarValues(fromBaseline), { value: 20, max: 40 });

    const zero = numeric({ id: 'd', title: 'D', target: 50, current: 0 });
    assert.equal(zero.fraction, 0);
    assert.deepEqual(progressBarValues(zero), { value: 0, max: 50 });
  });

  it('understands goals that bring a figure down', () => {
    const waiting = numeric({ id: 'w', title: 'Väntetid', baseline: 90, target: 30, current: 60 });
    assert.equal(waiting.fraction, 0.5);
    assert.equal(waiting.reached, false);
    const done = numeric({ id: 'w', title: 'Väntetid', baseline: 90, target: 30, current: 20 });
    assert.equal(done.fraction, 1);
    assert.equal(done.exceeded, true);
    assert.deepEqual(progressBarValues(done), { value: 60, max: 60 });
  });

  it('never gives <progress> a zero maximum', () => {
    const flat = numeric({ id: 'f', title: 'F', target: 0, current: 0 });
    assert.deepEqual(progressBarValues(flat), { value: 1, max: 1 });
  });

  it('puts numeric goals before milestones and counts achieved milestones', () => {
    const goals = orderedGoals([
      { id: 'm1', title: 'M1', status: 'achieved' },
      { id: 'n1', title: 'N1', target: 10 },
      { id: 'm2', title: 'M2', status: 'in-progress' },
      { id: 'm3', title: 'M3' },
    ]);
    assert.deepEqual(goals.map((g) => g.goal.id), ['n1', 'm1', 'm2', 'm3']);
    assert.deepEqual(summarizeMilestones(goals.filter((g): g is Milestone => g.kind === 'milestone')), {
      total: 3,
      achieved: 1,
      reported: 2,
    });
  });
});
