/**
 * The heart of dist/si-widgets.js: a page pays only for the elements it shows.
 *
 * Like Shoelace's autoloader, ONE MutationObserver on the document finds `si-*` tags that are not
 * defined yet (and `<div data-si-widget>` mounts), before or after the script, and imports that
 * element's code the first time it is on the page; the first time it sees a `feed`, it starts that
 * request too, in parallel (see feed-prefetch.ts). The observer cannot see into shadow roots: a
 * component that renders our tags in its own shadow root calls `observe(shadowRoot)` (exported by
 * dist/si-widgets.js), or uses the npm build.
 *
 * Code that cannot be loaded (a 404, offline, a CSP that blocks it) gives each such element the
 * `error` state and a message; the other elements are not affected.
 */
import { installAutoloader, noteWidget, pageAutoloader, warnAboutOtherVersion, type Autoloader, type VersionedElement } from './define.js';
import { prefetchFeed } from './feed-prefetch.js';
import { widgetTag } from '../embed/embed-query.js';
import { VERSION } from '../version.js';

const MOUNT_ATTRIBUTE = 'data-si-widget';

/** How the entry reaches the code it loads: one `import()` each, so that each is a chunk. */
export interface LazyCode {
  /** Per tag, the module that defines it. */
  elements: Record<string, () => Promise<unknown>>;
  /** The `<div data-si-widget>` mounts. */
  mounts: () => Promise<unknown>;
  /**
   * The chunk every element imports: asked for with the element's own, not after it (which a browser
   * would find only once the element's chunk had arrived: one more round trip).
   */
  shared: () => Promise<unknown>;
  /** Says, in the element's language, that its code could not be loaded. */
  failure: () => Promise<{ showLoadFailure(element: Element): Promise<void> }>;
}

class PageAutoloader implements Autoloader {
  readonly version = VERSION;
  readonly tags: readonly string[];
  private readonly selector: string;
  private readonly loading = new Map<string, Promise<void>>();
  private readonly failed = new Set<string>();
  private readonly failedElements = new WeakSet<Element>();
  private readonly roots = new Set<Document | ShadowRoot>();
  private mounts?: Promise<unknown>;
  private shared?: Promise<unknown>;
  private readonly observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') this.scan(record.target as Element);
      else for (const node of record.addedNodes) if (node instanceof Element) this.scan(node);
    }
  });

  constructor(private readonly code: LazyCode) {
    this.tags = Object.keys(code.elements);
    this.selector = [...this.tags.map((tag) => `${tag}:not(:defined)`), `[${MOUNT_ATTRIBUTE}]`].join(',');
  }

  observe(root: Document | ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: [MOUNT_ATTRIBUTE] });
    this.scan(root);
  }

  load(tag: string): Promise<void> {
    let promise = this.loading.get(tag);
    if (!promise) {
      // A failure here is the element chunk's failure too, and is reported as that.
      this.shared ??= this.code.shared().catch(() => undefined);
      promise = customElements.get(tag)
        ? Promise.resolve()
        : this.code.elements[tag]().then(
            () => undefined,
            (error: unknown) => this.fail(tag, error),
          );
      this.loading.set(tag, promise);
    }
    return promise;
  }

  private fail(tag: string, error: unknown): void {
    this.failed.add(tag);
    console.error(
      `[si-widgets] The code of <${tag}> could not be loaded (${String(error)}), so it shows an error. ` +
        'Publish the chunks/ folder beside si-widgets.js, and allow its origin in script-src.',
    );
    for (const root of this.roots) for (const element of root.querySelectorAll(tag)) this.showFailure(element);
  }

  private showFailure(element: Element): void {
    if (this.failedElements.has(element)) return;
    this.failedElements.add(element);
    element.setAttribute('state', 'error');
    const tell = () =>
      element.dispatchEvent(new CustomEvent('si-state-change', { detail: { state: 'error' }, bubbles: true, composed: true }));
    // Without its words (their code failed too), the element still tells the page its state.
    void this.code.failure().then((words) => words.showLoadFailure(element), tell);
  }

  private scan(root: ParentNode): void {
    if (root instanceof Element && root.matches(this.selector)) this.visit(root);
    for (const element of root.querySelectorAll(this.selector)) this.visit(element);
  }

  /** A tag or mount seen for the first time (or again): its feed requested, its code loaded. */
  private visit(element: Element): void {
    const mountOf = element.getAttribute(MOUNT_ATTRIBUTE);
    const tag = mountOf === null ? element.localName : widgetTag(mountOf);
    if (mountOf === null && this.failed.has(tag)) {
      this.showFailure(element);
      return;
    }
    prefetchFeed(element.getAttribute(mountOf === null ? 'feed' : 'data-feed') ?? '');
    if (mountOf !== null) {
      this.mounts ??= this.code.mounts().catch((error: unknown) => {
        console.error(`[si-widgets] The code of the <div ${MOUNT_ATTRIBUTE}> mounts could not be loaded (${String(error)}).`);
      });
    }
    if (this.tags.includes(tag)) void this.load(tag);
  }
}

/**
 * Starts loading elements on first use, once per page: a second copy of the bundle (same version)
 * leaves it to the first, silently; another version warns once and leaves it too.
 */
export function startAutoloader(code: LazyCode): void {
  const tags = Object.keys(code.elements);
  const existing = pageAutoloader();
  if (existing) {
    warnAboutOtherVersion(tags[0], existing.version);
    return;
  }
  for (const tag of tags) {
    noteWidget(tag);
    // Defined already, by an older bundle that registers every element up front: that one stays.
    const defined = customElements.get(tag) as VersionedElement | undefined;
    if (defined) warnAboutOtherVersion(tag, defined.siVersion);
  }
  installAutoloader(new PageAutoloader(code)).observe(document);
}
