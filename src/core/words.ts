/**
 * Words for the feed's fixed values, and the counted phrases. Every count has one message per CLDR
 * plural category (with an explicit id), because `@lit/localize` has no ICU plurals (lit#1891):
 * Swedish needs `one` and `other`, but a translation into Arabic can fill all six. Values go into
 * `{slots}` filled by `say()`/`sayCount()` (src/data/message.ts), so a form may leave its number out.
 */
import { msg } from '@lit/localize';
import { choosePlural } from '../data/format.js';
import { sayCount } from '../data/message.js';
import type { CsvWords } from '../data/download.js';
import { ROLES, type GoalStatus, type ProjectStatus, type Role } from '../data/types.js';

/** A role as the heading over `count` organisations: "Finansiär", "Finansiärer". */
export function roleName(role: Role, count: number, language: string): string {
  switch (role) {
    case 'lead':
      return leadHeading(count, language);
    case 'partner':
      return choosePlural(count, language, {
        zero: msg('Partner', { id: 'role-partner.zero' }),
        one: msg('Partner', { id: 'role-partner.one' }),
        two: msg('Partner', { id: 'role-partner.two' }),
        few: msg('Partner', { id: 'role-partner.few' }),
        many: msg('Partner', { id: 'role-partner.many' }),
        other: msg('Partner', { id: 'role-partner.other' }),
      });
    case 'need-owner':
      return choosePlural(count, language, {
        zero: msg('Behovsägare', { id: 'role-need-owner.zero' }),
        one: msg('Behovsägare', { id: 'role-need-owner.one' }),
        two: msg('Behovsägare', { id: 'role-need-owner.two' }),
        few: msg('Behovsägare', { id: 'role-need-owner.few' }),
        many: msg('Behovsägare', { id: 'role-need-owner.many' }),
        other: msg('Behovsägare', { id: 'role-need-owner.other' }),
      });
    case 'knowledge-partner':
      return choosePlural(count, language, {
        zero: msg('Kunskapspartner', { id: 'role-knowledge-partner.zero' }),
        one: msg('Kunskapspartner', { id: 'role-knowledge-partner.one' }),
        two: msg('Kunskapspartner', { id: 'role-knowledge-partner.two' }),
        few: msg('Kunskapspartner', { id: 'role-knowledge-partner.few' }),
        many: msg('Kunskapspartner', { id: 'role-knowledge-partner.many' }),
        other: msg('Kunskapspartner', { id: 'role-knowledge-partner.other' }),
      });
    case 'funder':
      return funderHeading(count, language);
  }
}

function leadHeading(count: number, language: string): string {
  return choosePlural(count, language, {
    zero: msg('Projektägare', { id: 'role-lead.zero' }),
    one: msg('Projektägare', { id: 'role-lead.one' }),
    two: msg('Projektägare', { id: 'role-lead.two' }),
    few: msg('Projektägare', { id: 'role-lead.few' }),
    many: msg('Projektägare', { id: 'role-lead.many' }),
    other: msg('Projektägare', { id: 'role-lead.other' }),
  });
}

function funderHeading(count: number, language: string): string {
  return choosePlural(count, language, {
    zero: msg('Finansiärer', { id: 'role-funder.zero' }),
    one: msg('Finansiär', { id: 'role-funder.one' }),
    two: msg('Finansiärer', { id: 'role-funder.two' }),
    few: msg('Finansiärer', { id: 'role-funder.few' }),
    many: msg('Finansiärer', { id: 'role-funder.many' }),
    other: msg('Finansiärer', { id: 'role-funder.other' }),
  });
}

