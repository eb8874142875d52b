/**
 * Tag-free mounts for editors whose CMS strips unknown tags but keeps `data-*` on a `<div>`:
 *
 *   <div data-si-widget="project-card" data-feed="…" data-project="asif"><a href="…">ASIF</a></div>
 *
 * becomes, inside that same div, `<si-project-card feed="…" project="asif">` with the div's content
 * moved into it as fallback. The element goes *inside* the editor's div rather than replacing it:
 * the CMS's markup (its classes, its alignment wrapper, a block editor's own node) stays as the
 * editor left it, and a framework that owns the div does not lose its node.
 *
 * One MutationObserver per page (shared by every copy of the bundle) mounts divs added later and
 * forwards later changes of their `data-*` attributes.
 */
import { definedWidgets, loadWidget, siElement } from '../core/define.js';
import { isNeverPassedOn, widgetTag } from './embed-query.js';
import { inLanguageOf, unknownWidgetMessage } from './words.js';

export const MOUNT_ATTRIBUTE = 'data-si-widget';
const SELECTOR = `[${MOUNT_ATTRIBUTE}]`;
/** Global attributes passed on although no element observes them. */
const GLOBAL_FORWARDED = new Set(['lang', 'dir']);

interface Mounter {
  observer: MutationObserver;
  /** Each mount div and what became of it. */
  mounts: WeakMap<Element, MountRecord>;
  scan(root: ParentNode): void;
}

/** A mounted div keeps what its element observes, to forward later `data-*` changes without asking again. */
type MountRecord =
  | { kind: 'mounted'; element: HTMLElement; observed: ReadonlySet<string> }
  | { kind: 'refused'; message: HTMLElement }
  | { kind: 'loading' };

const MOUNTER_KEY = Symbol.for('si-widgets.mounts.v1');
type GlobalWithMounter = typeof globalThis & { [MOUNTER_KEY]?: Mounter };

/** The element's attribute for a `data-*` one, or `undefined` when the element must not get it. */
function forwardedName(dataName: string, observed: ReadonlySet<string>): string | undefined {
  if (!dataName.startsWith('data-') || dataName === MOUNT_ATTRIBUTE) return undefined;
  const name = dataName.slice('data-'.length);
  if (isNeverPassedOn(name)) return undefined;
  return observed.has(name) || GLOBAL_FORWARDED.has(name) ? name : undefined;
}

function isBlank(node: Node): boolean {
  if (node instanceof Text) return !/\S/.test(node.data);
  return node instanceof Comment;
}

/**
 * dist/si-widgets.js loads an element's code on its first use: the div is mounted once it is there.
 * Code that could not be loaded still gets its element, which then shows that error.
 */
function mountWhenLoaded(mounter: Mounter, div: Element, tag: string): boolean {
  const loading = siElement(tag) ? undefined : loadWidget(tag);
  if (!loading) return false;
  const record: MountRecord = { kind: 'loading' };
  mounter.mounts.set(div, record);
  void loading.then(() => {
    if (mounter.mounts.get(div) !== record) return; // unmounted meanwhile
    mounter.mounts.delete(div);
    mount(mounter, div, true);
  });
  return true;
}

function mount(mounter: Mounter, div: Element, loaded = false): void {
  if (mounter.mounts.has(div) || !div.isConnected) return;
  const value = div.getAttribute(MOUNT_ATTRIBUTE) ?? '';
  const tag = widgetTag(value);
  if (!loaded && mountWhenLoaded(mounter, div, tag)) return;
  const constructor = siElement(tag);
  if (!constructor && !loaded) {
    refuse(mounter, div, value);
    return;
  }
  const observed: ReadonlySet<string> = new Set(constructor?.observedAttributes ?? []);
  const element = document.createElement(tag);
  const ignored: string[] = [];
  for (const { name, value: attributeValue } of [...div.attributes]) {
    if (!name.startsWith('data-') || name === MOUNT_ATTRIBUTE) continue;
    const forwarded = forwardedName(name, observed);
    if (forwarded) element.setAttribute(forwarded, attributeValue);
    else ignored.push(name);
  }
  if (ignored.length > 0 && constructor) {
    console.warn(
      `[si-widgets] <${div.localName} ${MOUNT_ATTRIBUTE}="${value}">: ignored ${ignored.join(', ')}; ` +
        `<${tag}> takes ${[...observed].filter((n) => !isNeverPassedOn(n)).map((n) => `data-${n}`).join(', ')}.`,
    );
  }
  // The editor's content becomes the element's fallback: shown until the widget is ready.
  const content = [...div.childNodes];
  if (!content.every(isBlank)) element.append(...content);
  div.append(element);
  mounter.mounts.set(div, { kind: 'mounted', element, observed });
  mounter.observer.observe(div, { attributes: true });
}

