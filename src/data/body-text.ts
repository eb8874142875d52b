/**
 * A response's body as text, like `response.text()` (UTF-8, bad bytes as U+FFFD), but decoded chunk
 * by chunk while it downloads and counted as it comes: decoding megabytes takes tens of
 * milliseconds, which a big feed on a slow connection has then spent before its last byte, and a
 * body that unpacks to more than `maxBytes` (a gzip bomb) is stopped there, not held in memory.
 * Used by the widgets' feed store and by the CLI. No DOM: `Response` and `TextDecoder` are in
 * browsers and Node alike.
 *
 * `undefined` when the body is larger than `maxBytes`; the download is then cancelled.
 */
export async function bodyText(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
