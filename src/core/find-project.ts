import { msg } from '@lit/localize';
import { say } from '../data/message.js';
import type { Project } from '../data/types.js';
import type { Selection } from './feed-element.js';
import type { LoadedFeed } from './feed-store.js';

export type SelectionError = Extract<Selection<never>, { state: 'error' }>;

/**
 * The project an element's `project` attribute names, or the error every element shows when the
 * attribute is missing or names no project of the feed. Call it during an update (it uses `msg()`).
 */
export function findProject(feed: LoadedFeed, id: string | undefined, language: string): Project | SelectionError {
  const project = id ? feed.index.projectsById.get(id) : undefined;
  if (project) return project;
  return id
    ? {
        state: 'error',
        message: say(msg('Projektet "{id}" finns inte i projektflödet.'), { id }, language),
        detail: `no project with id "${id}" in ${feed.source}`,
      }
    : {
        state: 'error',
        message: msg('Ange vilket projekt som ska visas med attributet project.'),
        detail: "no project attribute: set project=\"<id>\" to one of the feed's project ids",
      };
}
