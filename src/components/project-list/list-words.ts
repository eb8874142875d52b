/**
 * The project list's own words: in its chunk, not in the code every element shares
 * (src/core/words.ts says how counted messages work).
 */
import { msg } from '@lit/localize';
import type { CsvWords } from '../../data/download.js';
import { say } from '../../data/message.js';
import { ROLES, type Role } from '../../data/types.js';
import { projectStatusName, roleName } from '../../core/words.js';

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

/** "Visar 12 av 40 projekt". The form follows the total. */
export function shownOfProjects(shown: number, total: number, language: string): string {
  const template = msg('{total, plural, one {Visar {shown} av {total} projekt} other {Visar {shown} av {total} projekt}}', {
    id: 'shown-of-projects',
  });
  return say(template, { shown, total }, language);
}

/** "Visa avslutade projekt (3)": the control that shows the projects whose end has passed. */
export function showEndedProjects(count: number, language: string): string {
  return say(msg('{n, plural, one {Visa avslutade projekt ({n})} other {Visa avslutade projekt ({n})}}', { id: 'show-ended-projects' }), { n: count }, language);
}