/** An unknown widget: a clear message in the div (its fallback stays), a precise one in the console. */
function refuse(mounter: Mounter, div: Element, value: string): void {
  const known = definedWidgets().join(', ');
  const message = document.createElement('p');
  message.setAttribute('data-si-message', '');
  message.textContent = unknownWidgetMessage(value.trim(), known);
  div.prepend(message);
  // Then in the language around the div, once its words are loaded.
  void inLanguageOf(div, () => unknownWidgetMessage(value.trim(), known)).then(({ text, catalogue }) => {
    message.textContent = text;
    message.lang = catalogue;
  });
  console.error(
    `[si-widgets] <${div.localName} ${MOUNT_ATTRIBUTE}="${value}">: no such widget. ` +
      `Use one of: ${known} (the tag name without "si-").`,
  );
  mounter.mounts.set(div, { kind: 'refused', message });
  mounter.observer.observe(div, { attributes: true });
}

/** Takes a mount back to the div as the editor wrote it, so that it can be mounted again. */
function unmount(mounter: Mounter, div: Element): void {
  const record = mounter.mounts.get(div);
  if (!record) return;
  mounter.mounts.delete(div);
  if (record.kind === 'loading') return;
  if (record.kind === 'refused') {
    record.message.remove();
    return;
  }
  const fallback = [...record.element.childNodes].filter(
    (node) => !(node instanceof HTMLScriptElement) && !(node instanceof Comment),
  );
  record.element.replaceWith(...fallback);
}

function onMutations(mounter: Mounter, records: MutationRecord[]): void {
  for (const record of records) {
    if (record.type === 'childList') {
      for (const node of record.addedNodes) if (node instanceof Element) mounter.scan(node);
      continue;
    }
    const div = record.target as Element;
    const name = record.attributeName ?? '';
    if (name === MOUNT_ATTRIBUTE) {
      unmount(mounter, div);
      if (div.hasAttribute(MOUNT_ATTRIBUTE)) mount(mounter, div);
      continue;
    }
    const mounted = mounter.mounts.get(div);
    if (mounted?.kind !== 'mounted') continue;
    const forwarded = forwardedName(name, mounted.observed);
    if (!forwarded) continue;
    const value = div.getAttribute(name);
    if (value === null) mounted.element.removeAttribute(forwarded);
    else mounted.element.setAttribute(forwarded, value);
  }
}

/**
 * Mounts every `[data-si-widget]` in the page now and whenever one is added or gets that
 * attribute. Safe to call any number of times, from any number of bundle copies: one observer.
 */
export function startMounts(): void {
  const global = globalThis as GlobalWithMounter;
  let mounter = global[MOUNTER_KEY];
  if (!mounter) {
    const created: Mounter = {
      observer: new MutationObserver((records) => onMutations(created, records)),
      mounts: new WeakMap(),
      scan(root: ParentNode) {
        if (root instanceof Element && root.matches(SELECTOR)) mount(created, root);
        for (const div of root.querySelectorAll(SELECTOR)) mount(created, div);
      },
    };
    created.observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [MOUNT_ATTRIBUTE],
    });
    mounter = global[MOUNTER_KEY] = created;
  }
  mounter.scan(document);
}
