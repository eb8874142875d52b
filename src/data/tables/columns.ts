/**
 * The sheets and columns of the feed's spreadsheet form (docs/feed-spreadsheet.md): each column's
 * JSON key, its Swedish label, what it holds and a line of help. A header is written
 * "Startdatum (start)" and read in any of the forms people type: "Startdatum (start)", "start",
 * "Startdatum", and for a language column "Titel, en (title_en)", "title_en" or "titel_en". Pure.
 */

/**
 * What a column holds. `text`: a Text, one column per language; `list`: `;`-separated strings;
 * `numbers`: `;`-separated whole numbers; `organizations`: `;`-separated organisation names or ids;
 * `forms`: a unit's plural forms for one language ("one: aktör; other: aktörer"); `reference`: the
 * id (or name, title) of a project, goal or organisation on another sheet.
 */
export type ColumnKind = 'string' | 'text' | 'number' | 'date' | 'date-time' | 'list' | 'numbers' | 'organizations' | 'forms' | 'reference' | 'choice';

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
  required?: boolean;
  /** For `choice`: the JSON values, each with the Swedish words read as it. */
  choices?: Readonly<Record<string, readonly string[]>>;
  help: { sv: string; en: string };
}

export interface SheetSpec {
  /** The Swedish sheet name, as written. */
  name: string;
  /** The English name, also read. */
  key: string;
  columns: readonly Column[];
}

type Help = [sv: string, en: string];

function column(key: string, label: string, kind: ColumnKind, [sv, en]: Help, extra: Partial<Column> = {}): Column {
  return { key, label, kind, help: { sv, en }, ...extra };
}

export const PROJECT_STATUS_WORDS = { planned: ['planerat', 'planerad'], active: ['pågående', 'pågår', 'aktivt', 'aktiv'], completed: ['avslutat', 'avslutad'] };
export const ROLE_WORDS = {
  lead: ['projektägare', 'koordinator', 'ledare'],
  partner: ['partner'],
  'need-owner': ['behovsägare'],
  'knowledge-partner': ['kunskapspartner'],
  funder: ['finansiär'],
};
const SCOPE_WORDS = { local: ['lokal', 'lokalt'], regional: ['regionalt'], national: ['nationell', 'nationellt'], international: ['internationell', 'internationellt'] };
const GOAL_STATUS_WORDS = { planned: ['planerat', 'planerad'], 'in-progress': ['pågår', 'pågående'], achieved: ['uppnått', 'uppnådd'] };
const LINK_TYPE_WORDS = { report: ['rapport'], website: ['webbplats'], video: [], news: ['nyhet', 'nyheter'], other: ['annat', 'övrigt'] };
const CONTACT_KIND_WORDS = { person: [], role: ['funktion', 'roll'] };

const ID: Help = ['Lämna tom: id görs av namnet (Region Skåne → region-skane). Ändra inte ett id som finns.', 'Leave empty: the id is made from the name. Do not change an existing id.'];
const PROJECT_REF: Help = ['Projektets id (eller titel) från bladet Projekt.', "The project's id (or title) from the Projekt sheet."];
const ORG_REF: Help = ['Organisationens namn (eller id).', "The organisation's name (or id)."];
const ROLE_HELP = (sv: string, en: string): Help => [`${sv}: organisationernas namn, skilda med ;`, `${en}: the organisations' names, separated by ;`];

export const FEED_SHEET: SheetSpec = {
  name: 'Flöde',
  key: 'feed',
  columns: [
    column('language', 'Språk', 'string', ['Språket för texter utan språkkod, t.ex. sv.', 'The language of texts without a language code, e.g. sv.']),
    column('title', 'Titel', 'text', ['Flödets namn.', "The feed's name."]),
    column('updated', 'Uppdaterad', 'date-time', ['När innehållet senast ändrades, t.ex. 2026-11-28T09:30:00+01:00.', 'When the content last changed.']),
  ],
};

