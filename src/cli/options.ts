/** The options `si-feed validate` and `si-feed publish` share, and their reading. */
import { DEFAULT_TIMEOUT_MS } from '../core/feed-store.js';
import { isFeedDate } from '../data/dates.js';
import { localDay, parseAge, type Age } from '../data/ended.js';
import { DEFAULT_MAX_BYTES, type ReadLimits } from './read-source.js';

export const DEFAULT_STALE_AFTER = '12m';

/** The options both commands take. */
export const COMMON_OPTIONS = {
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  'stale-after': { type: 'string' },
  today: { type: 'string' },
} as const;

export interface CommonRequest {
  limits: ReadLimits;
  today: string;
  staleAfter: Age;
}

/** A whole number above 0, or a message saying what was wrong with it. */
function positive(option: string, value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  return /^[1-9]\d*$/.test(value) ? Number(value) : `--${option}: expected a whole number above 0, found "${value}"`;
}

/** The options both commands take, checked; or a message saying what is wrong with one. */
export function readCommonOptions(values: { [K in keyof typeof COMMON_OPTIONS]?: string }): CommonRequest | string {
  const timeoutMs = positive('timeout', values.timeout, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive('max-bytes', values['max-bytes'], DEFAULT_MAX_BYTES);
  const staleAfter = parseAge(values['stale-after'] ?? DEFAULT_STALE_AFTER);
  const today = values.today ?? localDay();
  if (typeof timeoutMs === 'string') return timeoutMs;
  if (typeof maxBytes === 'string') return maxBytes;
  if (!staleAfter) return `--stale-after: expected an age such as 90d, 12m or 2y, found "${values['stale-after']}"`;
  if (!isFeedDate(today)) return `--today: expected a day such as 2026-08-12, found "${today}"`;
  return { limits: { timeoutMs, maxBytes }, today, staleAfter };
}
