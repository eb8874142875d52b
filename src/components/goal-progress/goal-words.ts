/**
 * The goal progress's own words: in its chunk, not in the code every element shares
 * (src/core/words.ts says how counted messages work).
 */
import { msg } from '@lit/localize';
import { say } from '../../data/message.js';
import type { GoalStatus } from '../../data/types.js';

/** A milestone's status in words; `undefined` means the feed does not say. */
export function goalStatusName(status: GoalStatus | undefined): string {
  switch (status) {
    case 'planned':
      return msg('Planerat');
    case 'in-progress':
      return msg('Pågår');
    case 'achieved':
      return msg('Uppnått');
    case undefined:
      return msg('Ingen status rapporterad');
  }
}

/** "1 av 3 delmål uppnådda". The form follows the total. */
export function milestonesAchieved(achieved: number, total: number, language: string): string {
  const template = msg('{total, plural, one {{achieved} av {total} delmål uppnått} other {{achieved} av {total} delmål uppnådda}}', {
    id: 'milestones-achieved',
  });
  return say(template, { achieved, total }, language);
}

/** "3 delmål, ingen status rapporterad ännu": when no milestone has a status, "0 av 3" would mislead. */
export function milestonesUnreported(total: number, language: string): string {
  const template = msg('{total, plural, one {{total} delmål, ingen status rapporterad ännu} other {{total} delmål, ingen status rapporterad ännu}}', {
    id: 'milestones-unreported',
  });
  return say(template, { total }, language);
}
