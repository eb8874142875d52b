/**
 * A project's `municipalities` hold names ("Malmö") or SCB codes ("1280"); a code is the same place
 * as its name everywhere. The 290 names are a chunk of their own (municipalities.ts), imported only
 * when a feed uses a code, so a page whose feed does not pays nothing for them. Pure; no DOM.
 */
import type { Feed } from './types.js';

/** A four-digit SCB municipality code, e.g. "1280" (Malmö); it keeps its leading zero ("0114"). */
export function isMunicipalityCode(value: string): boolean {
  if (value.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether any project of the feed names a municipality by its code. */
export function feedUsesMunicipalityCodes(feed: Feed): boolean {
  return feed.projects.some((project) => project.municipalities?.some(isMunicipalityCode) === true);
}

let names: Readonly<Record<string, string>> | undefined;
let loading: Promise<Readonly<Record<string, string>>> | undefined;

/** The code → name table, loaded once (one request for every element on the page). */
export function loadMunicipalityNames(): Promise<Readonly<Record<string, string>>> {
  loading ??= import('./municipalities.js').then((module) => (names = module.MUNICIPALITIES));
  return loading;
}

/** The name of the municipality with SCB code `code`, or `undefined` for a code that is none. */
export async function municipalityName(code: string): Promise<string | undefined> {
  const table = await loadMunicipalityNames();
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** Whether the names are loaded: until then {@link placeName} gives a code as it is. */
export function municipalityNamesLoaded(): boolean {
  return names !== undefined;
}

/**
 * The place a `municipalities` entry names, synchronously: a known code's name once the names are
 * loaded ({@link loadMunicipalityNames}), else the entry as written.
 */
export function placeName(value: string): string {
  return names !== undefined && isMunicipalityCode(value) && Object.hasOwn(names, value) ? names[value] : value;
}
