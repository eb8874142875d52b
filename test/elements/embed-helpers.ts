/** Helpers for tests that load the built bundle (dist/si-widgets.js) into a page of its own. */

export const BUNDLE = '/dist/si-widgets.js';
export const FEED = '/src/public/feeds/sample.json';
/** The title of the sample feed's ASIF project, as a card shows it. */
export const ASIF_TITLE = 'En unik och relevant innovationsallians för social innovation och förändring';

/** Polls `check` until it returns something truthy; fails with `what` after `timeout` ms. */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A Swedish page that loads the bundle in its head: `head` goes before the script, `body` is its body. */
export function bundlePage(body: string, head = ''): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8">${head}<script type="module" src="${BUNDLE}"></script></head><body>${body}</body></html>`;
}

/** A page served by the test server with exactly `html` (and the violation probe). */
export function pageUrl(html: string, options: { csp?: boolean } = {}): string {
  const params = new URLSearchParams({ html });
  if (options.csp) params.set('csp', 'strict');
  return `/test-embed/page?${params}`;
}

export interface FrameOptions {
  width?: number;
  height?: number;
  /** The iframe's sandbox attribute: without allow-scripts, the page runs with JavaScript off. */
  sandbox?: string;
}

/** Opens `src` in an iframe without waiting for it to load: for looking at a page before its scripts ran. */
export function startFrame(src: string, options: FrameOptions = {}): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${options.width ?? 800}px`;
  iframe.style.height = `${options.height ?? 900}px`;
  iframe.style.border = '0';
  if (options.sandbox !== undefined) iframe.setAttribute('sandbox', options.sandbox);
  iframe.src = src;
  document.body.append(iframe);
  return iframe;
}

/** Opens `src` in an iframe of the test page and resolves on its load event. */
export async function openFrame(src: string, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const iframe = startFrame(src, options);
  // The load event comes from the network, never before this task ends: listening now is in time.
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe;
}

export function frameDocument(iframe: HTMLIFrameElement): Document {
  if (!iframe.contentDocument) throw new Error('the frame is not same-origin');
  return iframe.contentDocument;
}

type FrameWindow = Window & { __violations?: string[]; __consoleErrors?: string[] };

export function violations(iframe: HTMLIFrameElement): string[] {
  return [...((iframe.contentWindow as FrameWindow | null)?.__violations ?? [])];
}

/** What the page (served with the probe) wrote with console.error, in order. */
export function consoleErrors(iframe: HTMLIFrameElement): string[] {
  return [...((iframe.contentWindow as FrameWindow | null)?.__consoleErrors ?? [])];
}

/** Resolves when `element` (from any realm) reflects one of `states`. */
export async function untilState(element: Element, states: string[] = ['ready'], timeout = 8000): Promise<Element> {
  await until(() => states.includes(element.getAttribute('state') ?? ''), `<${element.localName}> to be ${states.join('/')}`, timeout);
  return element;
}

/** Text of an element's shadow tree, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a node of the light DOM is rendered (has a box). */
export function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

export function removeFrames(): void {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
}

/** The same dev server under another origin: localhost and 127.0.0.1 are different origins. */
export const OTHER_ORIGIN = `http://127.0.0.1:${location.port}`;

export function embedSrc(query: Record<string, string>, origin = location.origin): string {
  return `${origin}/dist/embed.html?${new URLSearchParams(query)}`;
}

export function iframeTag(id: string, src: string, height = 150): string {
  return `<iframe id="${id}" src="${src.replace(/&/g, '&amp;')}" title="${id}" width="100%" height="${height}" frameborder="0"></iframe>`;
}

/** A host page with embed-resize.js (its script tag gets `scriptAttributes`) and `body`. */
export async function hostPage(body: string, scriptAttributes = ''): Promise<Document> {
  const html = `<!doctype html><html><head><meta charset="utf-8">
    <script type="module" src="/dist/embed-resize.js" ${scriptAttributes}></script></head><body>${body}</body></html>`;
  return frameDocument(await openFrame(pageUrl(html), { width: 480, height: 900 }));
}

/**
 * Resolves once the bundle has run in `iframe`. dist/si-widgets.js defines a tag only once the tag is
 * on the page (it loads the element's code then), so a page without tags has none defined.
 */
export async function untilBundle(iframe: HTMLIFrameElement): Promise<void> {
  await until(() => Symbol.for('si-widgets.autoloader.v1') in (iframe.contentWindow ?? {}), 'the bundle');
}
