/**
 * Words for the feed's fixed values, and the counted phrases. Every count has one message per CLDR
 * plural category (with an explicit id), because `@lit/localize` has no ICU plurals (lit#1891):
 * Swedish needs `one` and `other`, but a translation into Arabic can fill all six.
 */
import { msg, str } from '@lit/localize';
import { choosePlural, formatNumber } from '../data/format.js';
import type { GoalStatus, ProjectStatus, Role } from '../data/types.js';

export function roleName(role: Role): string {
  switch (role) {
    case 'lead':
      return msg('Projektägare');
    case 'partner':
      return msg('Partner');
    case 'need-owner':
      return msg('Behovsägare');
    case 'knowledge-partner':
      return msg('Kunskapspartner');
    case 'funder':
      return msg('Finansiär');
  }
}

export function projectStatusName(status: ProjectStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planerat');
    case 'active':
      return msg('Pågående');
    case 'completed':
      return msg('Avslutat');
  }
}

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

/** "5 projekt". */
export function projectCount(count: number, language: string): string {
  const n = formatNumber(count, language);
  return choosePlural(count, language, {
    zero: msg(str`${n} projekt`, { id: 'count-projects.zero' }),
    one: msg(str`${n} projekt`, { id: 'count-projects.one' }),
    two: msg(str`${n} projekt`, { id: 'count-projects.two' }),
    few: msg(str`${n} projekt`, { id: 'count-projects.few' }),
    many: msg(str`${n} projekt`, { id: 'count-projects.many' }),
    other: msg(str`${n} projekt`, { id: 'count-projects.other' }),
  });
}

/** "Visar 12 av 40 projekt". The form follows the total. */
export function shownOfProjects(shown: number, total: number, language: string): string {
  const s = formatNumber(shown, language);
  const t = formatNumber(total, language);
  return choosePlural(total, language, {
    zero: msg(str`Visar ${s} av ${t} projekt`, { id: 'shown-of-projects.zero' }),
    one: msg(str`Visar ${s} av ${t} projekt`, { id: 'shown-of-projects.one' }),
    two: msg(str`Visar ${s} av ${t} projekt`, { id: 'shown-of-projects.two' }),
    few: msg(str`Visar ${s} av ${t} projekt`, { id: 'shown-of-projects.few' }),
    many: msg(str`Visar ${s} av ${t} projekt`, { id: 'shown-of-projects.many' }),
    other: msg(str`Visar ${s} av ${t} projekt`, { id: 'shown-of-projects.other' }),
  });
}

/** "1 av 3 delmål uppnådda". The form follows the total. */
export function milestonesAchieved(achieved: number, total: number, language: string): string {
  const a = formatNumber(achieved, language);
  const t = formatNumber(total, language);
  return choosePlural(total, language, {
    zero: msg(str`${a} av ${t} delmål uppnådda`, { id: 'milestones-achieved.zero' }),
    one: msg(str`${a} av ${t} delmål uppnått`, { id: 'milestones-achieved.one' }),
    two: msg(str`${a} av ${t} delmål uppnådda`, { id: 'milestones-achieved.two' }),
    few: msg(str`${a} av ${t} delmål uppnådda`, { id: 'milestones-achieved.few' }),
    many: msg(str`${a} av ${t} delmål uppnådda`, { id: 'milestones-achieved.many' }),
    other: msg(str`${a} av ${t} delmål uppnådda`, { id: 'milestones-achieved.other' }),
  });
}

/** "3 delmål, ingen status rapporterad ännu": when no milestone has a status, "0 av 3" would mislead. */
export function milestonesUnreported(total: number, language: string): string {
  const t = formatNumber(total, language);
  return choosePlural(total, language, {
    zero: msg(str`${t} delmål, ingen status rapporterad ännu`, { id: 'milestones-unreported.zero' }),
    one: msg(str`${t} delmål, ingen status rapporterad ännu`, { id: 'milestones-unreported.one' }),
    two: msg(str`${t} delmål, ingen status rapporterad ännu`, { id: 'milestones-unreported.two' }),
    few: msg(str`${t} delmål, ingen status rapporterad ännu`, { id: 'milestones-unreported.few' }),
    many: msg(str`${t} delmål, ingen status rapporterad ännu`, { id: 'milestones-unreported.many' }),
    other: msg(str`${t} delmål, ingen status rapporterad ännu`, { id: 'milestones-unreported.other' }),
  });
}