export const PROJECT_SHEET: SheetSpec = {
  name: 'Projekt',
  key: 'projects',
  columns: [
    column('id', 'Id', 'string', ID),
    column('title', 'Titel', 'text', ['Projektets namn. Krävs.', "The project's name. Required."], { required: true }),
    column('summary', 'Sammanfattning', 'text', ['En eller två meningar för projektkortet.', 'One or two sentences for the card.']),
    column('description', 'Beskrivning', 'text', ['Hela beskrivningen, som vanlig text.', 'The full description, as plain text.']),
    column('url', 'Webbadress', 'string', ['Sidan "Läs mer", https://…', 'The "read more" page.']),
    column('lead', 'Projektägare', 'organizations', ROLE_HELP('Projektägare (koordinator)', 'Lead')),
    column('partner', 'Partner', 'organizations', ROLE_HELP('Partner', 'Partners')),
    column('need-owner', 'Behovsägare', 'organizations', ROLE_HELP('Behovsägare', 'Need owners')),
    column('knowledge-partner', 'Kunskapspartner', 'organizations', ROLE_HELP('Kunskapspartner', 'Knowledge partners')),
    column('funder', 'Finansiär', 'organizations', ROLE_HELP('Finansiär', 'Funders')),
    column('topics', 'Ämnen', 'list', ['Nyckelord, skilda med ;', 'Keywords, separated by ;']),
    column('sdgs', 'Globala mål', 'numbers', ['Nummer 1–17, skilda med ;', 'Numbers 1–17, separated by ;']),
    column('municipalities', 'Kommuner', 'list', ['Kommunnamn eller kommunkoder (1280), skilda med ;', 'Municipality names or codes, separated by ;']),
    column('scope', 'Räckvidd', 'choice', ['local, regional, national eller international.', 'local, regional, national or international.'], { choices: SCOPE_WORDS }),
    column('status', 'Status', 'choice', ['planned, active eller completed (planerat, pågående, avslutat).', 'planned, active or completed.'], { choices: PROJECT_STATUS_WORDS }),
    column('start', 'Startdatum', 'date', ['Datum, ÅÅÅÅ-MM-DD.', 'A date, YYYY-MM-DD.']),
    column('end', 'Slutdatum', 'date', ['Planerat eller verkligt slut, ÅÅÅÅ-MM-DD.', 'Planned or actual end.']),
    ...goalColumns(),
    column('budget.amount', 'Budget', 'number', ['Projektets totala budget.', "The project's total budget."]),
    column('budget.currency', 'Budgetvaluta', 'string', ['Valutakod, SEK om tom.', 'Currency code, SEK when empty.']),
    column('image.url', 'Bild', 'string', ['Bildens adress, https://…', "The image's address."]),
    column('image.alt', 'Bildbeskrivning', 'text', ['Vad bilden visar.', 'What the image shows.']),
    column('image.credit', 'Bildbyline', 'text', ['Fotograf eller källa.', 'Photographer or source.']),
    column('updated', 'Uppdaterad', 'date', ['Dagen projektets uppgifter senast ändrades.', "The day the project's entry last changed."]),
  ],
};

/** The project's main goal, in the Projekt sheet's own columns. */
function goalColumns(): Column[] {
  return [
    column('goal.id', 'Mål-id', 'string', ID),
    column('goal.title', 'Mål', 'text', ['Huvudmålet, t.ex. "Nyckelaktörer som anslutit sig".', 'The main goal.']),
    column('goal.target', 'Målvärde', 'number', ['Siffran målet siktar på.', 'The figure the goal aims for.']),
    column('goal.current', 'Nuläge', 'number', ['Senaste uppmätta värde.', 'The latest measured value.']),
    column('goal.unit', 'Enhet', 'text', ['T.ex. aktörer.', 'E.g. actors.']),
    column('goal.date', 'Mätdatum', 'date', ['Dagen Nuläge mättes.', 'The day the current value was measured.']),
  ];
}

