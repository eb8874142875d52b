/**
 * Feed format v1: the contract between feed publishers and si-widgets.
 * Documented in docs/feed-format.md and published as dist/feed.schema.json.
 * Extend it; never break it.
 */

/** A plain string (in the feed's `language`) or one string per BCP 47 language tag. */
export type Text = string | { readonly [lang: string]: string };

export const ROLES = ['lead', 'partner', 'need-owner', 'knowledge-partner', 'funder'] as const;
export type Role = (typeof ROLES)[number];

export const PROJECT_STATUSES = ['planned', 'active', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const GOAL_STATUSES = ['planned', 'in-progress', 'achieved'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** The UN Sustainable Development Goals are numbered 1 to 17: the one check of that range. */
export function isSdg(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 17;
}

export interface Organization {
  id: string;
  name: Text;
  url?: string;
  logo?: string;
}

export interface ProjectOrganization {
  id: string;
  role: Role;
}

export interface Goal {
  id: string;
  title: Text;
  target?: number;
  current?: number;
  baseline?: number;
  unit?: Text;
  /** The unit in each plural form, per language; wins over `unit` where it has the language. */
  unitForms?: UnitForms;
  status?: GoalStatus;
}

/** A CLDR plural category, as `Intl.PluralRules` names it. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A word in its plural forms: `{"one": "aktör", "other": "aktörer"}`; `other` is required. */
export type PluralWord = { readonly other: string } & Readonly<Partial<Record<PluralCategory, string>>>;

/** Per language tag, a word in its plural forms: `{"sv": {"one": "aktör", "other": "aktörer"}}`. */
export type UnitForms = Readonly<Record<string, PluralWord>>;

export interface Project {
  id: string;
  title: Text;
  summary?: Text;
  description?: Text;
  url?: string;
  organizations: ProjectOrganization[];
  topics?: string[];
  sdgs?: number[];
  municipalities?: string[];
  status?: ProjectStatus;
  start?: string;
  end?: string;
  goals?: Goal[];
}

export interface Feed {
  version: 1;
  language?: string;
  title?: Text;
  updated?: string;
  organizations: Organization[];
  projects: Project[];
}

export const SUPPORTED_FEED_VERSION = 1;
