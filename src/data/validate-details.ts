/**
 * The validator's readers of the fields most feeds do not have: a project's funding, budget, scope,
 * contacts, image, identifiers, links and `updated`, a goal's measurements and plural units. Apart
 * from feed-reader.ts so that the widgets load them only for a feed that has such fields (the feed
 * store asks needsDetailReaders()); validate.ts always gives them, for Node and the CLI.
 */
import { isFeedDate } from './dates.js';
import {
  EXPECTED_DATE,
  EXPECTED_KNOWN_ORGANIZATION,
  EXPECTED_LANGUAGE_TAG,
  EXPECTED_STRING,
  isLanguageTag,
  isNonEmptyString,
  isObject,
  readEntries,
  settle,
  type DetailReaders,
  type FeedReader,
  type Json,
  type JsonObject,
} from './feed-reader.js';
import { safeImageUrl, safeWebUrl } from './url.js';
import {
  CONTACT_KINDS,
  LINK_TYPES,
  PROJECT_SCOPES,
  type Contact,
  type ContactKind,
  type Funding,
  type Identifier,
  type LinkType,
  type Measurement,
  type Money,
  type Project,
  type ProjectImage,
  type ProjectLink,
  type ProjectOrganization,
  type ProjectScope,
  type PluralWord,
  type UnitForms,
} from './types.js';

export const DETAIL_READERS: DetailReaders = {
  readProjectDetails,
  readUnitForms,
  readMeasurements: (value, r) => readEntries(value, 'measurements', readMeasurement, r),
};

const EXPECTED_WEB_URL = 'an absolute http: or https: URL';
const EXPECTED_IMAGE_URL = 'an absolute https: URL';

/** An amount of money: a number ≥ 0. */
function readAmount(r: FeedReader, value: Json, suffix: string, required = false): number | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  r.problem(suffix, 'an amount: a number of 0 or more', value);
  return undefined;
}

/** An absolute `http:` or `https:` URL (`https:` only for an image), kept as written. */
function webUrl(r: FeedReader, value: Json, suffix: string, image = false, required = false): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value === 'string' && (image ? safeImageUrl(value) : safeWebUrl(value)) !== undefined) return value;
  r.problem(suffix, image ? EXPECTED_IMAGE_URL : EXPECTED_WEB_URL, value);
  return undefined;
}

/** A goal's measurement, named `goals[i].measurements[j]`. */
function readMeasurement(input: Json, r: FeedReader): Measurement | undefined {
  const value = r.object(input, 'an object such as {"date": "2026-09-30", "value": 18}');
  if (value === undefined) return undefined;
  const date = r.string(value.date, '.date', isFeedDate, EXPECTED_DATE, true);
  const measured = r.number(value.value, '.value', true);
  if (date === undefined || measured === undefined) return undefined;
  return settle(value, r, { date, value: measured, note: r.text(value.note, '.note', false) });
}

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const EXPECTED_UNIT_FORMS = 'an object such as {"sv": {"one": "aktör", "other": "aktörer"}}';
const EXPECTED_PLURAL_WORD = 'an object of plural forms (zero, one, two, few, many, other) with at least "other"';

/**
 * A goal's `unitForms`: language tag → plural category → non-empty string. A language whose forms
 * are not good is dropped (the goal keeps `unit`); the good ones are kept. The input object itself
 * when every entry is good.
 */
function readUnitForms(value: Json, r: FeedReader): UnitForms | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    r.problem('.unitForms', EXPECTED_UNIT_FORMS, value);
    return undefined;
  }
  const kept: Record<string, PluralWord> = {};
  let languages = 0;
  for (const lang in value) {
    languages++;
    const forms = value[lang];
    const where = `.unitForms[${JSON.stringify(lang)}]`;
    if (!isLanguageTag(lang)) r.problem(where, EXPECTED_LANGUAGE_TAG, lang);
    else if (!isObject(forms) || !isNonEmptyString(forms.other)) r.problem(where, EXPECTED_PLURAL_WORD, forms);
    else if (Object.entries(forms).some(([name, form]) => !PLURAL_CATEGORIES.includes(name) || !isNonEmptyString(form))) {
      r.problem(where, EXPECTED_PLURAL_WORD, forms);
    } else kept[lang] = forms as unknown as PluralWord;
  }
  const good = Object.keys(kept).length;
  if (languages === 0) r.problem('.unitForms', EXPECTED_UNIT_FORMS, value);
  if (good === 0) return undefined;
  return good === languages ? (value as unknown as UnitForms) : kept;
}


/** The project fields that say who pays, where, whom to ask, what it looks like and where to read more. */
const PROJECT_DETAILS = ['funding', 'budget', 'scope', 'contacts', 'image', 'identifiers', 'links', 'updated'] as const;

/** Reads the detail fields into `project`, which has at least one of them. */
function readProjectDetails(value: JsonObject, project: Project, r: FeedReader): void {
  const { funding, budget, scope, contacts, image, identifiers, links, updated } = value;
  const details: Pick<Project, (typeof PROJECT_DETAILS)[number]> = {
    funding: funding === undefined ? undefined : readFundingList(funding, project.organizations, r),
    budget: readMoney(budget, '.budget', r),
    scope: r.oneOf<ProjectScope>(scope, '.scope', PROJECT_SCOPES),
    contacts: readEntries(contacts, 'contacts', readContact, r),
    image: readImage(image, r),
    identifiers: readEntries(identifiers, 'identifiers', readIdentifier, r),
    links: readEntries(links, 'links', readLink, r),
    updated: r.string(updated, '.updated', isFeedDate, EXPECTED_DATE),
  };
  for (const field of PROJECT_DETAILS) if (details[field] !== undefined) Object.assign(project, { [field]: details[field] });
}

