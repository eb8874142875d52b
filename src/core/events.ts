/**
 * The events the elements fire for the host page's own analytics: each bubbles and is composed (it
 * crosses shadow roots up to the document), and none carries personal data. Nothing is sent anywhere
 * by us; embed.html passes them on to the page that frames it (see embed-page.ts).
 */
import type { StateChangeDetail } from './feed-element.js';

/** `si-project-open`: a visitor followed a project's link. */
export interface ProjectOpenDetail {
  /** The project's `id` in the feed. */
  project: string;
  /** Where the link goes. */
  url: string;
  /** The element's tag, e.g. `si-project-list`. */
  element: string;
}

/** `si-filter-change`: the list's query after a visitor changed it (once typing pauses). */
export interface FilterChangeDetail {
  /** What the visitor typed into the search field (`''` for none). */
  search: string;
  /** The chosen organisation id, topic, municipality and status; `''` is "all". */
  organization: string;
  topic: string;
  municipality: string;
  status: string;
  /** The chosen funder id and place, only when the list shows those controls; `''` is "all". */
  funder?: string;
  place?: string;
  /** The order in use: `feed`, `title`, `start` or `recent`. */
  sort: string;
  /** How many projects match now. */
  matches: number;
}

/** `si-show-more`: a visitor asked to see more projects. */
export interface ShowMoreDetail {
  /** How many projects are shown now. */
  shown: number;
  /** How many match. */
  matches: number;
}

export interface SiEventDetails {
  'si-state-change': StateChangeDetail;
  'si-project-open': ProjectOpenDetail;
  'si-filter-change': FilterChangeDetail;
  'si-show-more': ShowMoreDetail;
}

export type SiEventName = keyof SiEventDetails;

/** Every event name, for embed.html to pass on (embed-resize.js keeps its own copy; a test compares). */
export const SI_EVENTS: readonly SiEventName[] = ['si-state-change', 'si-project-open', 'si-filter-change', 'si-show-more'];

/** Fires `type` on `target`, bubbling and composed. */
export function fire<K extends SiEventName>(target: EventTarget, type: K, detail: SiEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'si-project-open': CustomEvent<ProjectOpenDetail>;
    'si-filter-change': CustomEvent<FilterChangeDetail>;
    'si-show-more': CustomEvent<ShowMoreDetail>;
  }
}
