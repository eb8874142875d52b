/**
 * The change feed of `si-feed publish`: `changes.xml`, an Atom feed (RFC 4287) with one entry per
 * publication, each listing projects added, ended, changed (with what changed) and removed, in
 * Swedish and English. Made from `changes.json` on every publication. Pure, so that the CLI and the
 * studio page write the same file.
 */
import type { ChangedProject, ChangeList } from './changes.js';

/** One publication, as `changes.json` keeps it. */
export interface Publication extends ChangeList {
  /** When it was published, RFC 3339 in UTC. */
  published: string;
  /** The archived version it replaced (`archive/feed-2026-12-06.json`), if there was one. */
  archived?: string;
}

export interface ChangesDocument {
  version: 1;
  publications: Publication[];
}

type Language = 'sv' | 'en';

/** Field names in words, Swedish and English; a field this table does not know is named as it is written. */
const FIELD_NAMES: Record<string, Record<Language, string>> = Object.fromEntries(
  [
    ['title', 'titel', 'title'], ['summary', 'sammanfattning', 'summary'], ['description', 'beskrivning', 'description'],
    ['url', 'webbadress', 'web address'], ['organizations', 'organisationer', 'organisations'], ['topics', 'ämnen', 'topics'],
    ['sdgs', 'globala mål', 'SDGs'], ['municipalities', 'kommuner', 'municipalities'], ['status', 'status', 'status'],
    ['start', 'startdatum', 'start date'], ['end', 'slutdatum', 'end date'], ['goals', 'mål', 'goals'], ['updated', 'uppdaterad', 'updated'],
  ].map(([field, sv, en]) => [field, { sv, en }]),
);

const HEADINGS: Record<keyof ChangeList, Record<Language, string>> = {
  added: { sv: 'Nya projekt', en: 'Projects added' },
  ended: { sv: 'Avslutade projekt', en: 'Projects ended' },
  changed: { sv: 'Ändrade projekt', en: 'Projects changed' },
  removed: { sv: 'Borttagna projekt', en: 'Projects removed' },
};

const WORDS = {
  title: { sv: 'Projektflödet uppdaterat', en: 'Project feed updated' },
  feedTitle: { sv: 'Ändringar i projektflödet', en: 'Changes to the project feed' },
  changedFields: { sv: 'ändrat', en: 'changed' },
  none: { sv: 'Inga projekt ändrades.', en: 'No project changed.' },
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** 64-bit FNV-1a of `bytes`, started from `basis`, as 16 hex digits. */
function fnv1a64(bytes: Uint8Array, basis: bigint): string {
  let hash = basis;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/**
 * A stable `urn:uuid:` made from `seed`, so that an entry keeps its id when the file is rewritten.
 * An identifier, not a secret: two FNV-1a hashes make its 128 bits, synchronously in Node and in
 * the browser alike (Web Crypto's digest is asynchronous only).
 */
export function uuidUrn(seed: string): string {
  const bytes = new TextEncoder().encode(seed);
  const hex = fnv1a64(bytes, 0xcbf29ce484222325n) + fnv1a64(bytes, 0x84222325cbf29ce4n);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** "Lärprocess (lärprocess-id): titel, slutdatum". */
function projectLine(project: ChangedProject, lang: Language): string {
  const fields = project.fields?.length ? `: ${WORDS.changedFields[lang]} ${project.fields.map((f) => FIELD_NAMES[f]?.[lang] ?? f).join(', ')}` : '';
  return `${project.title[lang]} (${project.id})${fields}`;
}

/** The change list in one language, as plain lines: what `--dry-run` prints, and each entry's text. */
export function describeChanges(changes: ChangeList, lang: Language): string[] {
  const lines: string[] = [];
  for (const kind of ['added', 'ended', 'changed', 'removed'] as const) {
    if (changes[kind].length === 0) continue;
    lines.push(`${HEADINGS[kind][lang]} (${changes[kind].length}):`);
    for (const project of changes[kind]) lines.push(`  ${projectLine(project, lang)}`);
  }
  return lines.length > 0 ? lines : [WORDS.none[lang]];
}

/** One language's part of an entry: a heading and a list per kind of change. */
function entryPart(changes: ChangeList, lang: Language): string {
  const parts: string[] = [];
  for (const kind of ['added', 'ended', 'changed', 'removed'] as const) {
    if (changes[kind].length === 0) continue;
    const items = changes[kind].map((project) => `<li>${escapeXml(projectLine(project, lang))}</li>`).join('');
    parts.push(`<h2>${HEADINGS[kind][lang]} (${changes[kind].length})</h2><ul>${items}</ul>`);
  }
  return `<div xml:lang="${lang}" lang="${lang}">${parts.length > 0 ? parts.join('') : `<p>${WORDS.none[lang]}</p>`}</div>`;
}

function renderEntry(publication: Publication, feedId: string): string {
  const date = publication.published.slice(0, 10);
  const title = `${WORDS.title.sv} ${date} / ${WORDS.title.en} ${date}`;
  return [
    '  <entry>',
    `    <id>${uuidUrn(`${feedId} ${publication.published}`)}</id>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <updated>${publication.published}</updated>`,
    `    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${entryPart(publication, 'sv')}${entryPart(publication, 'en')}</div></content>`,
    '  </entry>',
  ].join('\n');
}

/**
 * `changes.xml`, newest publication first. `feedUrl`, when known, is where `feed.json` is published:
 * the Atom feed links to it and its `changes.xml` beside it.
 */
export function renderAtom(document: ChangesDocument, feedUrl?: string): string {
  const publications = [...document.publications].reverse();
  const feedId = feedUrl ?? 'si-feed publish';
  const updated = publications[0]?.published ?? new Date(0).toISOString();
  const links = feedUrl
    ? [`  <link rel="self" href="${escapeXml(new URL('changes.xml', feedUrl).href)}"/>`, `  <link rel="related" href="${escapeXml(feedUrl)}"/>`]
    : [];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${uuidUrn(feedId)}</id>`,
    `  <title>${WORDS.feedTitle.sv} / ${WORDS.feedTitle.en}</title>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>si-feed publish</name></author>',
    ...links,
    ...publications.map((publication) => renderEntry(publication, feedId)),
    '</feed>',
    '',
  ].join('\n');
}
