/**
 * Fixed lists of words (statuses, roles, sort orders, controls): the one type guard for them, so
 * that no caller casts its list to `readonly string[]`, and the one way to say a value is not one.
 */

export function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

/**
 * The console's message for a word that is not in its list: which attribute, what kind of word,
 * the value, the known words and what is done instead, e.g.
 * `sort: unknown order "newest" (known: feed, title, start, recent); using feed order`.
 */
export function unknownWordMessage(
  attribute: string,
  kind: string,
  value: string,
  allowed: readonly string[],
  instead: string,
): string {
  return `${attribute}: unknown ${kind} "${value}" (known: ${allowed.join(', ')}); ${instead}`;
}