/** The form of an ISO 4217 code; whether it names a currency in use is a strict check. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
const EXPECTED_CURRENCY = 'an ISO 4217 currency code such as "SEK" or "EUR"';
const EXPECTED_FUNDER = 'the id of an organisation with the role "funder" in this project\'s organizations';

function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODE.test(value);
}

function readFundingList(input: Json, organizations: readonly ProjectOrganization[], r: FeedReader): Funding[] | undefined {
  // One way to say who funds: the funder is one of the project's organisations in the role `funder`.
  const isFunder = (id: Json) => organizations.some((ref) => ref.id === id && ref.role === 'funder');
  return readEntries(input, 'funding', (entry) => readFunding(entry, isFunder, r), r);
}

function readFunding(input: Json, isFunder: (id: Json) => boolean, r: FeedReader): Funding | undefined {
  const value = r.object(input, 'an object such as {"funder": "…", "amount": 100000}');
  if (value === undefined) return undefined;
  const funder = value.funder;
  if (!isFunder(funder)) {
    r.problem('.funder', EXPECTED_FUNDER, funder);
    return undefined;
  }
  return settle(value, r, {
    funder,
    amount: readAmount(r, value.amount, '.amount'),
    currency: r.string(value.currency, '.currency', isCurrencyCode, EXPECTED_CURRENCY),
    programme: r.text(value.programme, '.programme', false),
    reference: r.string(value.reference, '.reference'),
  });
}

/** `{ amount, currency? }` at `suffix` of the item; the whole of it is dropped without a good amount. */
function readMoney(input: Json, suffix: string, r: FeedReader): Money | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) {
    r.problem(suffix, 'an object such as {"amount": 100000, "currency": "SEK"}', input);
    return undefined;
  }
  const amount = readAmount(r, input.amount, `${suffix}.amount`, true);
  const currency = r.string(input.currency, `${suffix}.currency`, isCurrencyCode, EXPECTED_CURRENCY);
  return amount === undefined ? undefined : settle(input, r, { amount, currency });
}

/** No white space, no second `@`, nothing that would add to a `mailto:` link (`?cc=`, `#`). */
const EMAIL = /^[^\s@?#&]+@[^\s@?#&]+$/;
/** Digits, spaces, hyphens and parentheses, a leading `+`: what a `tel:` link may carry. */
const PHONE = /^\+?[\d ()-]*\d[\d ()-]*$/;

function readContact(input: Json, r: FeedReader): Contact | undefined {
  const value = r.object(input, 'an object such as {"name": "…", "email": "…"}');
  const name = value && r.string(value.name, '.name', undefined, EXPECTED_STRING, true);
  if (value === undefined || name === undefined) return undefined;
  return settle(value, r, {
    name,
    role: r.text(value.role, '.role', false),
    email: r.string(value.email, '.email', (email) => EMAIL.test(email), 'an e-mail address such as "namn@example.se"'),
    phone: r.string(value.phone, '.phone', (phone) => PHONE.test(phone), 'a phone number such as "+46 40 123 45 67"'),
    organization: r.string(value.organization, '.organization', (id) => r.organizationIds.has(id), EXPECTED_KNOWN_ORGANIZATION),
    kind: r.oneOf<ContactKind>(value.kind, '.kind', CONTACT_KINDS),
  });
}

/** `{ url, alt, credit? }`: without a good `url` there is no image; without `alt` it is decorative. */
function readImage(input: Json, r: FeedReader): ProjectImage | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) {
    r.problem('.image', 'an object such as {"url": "https://…", "alt": "…"}', input);
    return undefined;
  }
  const url = webUrl(r, input.url, '.image.url', true, true);
  const alt = r.text(input.alt, '.image.alt', false);
  if (input.alt === undefined) r.problem('.image.alt', 'a text saying what the image shows (without one it is shown as decorative)', undefined, true);
  return url === undefined ? undefined : settle(input, r, { url, alt, credit: r.text(input.credit, '.image.credit', false) });
}

function readIdentifier(input: Json, r: FeedReader): Identifier | undefined {
  const value = r.object(input, 'an object such as {"scheme": "diarienummer", "value": "…"}');
  if (value === undefined) return undefined;
  const scheme = r.string(value.scheme, '.scheme', undefined, EXPECTED_STRING, true);
  const id = r.string(value.value, '.value', undefined, EXPECTED_STRING, true);
  if (scheme === undefined || id === undefined) return undefined;
  return settle(value, r, { scheme, value: id, url: webUrl(r, value.url, '.url') });
}

function readLink(input: Json, r: FeedReader): ProjectLink | undefined {
  const value = r.object(input, 'an object such as {"url": "https://…", "title": "…"}');
  if (value === undefined) return undefined;
  const url = webUrl(r, value.url, '.url', false, true);
  const title = r.text(value.title, '.title', true);
  if (url === undefined || title === undefined) return undefined;
  return settle(value, r, { url, title, type: r.oneOf<LinkType>(value.type, '.type', LINK_TYPES) });
}

