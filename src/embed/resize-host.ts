/**
 * embed-resize.js: an optional script for a page that shows si-widgets through iframes
 * (embed.html). It sets each such iframe's height to its content, so there is no inner scrollbar
 * and no empty space. Without it an iframe keeps the height written in its snippet.
 *
 * Trusts a message only when it comes from the window of an iframe on this page whose src is an
 * embed.html, from that src's origin, and carries a plausible height. Nothing else is read.
 */

/** Equal to EMBED_SIZE_MESSAGE in embed-query.ts (a test checks); not imported, so that this file builds alone. */
const RESIZE_MESSAGE = 'si-widgets:embed-size';
/** Equal to EMBED_SIZE_REQUEST in embed-query.ts. */
const RESIZE_REQUEST = 'si-widgets:embed-size-request';
const INSTALLED = Symbol.for('si-widgets.embed-resize.v1');
const MAX_HEIGHT = 20_000;
type GlobalWithFlag = typeof globalThis & { [INSTALLED]?: true };

function embedOrigin(iframe: HTMLIFrameElement): string | undefined {
  try {
    const url = new URL(iframe.src, document.baseURI);
    return url.pathname.endsWith('/embed.html') || url.pathname.endsWith('/embed') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE || typeof height !== 'number') return;
  if (!Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source) continue;
    if (embedOrigin(iframe) !== event.origin) return;
    // CSSOM, not a style attribute: allowed under a strict style-src.
    iframe.style.height = `${Math.ceil(height)}px`;
    return;
  }
}

const page = globalThis as GlobalWithFlag;
if (!page[INSTALLED]) {
  page[INSTALLED] = true;
  window.addEventListener('message', onMessage);
  // Iframes that finished before this script ran have told their height to nobody: ask them again.
  for (const iframe of document.querySelectorAll('iframe')) {
    const origin = embedOrigin(iframe);
    if (origin && iframe.contentWindow) iframe.contentWindow.postMessage({ type: RESIZE_REQUEST }, origin);
  }
}
