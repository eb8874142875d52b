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

/** Where a project works when it is not tied to municipalities ("hela Skåne", national platforms). */
export const PROJECT_SCOPES = ['local', 'regional', 'national', 'international'] as const;
export type ProjectScope = (typeof PROJECT_SCOPES)[number];

export const LINK_TYPES = ['report', 'website', 'video', 'news', 'other'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** A contact is a person unless the feed says it is a role (a shared inbox, a function). */
export const CONTACT_KINDS = ['role', 'person'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** ISO 4217 code; absent means this. */
export const DEFAULT_CURRENCY = 'SEK';

/** The UN Sustainable Development Goals are numbered 1 to 17: the one check of that range. */
export function isSdg(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 17;
}

export interface Organization {
  id: string;
  name: Text;
  url?: string;
  logo?: string;
  /** Swedish organisationsnummer, "NNNNNN-NNNN" or ten digits. */
  orgNumber?: string;
  /** The words a funder requires beside its logo ("Medfinansieras av Europeiska unionen"). */
  attribution?: Text;
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
  /** Dated values, in the order the feed gives them. */
  measurements?: Measurement[];
  comment?: Text;
  /** The date (YYYY-MM-DD) a milestone goal was reached. */
  achieved?: string;
}

export interface Measurement {
  /** YYYY-MM-DD */
  date: string;
  value: number;
  note?: Text;
}

/** An amount of money; `currency` is an ISO 4217 code, `DEFAULT_CURRENCY` when absent. */
export interface Money {
  amount: number;
  currency?: string;
}

export interface Funding {
  /** The id of an organisation with the role `funder` in the project's `organizations`. */
  funder: string;
  amount?: number;
  currency?: string;
  programme?: Text;
  /** The funder's case number (diarienummer). */
  reference?: string;
}

export interface Contact {
  name: string;
  role?: Text;
  email?: string;
  phone?: string;
  /** The id of an organisation in the feed. */
  organization?: string;
  /** `person` when absent. */
  kind?: ContactKind;
}

export interface ProjectImage {
  /** https: only. */
  url: string;
  /** Absent: the image is decorative (the validator warns). */
  alt?: Text;
  credit?: Text;
}

export interface Identifier {
  /** e.g. `diarienummer`, `kohesio`, `vinnova`, `cordis`, `orgnr`. */
  scheme: string;
  value: string;
  url?: string;
}

export interface ProjectLink {
  url: string;
  title: Text;
  type?: LinkType;
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
  /** Municipality names or four-digit SCB codes ("1280" is Malmö). */
  municipalities?: string[];
  status?: ProjectStatus;
  start?: string;
  end?: string;
  goals?: Goal[];
  funding?: Funding[];
  /** The project's total. */
  budget?: Money;
  scope?: ProjectScope;
  contacts?: Contact[];
  image?: ProjectImage;
  identifiers?: Identifier[];
  links?: ProjectLink[];
  /** The date (YYYY-MM-DD) this project's entry last changed. */
  updated?: string;
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