/** The label before a project's `count` leads: "Projektägare:", "Project owners:". */
export function leadsLabel(count: number, language: string): string {
  return choosePlural(count, language, {
    zero: msg('Projektägare:', { id: 'leads-label.zero' }),
    one: msg('Projektägare:', { id: 'leads-label.one' }),
    two: msg('Projektägare:', { id: 'leads-label.two' }),
    few: msg('Projektägare:', { id: 'leads-label.few' }),
    many: msg('Projektägare:', { id: 'leads-label.many' }),
    other: msg('Projektägare:', { id: 'leads-label.other' }),
  });
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

/** The headings and values of a downloaded CSV file, in the words' language `language`. */
export function csvWords(language: string): CsvWords {
  const roles = Object.fromEntries(ROLES.map((role) => [role, roleName(role, 1, language)])) as Record<Role, string>;
  return {
    headings: {
      id: 'id',
      title: msg('Titel'),
      summary: msg('Sammanfattning'),
      status: msg('Status'),
      start: msg('Startdatum'),
      end: msg('Slutdatum'),
      leads: roleName('lead', 2, language),
      partners: msg('Övriga organisationer'),
      topics: msg('Ämnen'),
      municipalities: msg('Kommuner'),
      sdgs: msg('Globala mål'),
      url: msg('Webbadress'),
    },
    statuses: { planned: projectStatusName('planned'), active: projectStatusName('active'), completed: projectStatusName('completed') },
    roles,
  };
}

/** "5 projekt"; a form may leave the number out ("مشروع واحد"). */
export function projectCount(count: number, language: string): string {
  return sayCount(
    count,
    {
      zero: msg('{n} projekt', { id: 'count-projects.zero' }),
      one: msg('{n} projekt', { id: 'count-projects.one' }),
      two: msg('{n} projekt', { id: 'count-projects.two' }),
      few: msg('{n} projekt', { id: 'count-projects.few' }),
      many: msg('{n} projekt', { id: 'count-projects.many' }),
      other: msg('{n} projekt', { id: 'count-projects.other' }),
    },
    { n: count },
    language,
  );
}

/** "Visar 12 av 40 projekt". The form follows the total. */
export function shownOfProjects(shown: number, total: number, language: string): string {
  return sayCount(
    total,
    {
      zero: msg('Visar {shown} av {total} projekt', { id: 'shown-of-projects.zero' }),
      one: msg('Visar {shown} av {total} projekt', { id: 'shown-of-projects.one' }),
      two: msg('Visar {shown} av {total} projekt', { id: 'shown-of-projects.two' }),
      few: msg('Visar {shown} av {total} projekt', { id: 'shown-of-projects.few' }),
      many: msg('Visar {shown} av {total} projekt', { id: 'shown-of-projects.many' }),
      other: msg('Visar {shown} av {total} projekt', { id: 'shown-of-projects.other' }),
    },
    { shown, total },
    language,
  );
}

/** "1 av 3 delmål uppnådda". The form follows the total. */
export function milestonesAchieved(achieved: number, total: number, language: string): string {
  return sayCount(
    total,
    {
      zero: msg('{achieved} av {total} delmål uppnådda', { id: 'milestones-achieved.zero' }),
      one: msg('{achieved} av {total} delmål uppnått', { id: 'milestones-achieved.one' }),
      two: msg('{achieved} av {total} delmål uppnådda', { id: 'milestones-achieved.two' }),
      few: msg('{achieved} av {total} delmål uppnådda', { id: 'milestones-achieved.few' }),
      many: msg('{achieved} av {total} delmål uppnådda', { id: 'milestones-achieved.many' }),
      other: msg('{achieved} av {total} delmål uppnådda', { id: 'milestones-achieved.other' }),
    },
    { achieved, total },
    language,
  );
}

/** "3 delmål, ingen status rapporterad ännu": when no milestone has a status, "0 av 3" would mislead. */
export function milestonesUnreported(total: number, language: string): string {
  return sayCount(
    total,
    {
      zero: msg('{total} delmål, ingen status rapporterad ännu', { id: 'milestones-unreported.zero' }),
      one: msg('{total} delmål, ingen status rapporterad ännu', { id: 'milestones-unreported.one' }),
      two: msg('{total} delmål, ingen status rapporterad ännu', { id: 'milestones-unreported.two' }),
      few: msg('{total} delmål, ingen status rapporterad ännu', { id: 'milestones-unreported.few' }),
      many: msg('{total} delmål, ingen status rapporterad ännu', { id: 'milestones-unreported.many' }),
      other: msg('{total} delmål, ingen status rapporterad ännu', { id: 'milestones-unreported.other' }),
    },
    { total },
    language,
  );
}

/** "Projektflödet svarade inte inom 10 sekunder." Whole seconds, or tenths below ten. */
export function feedTimeoutMessage(timeoutMs: number, language: string): string {
  const seconds = timeoutMs >= 10_000 ? Math.round(timeoutMs / 1000) : Math.round(timeoutMs / 100) / 10;
  return sayCount(
    seconds,
    {
      zero: msg('Projektflödet svarade inte inom {seconds} sekunder.', { id: 'feed-timeout.zero' }),
      one: msg('Projektflödet svarade inte inom {seconds} sekund.', { id: 'feed-timeout.one' }),
      two: msg('Projektflödet svarade inte inom {seconds} sekunder.', { id: 'feed-timeout.two' }),
      few: msg('Projektflödet svarade inte inom {seconds} sekunder.', { id: 'feed-timeout.few' }),
      many: msg('Projektflödet svarade inte inom {seconds} sekunder.', { id: 'feed-timeout.many' }),
      other: msg('Projektflödet svarade inte inom {seconds} sekunder.', { id: 'feed-timeout.other' }),
    },
    { seconds },
    language,
  );
}