export const ORGANIZATION_SHEET: SheetSpec = {
  name: 'Organisationer',
  key: 'organizations',
  columns: [
    column('id', 'Id', 'string', ID),
    column('name', 'Namn', 'text', ['Organisationens namn. Krävs.', "The organisation's name. Required."], { required: true }),
    column('url', 'Webbadress', 'string', ['Webbplats.', 'Website.']),
    column('logo', 'Logotyp', 'string', ['Logotypens adress, https://…', "The logo's address."]),
    column('orgNumber', 'Organisationsnummer', 'string', ['NNNNNN-NNNN.', 'Swedish organisationsnummer.']),
    column('attribution', 'Tillskrivning', 'text', ['Text som finansiären kräver vid logotypen.', 'The words a funder requires beside its logo.']),
  ],
};

export const ROLE_SHEET: SheetSpec = {
  name: 'Roller',
  key: 'roles',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('organization', 'Organisation', 'reference', ORG_REF, { required: true }),
    column('role', 'Roll', 'choice', ['lead, partner, need-owner, knowledge-partner eller funder.', 'The role.'], { required: true, choices: ROLE_WORDS }),
  ],
};

export const GOAL_SHEET: SheetSpec = {
  name: 'Mål',
  key: 'goals',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('id', 'Id', 'string', ID),
    column('title', 'Titel', 'text', ['Målet. Krävs.', 'The goal. Required.'], { required: true }),
    column('target', 'Målvärde', 'number', ['Siffran målet siktar på; tom för ett delmål.', 'The target; empty for a milestone.']),
    column('current', 'Nuläge', 'number', ['Senaste uppmätta värde.', 'The latest measured value.']),
    column('baseline', 'Utgångsvärde', 'number', ['Värdet vid start.', 'The value at the start.']),
    column('unit', 'Enhet', 'text', ['T.ex. aktörer.', 'E.g. actors.']),
    column('unitForms', 'Enhetsformer', 'forms', ['Böjningar per språk, t.ex. one: aktör; other: aktörer', 'Plural forms, e.g. one: actor; other: actors']),
    column('status', 'Status', 'choice', ['planned, in-progress eller achieved.', 'planned, in-progress or achieved.'], { choices: GOAL_STATUS_WORDS }),
    column('comment', 'Kommentar', 'text', ['Kommentar till målet.', 'A comment on the goal.']),
    column('achieved', 'Uppnått', 'date', ['Dagen ett delmål nåddes.', 'The day a milestone was reached.']),
  ],
};

export const MEASUREMENT_SHEET: SheetSpec = {
  name: 'Mätningar',
  key: 'measurements',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('goal', 'Mål', 'reference', ['Målets id (eller titel) på bladet Mål.', "The goal's id (or title)."], { required: true }),
    column('date', 'Datum', 'date', ['Dagen värdet mättes.', 'The day of the measurement.'], { required: true }),
    column('value', 'Värde', 'number', ['Det uppmätta värdet.', 'The measured value.'], { required: true }),
    column('note', 'Anteckning', 'text', ['En kort anteckning.', 'A short note.']),
  ],
};

export const FUNDING_SHEET: SheetSpec = {
  name: 'Finansiering',
  key: 'funding',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('funder', 'Finansiär', 'reference', ['Finansiärens namn (eller id); den ska ha rollen Finansiär i projektet.', 'The funder, also in the project with the role funder.'], { required: true }),
    column('amount', 'Belopp', 'number', ['Beviljat belopp.', 'The amount granted.']),
    column('currency', 'Valuta', 'string', ['Valutakod, SEK om tom.', 'Currency code, SEK when empty.']),
    column('programme', 'Program', 'text', ['Finansieringsprogrammet.', 'The funding programme.']),
    column('reference', 'Diarienummer', 'string', ['Finansiärens diarienummer.', "The funder's case number."]),
  ],
};

