/**
 * What `<si-project-list>` asks of the feed: its preset attributes and its visitor's choices made
 * into queries, and the choices written to and read from a query string. Pure; no DOM. Values that
 * cannot be used are left out and described in `problems`, for the element to tell the console.
 */
import { parseList, parseRoles, parseSdgs, parseStatuses, SORT_ORDERS, type ProjectQuery, type SortOrder } from './filter.js';
import { isOneOf, unknownWordMessage } from './one-of.js';
import { PROJECT_STATUSES, ROLES } from './types.js';

/**
 * The visitor controls `filters` can ask for, in the order they are shown when asked for;
 * `download` is not a filter but the buttons that download what the filters leave.
 */
export const FILTER_CONTROLS = ['search', 'organization', 'topic', 'municipality', 'status', 'sort', 'download', 'funder', 'place'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

export type SelectControl = 'organization' | 'topic' | 'municipality' | 'status' | 'funder' | 'place';

/** What a visitor has chosen; `''` is "all". */
export interface VisitorChoice {
  search: string;
  organization: string;
  topic: string;
  municipality: string;
  status: string;
  funder: string;
  place: string;
  /** `undefined`: the `sort` attribute's order. */
  sort?: SortOrder;
  /** How many are shown; grows by `page-size` with "show more". */
  shown?: number;
}

export const NO_CHOICE: VisitorChoice = { search: '', organization: '', topic: '', municipality: '', status: '', funder: '', place: '' };

/**
 * The most projects a link may ask to show (`?si-shown=`): a page of the list's own size is always
 * shown, but a URL is anyone's to write, and each project shown costs the visitor's browser.
 */
export const MAX_SHOWN_FROM_URL = 500;

/** The preset attributes as written on the element; `role` is the ARIA attribute, honoured as an old spelling. */
export interface PresetAttributes {
  organization?: string | null;
  organizationRole?: string | null;
  role?: string | null;
  topic?: string | null;
  municipality?: string | null;
  sdg?: string | null;
  status?: string | null;
  /** Funders' organisation ids. */
  funder?: string | null;
  /** Municipality names or codes, or scopes. */
  place?: string | null;
}

export interface Parsed<T> {
  value: T;
  /** What could not be used, for the console: one sentence each. */
  problems: string[];
}

/** The presets as a query; `hasOrganization` says whether the feed knows an organisation id. */
export function presetQuery(attributes: PresetAttributes, hasOrganization: (id: string) => boolean): Parsed<ProjectQuery> {
  const problems: string[] = [];
  const roles = parseRoles(attributes.organizationRole);
  // `role` is the ARIA attribute: a page that followed an old example gets told, and still works.
  const ariaRole = attributes.role;
  const ariaRoles = parseRoles(ariaRole).kept;
  if (ariaRole && ariaRoles.length > 0) {
    problems.push(`role="${ariaRole}" sets the element's ARIA role; use organization-role="${ariaRole}" instead`);
    roles.kept.push(...ariaRoles);
  }
  const statuses = parseStatuses(attributes.status);
  const sdgs = parseSdgs(attributes.sdg);
  for (const value of roles.unknown) problems.push(unknownWordMessage('organization-role', 'role', value, ROLES, 'left out'));
  for (const value of statuses.unknown) problems.push(unknownWordMessage('status', 'status', value, PROJECT_STATUSES, 'left out'));
  for (const value of sdgs.unknown) problems.push(`sdg: "${value}" is not a goal number from 1 to 17; left out`);
  const organizations = parseList(attributes.organization);
  const funders = parseList(attributes.funder);
  for (const [attribute, ids] of [['organization', organizations], ['funder', funders]] as const) {
    for (const id of ids) if (!hasOrganization(id)) problems.push(`${attribute}: no organisation with id "${id}" in the feed`);
  }
  const query: ProjectQuery = {
    organizations,
    roles: roles.kept,
    topics: parseList(attributes.topic),
    municipalities: parseList(attributes.municipality),
    sdgs: sdgs.kept,
    statuses: statuses.kept,
  };
  // The newer presets only when set: a query without them is the query it always was.
  const places = parseList(attributes.place);
  if (funders.length > 0) query.funders = funders;
  if (places.length > 0) query.places = places;
  return { value: query, problems };
}

/**
 * The visitor's choices as a query, for the controls that are shown, minus any choice (from an old
 * link, say) that `isOffered` says is not among the control's options.
 */
export function visitorQuery(
  choice: VisitorChoice,
  controls: readonly FilterControl[],
  isOffered: (control: SelectControl, value: string) => boolean,
): ProjectQuery {
  const chosen = (control: SelectControl): string[] => {
    const value = choice[control];
    return value && controls.includes(control) && isOffered(control, value) ? [value] : [];
  };
  const query: ProjectQuery = {
    search: controls.includes('search') ? choice.search : '',
    organizations: chosen('organization'),
    topics: chosen('topic'),
    municipalities: chosen('municipality'),
    statuses: chosen('status').filter((status) => isOneOf(PROJECT_STATUSES, status)),
  };
  // The newer controls only when chosen: a query without them is the query it always was.
  const funders = chosen('funder');
  const places = chosen('place');
  if (funders.length > 0) query.funders = funders;
  if (places.length > 0) query.places = places;
  return query;
}

/** A sort order from a select or a link; anything else is the `sort` attribute's order. */
export function chosenSort(value: string | null): SortOrder | undefined {
  return isOneOf(SORT_ORDERS, value) ? value : undefined;
}

/** The query-string keys of each choice, under a prefix: `si-q`, `si-topic`, … */
function choiceKeys(prefix: string): Record<'q' | SelectControl | 'sort' | 'shown', string> {
  return {
    q: `${prefix}-q`,
    organization: `${prefix}-organization`,
    topic: `${prefix}-topic`,
    municipality: `${prefix}-municipality`,
    status: `${prefix}-status`,
    funder: `${prefix}-funder`,
    place: `${prefix}-place`,
    sort: `${prefix}-sort`,
    shown: `${prefix}-shown`,
  };
}

/** How many projects a link asks to show: a positive whole number, at most {@link MAX_SHOWN_FROM_URL}. */
function shownFromUrl(key: string, text: string | null, problems: string[]): number | undefined {
  const shown = Number(text);
  if (!Number.isInteger(shown) || shown <= 0) return undefined;
  if (shown <= MAX_SHOWN_FROM_URL) return shown;
  problems.push(`sync-url: ${key}="${text}" asks for more projects than a link may show; showing ${MAX_SHOWN_FROM_URL}`);
  return MAX_SHOWN_FROM_URL;
}

/** The visitor's choices from a query string (a link, or Back); unknown statuses and orders are left out. */
export function choiceFromParams(params: URLSearchParams, prefix: string): Parsed<VisitorChoice> {
  const keys = choiceKeys(prefix);
  const problems: string[] = [];
  const status = params.get(keys.status);
  const choice: VisitorChoice = {
    search: params.get(keys.q) ?? '',
    organization: params.get(keys.organization) ?? '',
    topic: params.get(keys.topic) ?? '',
    municipality: params.get(keys.municipality) ?? '',
    status: isOneOf(PROJECT_STATUSES, status) ? status : '',
    funder: params.get(keys.funder) ?? '',
    place: params.get(keys.place) ?? '',
    sort: chosenSort(params.get(keys.sort)),
    shown: shownFromUrl(keys.shown, params.get(keys.shown), problems),
  };
  return { value: choice, problems };
}

/**
 * The query-string entries of the visitor's choices; `undefined` removes a key. What is the same as
 * no choice is left out, so an unfiltered list adds nothing to the address.
 */
export function choiceParams(choice: VisitorChoice, prefix: string, pageSize: number): [string, string | undefined][] {
  const keys = choiceKeys(prefix);
  return [
    [keys.q, choice.search.trim() || undefined],
    [keys.organization, choice.organization || undefined],
    [keys.topic, choice.topic || undefined],
    [keys.municipality, choice.municipality || undefined],
    [keys.status, choice.status || undefined],
    [keys.funder, choice.funder || undefined],
    [keys.place, choice.place || undefined],
    [keys.sort, choice.sort],
    [keys.shown, choice.shown && choice.shown > pageSize ? String(choice.shown) : undefined],
  ];
}
