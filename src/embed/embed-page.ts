/**
 * The iframe page (embed.html): renders one widget from its query string, for CMSes that allow
 * only iframes. `embed.html?widget=project-card&feed=https://…/feed.json&project=asif&lang=en`.
 * No inline script: this module is loaded from a file, so the page works under a strict CSP.
 */
import '../si-widgets.js';
import { definedWidgets, siElement } from '../core/define.js';
import { SI_EVENTS } from '../core/events.js';
import { textDirection } from '../data/locale.js';
import {
  EMBED_EVENT_MESSAGE,
  EMBED_SIZE_MESSAGE,
  EMBED_SIZE_REQUEST,
  isLanguageTag,
  parseEmbedQuery,
  type EmbedProblem,
} from './embed-query.js';
import { embedProblemMessage, inLanguageOf } from './words.js';
import './embed-page.css';

function consoleProblem(problem: EmbedProblem): string {
  switch (problem.kind) {
    case 'no-widget':
      return 'no widget parameter: add ?widget=<name>, e.g. widget=project-card';
    case 'unknown-widget':
      return `unknown widget "${problem.widget}": use one of ${problem.known.join(', ')}`;
    case 'no-feed':
      return 'no feed parameter: add &feed=<URL of the JSON feed>';
    case 'bad-feed':
      return `feed "${problem.feed}" is not an http(s) URL`;
  }
}

function attributesOf(tag: string): readonly string[] | undefined {
  const constructor = siElement(tag);
  return constructor ? (constructor.observedAttributes ?? []) : undefined;
}

function show(root: HTMLElement): void {
  const outcome = parseEmbedQuery(location.search, location.href, attributesOf, definedWidgets());
  for (const warning of outcome.warnings) console.warn(`[si-widgets] embed.html: ${warning}`);
  // A query that failed still has its language, so that the message about it is in that language.
  const wanted = new URLSearchParams(location.search).get('lang') ?? '';
  const lang = outcome.ok ? outcome.request.lang : isLanguageTag(wanted) ? wanted : undefined;
  if (lang) {
    document.documentElement.lang = lang;
    document.documentElement.dir = textDirection(lang);
  }
  if (!outcome.ok) {
    console.error(`[si-widgets] embed.html: ${consoleProblem(outcome.problem)}`);
    const message = document.createElement('p');
    message.className = 'embed-message';
    message.setAttribute('role', 'alert');
    const problem = outcome.problem;
    // The alert is there empty first, and said once: in its language, marked, when its words are there.
    root.replaceChildren(message);
    void inLanguageOf(root, () => embedProblemMessage(problem)).then(({ text, catalogue }) => {
      message.lang = catalogue;
      message.textContent = text;
    });
    return;
  }
  const { tag, attributes, look } = outcome.request;
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  for (const [property, value] of look) element.style.setProperty(property, value);
  root.replaceChildren(element);
}

/** Tells the host page our height, for the optional resize script (embed-resize.js). */
function reportSize(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (always: boolean) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    // Only our height is sent, nothing else; the host script checks where it comes from.
    window.parent.postMessage({ type: EMBED_SIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  // A host script that starts after we did asks once for the height it missed. Nothing else is read.
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
    if ((data as { type?: unknown }).type === EMBED_SIZE_REQUEST) post(true);
  });
}

/**
 * The framing page's origin, as postMessage's target: the browser's own record of it where it
 * keeps one (`location.ancestorOrigins`: Chromium, Safari), else the origin of the referrer (the
 * page that loaded this iframe, unless its referrer policy hides it), else any origin ('*'). '*' is
 * acceptable only because what is posted is the events' details: no personal data, nothing the
 * framing page could not see by looking at the iframe's address and the public feed.
 */
function parentOrigin(): string {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    if (document.referrer) return new URL(document.referrer).origin;
  } catch {
    // An unreadable referrer: fall through.
  }
  return '*';
}

/**
 * Passes each of the widget's events (core/events.ts) on to the framing page as
 * `{ type: 'si-widgets:event', event: 'si-project-open', detail: { … } }`; embed-resize.js fires it
 * again on the <iframe> element there. Nothing else is sent.
 */
function passOnEvents(): void {
  if (window.parent === window) return;
  const target = parentOrigin();
  for (const name of SI_EVENTS) {
    document.addEventListener(name, (event) => {
      const { detail } = event as CustomEvent<unknown>;
      window.parent.postMessage({ type: EMBED_EVENT_MESSAGE, event: name, detail }, target);
    });
  }
}

const root = document.getElementById('si-embed');
if (root) {
  passOnEvents();
  show(root);
  reportSize();
}
