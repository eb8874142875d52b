/**
 * Remembers a pure function's answer per language tag. A page uses a handful of tags, and every
 * element asks about its own several times per update; each answer costs an `Intl` call
 * (canonicalising a tag, building an `Intl.Locale`) that takes microseconds, which a page of
 * 1,000 cards pays thousands of times. Pure; no DOM.
 */
export function memoizeByTag<T>(answer: (tag: string) => T): (tag: string) => T {
  const answers = new Map<string, T>();
  return (tag) => {
    if (answers.has(tag)) return answers.get(tag) as T;
    const value = answer(tag);
    // A page with hundreds of different `lang` values is odd, but must not grow this without end.
    if (answers.size >= 100) answers.clear();
    answers.set(tag, value);
    return value;
  };
}