export const CONTACT_SHEET: SheetSpec = {
  name: 'Kontakter',
  key: 'contacts',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('name', 'Namn', 'string', ['Kontaktens namn. Krävs.', "The contact's name. Required."], { required: true }),
    column('role', 'Roll', 'text', ['T.ex. Projektledare.', 'E.g. Project manager.']),
    column('email', 'E-post', 'string', ['E-postadress.', 'E-mail address.']),
    column('phone', 'Telefon', 'string', ['Telefonnummer.', 'Phone number.']),
    column('organization', 'Organisation', 'reference', ORG_REF),
    column('kind', 'Slag', 'choice', ['person eller role (en funktion).', 'person or role.'], { choices: CONTACT_KIND_WORDS }),
  ],
};

export const IDENTIFIER_SHEET: SheetSpec = {
  name: 'Identifierare',
  key: 'identifiers',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('scheme', 'Schema', 'string', ['T.ex. diarienummer, vinnova, kohesio.', 'E.g. diarienummer.'], { required: true }),
    column('value', 'Värde', 'string', ['Identifieraren.', 'The identifier.'], { required: true }),
    column('url', 'Webbadress', 'string', ['Sidan för identifieraren.', "The identifier's page."]),
  ],
};

export const LINK_SHEET: SheetSpec = {
  name: 'Länkar',
  key: 'links',
  columns: [
    column('project', 'Projekt', 'reference', PROJECT_REF, { required: true }),
    column('url', 'Webbadress', 'string', ['https://…', 'https://…'], { required: true }),
    column('title', 'Titel', 'text', ['Länkens text.', "The link's text."], { required: true }),
    column('type', 'Typ', 'choice', ['report, website, video, news eller other.', 'report, website, video, news or other.'], { choices: LINK_TYPE_WORDS }),
  ],
};

/** Every sheet, in the order a workbook has them. */
export const SHEETS: readonly SheetSpec[] = [
  PROJECT_SHEET, ORGANIZATION_SHEET, ROLE_SHEET, GOAL_SHEET, MEASUREMENT_SHEET, FUNDING_SHEET, CONTACT_SHEET, IDENTIFIER_SHEET, LINK_SHEET, FEED_SHEET,
];

/** The help sheet's name; read as nothing. */
export const HELP_SHEET_NAME = 'Hjälp';

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

function fold(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** The sheet spec a sheet name (Swedish or English, any case) stands for. */
export function sheetSpec(name: string): SheetSpec | undefined {
  const folded = fold(name);
  return SHEETS.find((spec) => fold(spec.name) === folded || spec.key === folded);
}

/** The header written for a column (and a language, for a Text column beyond the base one). */
export function headerOf(column: Column, lang?: string): string {
  return lang === undefined ? `${column.label} (${column.key})` : `${column.label}, ${lang} (${column.key}_${lang})`;
}

export interface HeaderMatch {
  column: Column;
  lang?: string;
}

function byName(spec: SheetSpec, name: string): Column | undefined {
  const folded = fold(name);
  return spec.columns.find((c) => c.key.toLowerCase() === folded || fold(c.label) === folded);
}

/** The column (and language) a header names in `spec`, in any of the forms above; `undefined` for another header. */
export function matchHeader(spec: SheetSpec, header: string): HeaderMatch | undefined {
  const inParentheses = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(header);
  // "Startdatum (start)" by its field; "Budget (kr)", a person's own note, by its label.
  const found = inParentheses ? (matchName(spec, inParentheses[2]) ?? matchName(spec, inParentheses[1])) : matchName(spec, header);
  return found;
}

function matchName(spec: SheetSpec, header: string): HeaderMatch | undefined {
  const name = header.trim();
  const whole = byName(spec, name);
  if (whole) return { column: whole };
  const split = /^(.+?)(?:_|,\s*)([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/.exec(name);
  if (!split || !LANGUAGE.test(split[2])) return undefined;
  const base = byName(spec, split[1]);
  return base && (base.kind === 'text' || base.kind === 'forms') ? { column: base, lang: split[2] } : undefined;
}
