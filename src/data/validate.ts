/**
 * Feed validation, whole and synchronous: the validator's core (feed-reader.ts) with every reader
 * (validate-details.ts), for the npm package, the CLI, the studio and Node. The widgets' feed store
 * uses the core and loads the detail readers only for a feed that needs them.
 */
import { DETAIL_READERS } from './validate-details.js';
import { parseFeedJson, validateFeedWith, type FeedParseResult, type Json, type ValidateOptions } from './feed-reader.js';

export {
  describe,
  formatProblem,
  formatReport,
  ORG_NUMBER,
  withoutByteOrderMark,
  type FeedParseResult,
  type FeedProblem,
  type FeedRefusal,
  type ItemReport,
  type ValidateOptions,
} from './feed-reader.js';
export { CURRENCY_CODE } from './validate-details.js';

/** Validates an already parsed feed. Never throws. */
export function validateFeed(input: Json, options: ValidateOptions = {}): FeedParseResult {
  return validateFeedWith(input, DETAIL_READERS, options);
}

/**
 * Parses feed text: JSON first, then {@link validateFeed}. Never throws. A leading byte-order mark
 * is dropped, as `fetch`'s `text()` drops it: a feed file saved with one reads the same in the
 * widgets, from an inline script and in the CLI.
 */
export function parseFeed(text: string): FeedParseResult {
  const parsed = parseFeedJson(text);
  // Nothing else holds what JSON.parse has just made: the feed may be made of its objects.
  return parsed.ok ? validateFeedWith(parsed.json, DETAIL_READERS, { shareInput: true }) : parsed;
}
