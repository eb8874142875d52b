/**
 * JSON.parse and validateFeed of the same text, one after the other, `warmups` + `runs` times;
 * the measured pairs are returned.
 */
async function timeValidation(validateFeed, text, { runs, warmups, gc, beforeEach = async () => {} }) {
  const parse = [];
  const validate = [];
  for (let i = 0; i < runs + warmups; i++) {
    await beforeEach();
    gc();
    let t = performance.now();
    const json = JSON.parse(text);
    const parseMs = performance.now() - t;
    // Each pays for its own garbage: the young parse result is promoted here, not inside validateFeed.
    gc();
    t = performance.now();
    const result = validateFeed(json);
    const validateMs = performance.now() - t;
    if (!result.ok) throw new Error('the generated feed was refused');
    if (i >= warmups) {
      parse.push(parseMs);
      validate.push(validateMs);
    }
  }
  return { parse, validate };
}

/**
 * The validation pairs timed both ways, for the Node side (run.js) and the page (page.js):
 * `fetched`, as the loader validates a feed it has just parsed (the feed is made of the parsed
 * objects), and `copied`, as a feed object given through `data` is validated (into a copy, so that
 * the page changing its object later changes nothing shown).
 */
export async function timeFetchedAndCopied(validateFeed, text, options) {
  return {
    fetched: await timeValidation((json) => validateFeed(json, { shareInput: true }), text, options),
    copied: await timeValidation((json) => validateFeed(json), text, options),
  };
}
