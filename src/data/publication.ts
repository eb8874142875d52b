/**
 * What one publication writes into a published folder, decided without touching it: the CLI
 * (`si-feed publish`) and the studio page ("Publicera") both read the folder's `feed.json` and
 * `changes.json`, ask `planPublication` for the files, show the change list, and then write the
 * files in the order given (each to a temporary file first; `feed.json` last), so a failed write
 * never leaves a new feed without its history. Pure.
 */
import { renderAtom, type ChangesDocument } from './atom.js';
import { diffFeeds, type ChangeList, type RawFeed } from './changes.js';

/** What the folder holds now: the texts of `feed.json` and `changes.json`, where they exist. */
export interface PublishedFolder {
  feed?: string;
  changes?: string;
}

export interface PublicationRequest {
  /** The feed to publish, as the exact text `feed.json` will hold. */
  text: string;
  /** When it is published (RFC 3339 in UTC). */
  now: string;
  /** Today's local date (YYYY-MM-DD): what counts as ended. */
  today: string;
  /** Where `feed.json` is published, when known: the Atom feed links to it. */
  feedUrl?: string;
  /** Whether a file of that name (relative to the folder) is there already: archive names never overwrite. */
  exists: (name: string) => boolean;
}

export type PublicationPlan =
  | { unchanged: true }
  | {
      unchanged: false;
      changes: ChangeList;
      /** Where the replaced `feed.json` is archived, when there was one. */
      archived?: string;
      /** Every file to write, relative to the folder, `feed.json` last. */
      files: Array<readonly [name: string, text: string]>;
    };

/** `archive/feed-2026-12-06.json`, or `…-2.json` and on when that day already has one. */
function archiveName(day: string, exists: (name: string) => boolean): string {
  let name = `archive/feed-${day}.json`;
  for (let n = 2; exists(name); n++) name = `archive/feed-${day}-${n}.json`;
  return name;
}

/** `changes.json` as data; a folder that has none starts an empty history. */
export function readChangesDocument(text: string | undefined): ChangesDocument {
  return text ? (JSON.parse(text) as ChangesDocument) : { version: 1, publications: [] };
}

export function planPublication(folder: PublishedFolder, request: PublicationRequest): PublicationPlan {
  if (folder.feed === request.text) return { unchanged: true };
  const history = readChangesDocument(folder.changes);
  // The archived copy is named after the day it was published, which changes.json remembers.
  const previousDay = history.publications.at(-1)?.published.slice(0, 10) ?? request.today;
  const previous = folder.feed ? (JSON.parse(folder.feed) as RawFeed) : undefined;
  const changes = diffFeeds(previous, JSON.parse(request.text) as RawFeed, { previousDay, today: request.today });
  const archived = folder.feed === undefined ? undefined : archiveName(previousDay, request.exists);
  const document: ChangesDocument = {
    version: 1,
    publications: [...history.publications, { published: request.now, ...(archived && { archived }), ...changes }],
  };
  const files: Array<readonly [string, string]> = [];
  if (archived && folder.feed !== undefined) files.push([archived, folder.feed]);
  files.push(['changes.json', `${JSON.stringify(document, null, 2)}\n`], ['changes.xml', renderAtom(document, request.feedUrl)], ['feed.json', request.text]);
  return { unchanged: false, changes, archived, files };
}
