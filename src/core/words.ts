/**
 * Words for the feed's fixed values, and the counted phrases. A counted message is one `msg()` in
 * ICU MessageFormat's plural syntax, `{n, plural, one {…} other {…}}`, with an explicit id, filled
 * by `say()` (src/data/message.ts), which picks the form by `Intl.PluralRules`: Swedish needs `one`
 * and `other`, a translation into Arabic writes all six. A form may leave its number out.
 */
import { msg } from '@lit/localize';
import { say } from '../data/message.js';
import type { LinkType, ProjectScope, ProjectStatus, Role } from '../data/types.js';

/** A role as the heading over `count` organisations: "Finansiär", "Finansiärer". */
export function roleName(role: Role, count: number, language: string): string {
  return say(roleHeading(role), { n: count }, language);
}

function roleHeading(role: Role): string {
  switch (role) {
    case 'lead':
      return msg('{n, plural, one {Projektägare} other {Projektägare}}', { id: 'role-lead' });
    case 'partner':
      return msg('{n, plural, one {Partner} other {Partner}}', { id: 'role-partner' });
    case 'need-owner':
      return msg('{n, plural, one {Behovsägare} other {Behovsägare}}', { id: 'role-need-owner' });
    case 'knowledge-partner':
      return msg('{n, plural, one {Kunskapspartner} other {Kunskapspartner}}', { id: 'role-knowledge-partner' });
    case 'funder':
      return msg('{n, plural, one {Finansiär} other {Finansiärer}}', { id: 'role-funder' });
  }
}

/** The label before a project's `count` leads: "Projektägare:", "Project owners:". */
export function leadsLabel(count: number, language: string): string {
  return say(msg('{n, plural, one {Projektägare:} other {Projektägare:}}', { id: 'leads-label' }), { n: count }, language);
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
/** Where a project works when no municipality says it: "Regional". */
export function scopeName(scope: ProjectScope): string {
  switch (scope) {
    case 'local':
      return msg('Lokal', { id: 'scope-local', desc: 'A project\'s reach, after "Omfattning:".' });
    case 'regional':
      return msg('Regional', { id: 'scope-regional', desc: 'A project\'s reach, after "Omfattning:".' });
    case 'national':
      return msg('Nationell', { id: 'scope-national', desc: 'A project\'s reach, after "Omfattning:".' });
    case 'international':
      return msg('Internationell', { id: 'scope-international', desc: 'A project\'s reach, after "Omfattning:".' });
  }
}

/** What kind of page a project's link leads to. */
export function linkTypeName(type: LinkType): string {
  switch (type) {
    case 'report':
      return msg('Rapport');
    case 'website':
      return msg('Webbplats');
    case 'video':
      return msg('Video');
    case 'news':
      return msg('Nyhet');
    case 'other':
      return msg('Länk');
  }
}

/** The label before a project's `count` municipalities: "Kommun:", "Kommuner:". */
export function placesLabel(count: number, language: string): string {
  return say(msg('{n, plural, one {Kommun:} other {Kommuner:}}', { id: 'places-label' }), { n: count }, language);
}

/** The headings and values of a downloaded CSV file, in the words' language `language`. */
/** "5 projekt"; a form may leave the number out ("مشروع واحد"). */
export function projectCount(count: number, language: string): string {
  return say(msg('{n, plural, one {{n} projekt} other {{n} projekt}}', { id: 'count-projects' }), { n: count }, language);
}

/** "Visa avslutade projekt (3)": the list's control for the projects whose end has passed. */
/** "Visar 12 av 40 projekt". The form follows the total. */
/** "1 av 3 delmål uppnådda". The form follows the total. */
/** "3 delmål, ingen status rapporterad ännu": when no milestone has a status, "0 av 3" would mislead. */
/** "Projektflödet svarade inte inom 10 sekunder." Whole seconds, or tenths below ten. */
export function feedTimeoutMessage(timeoutMs: number, language: string): string {
  const seconds = timeoutMs >= 10_000 ? Math.round(timeoutMs / 1000) : Math.round(timeoutMs / 100) / 10;
  const template = msg('{seconds, plural, one {Projektflödet svarade inte inom {seconds} sekund.} other {Projektflödet svarade inte inom {seconds} sekunder.}}', {
    id: 'feed-timeout',
  });
  return say(template, { seconds }, language);
}
