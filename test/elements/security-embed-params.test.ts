/**
 * Attack replay: hostile embed.html parameters (issue 19, "Keep it that way"). Markup, script URLs,
 * prototype keys, CSS injections and event handlers in the query string: the page shows the widget
 * or says what is wrong, runs nothing, fetches nothing but its own files and the feed, and passes
 * no attribute the element does not own.
 */
import { expect } from '@open-wc/testing';
import { FEED, frameDocument, openFrame, removeFrames, until } from './embed-helpers.js';

type Query = [string, string][];
const IMG = '<img src=x onerror="parent.pwned=1">';
const SCRIPT = '"><script>parent.pwned=1</script>';
const CARD: Query = [['widget', 'project-card'], ['feed', FEED], ['project', 'asif']];

/** [what, query, 'widget' (the card is made) or 'message' (the page says what is wrong)] */
const CASES: [string, Query, 'widget' | 'message'][] = [
  ['markup as the widget', [['widget', IMG], ['feed', FEED]], 'message'],
  ['script as the widget', [['widget', SCRIPT], ['feed', FEED]], 'message'],
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map(
    (widget): [string, Query, 'message'] => [`"${widget}" as the widget`, [['widget', widget], ['feed', FEED]], 'message'],
  ),
  ...[
    'javascript:parent.pwned=1',
    ' JaVa\tScRiPt:parent.pwned=1',
    'data:application/json,{"version":1,"projects":[]}',
    'blob:https://example.org/x',
    'file:///etc/passwd',
    '#feed',
  ].map((feed): [string, Query, 'message'] => [`${JSON.stringify(feed)} as the feed`, [['widget', 'project-card'], ['feed', feed], ['project', 'asif']], 'message']),
  ['markup as the project', [['widget', 'project-card'], ['feed', FEED], ['project', IMG]], 'widget'],
  ['markup and prototype keys as the language', [...CARD, ['lang', SCRIPT]], 'widget'],
  ['"__proto__" as the language', [...CARD, ['lang', '__proto__']], 'widget'],
  ['markup as the heading level', [...CARD, ['heading-level', SCRIPT]], 'widget'],
  [
    'event handlers, style and other global attributes',
    [...CARD, ['onclick', 'parent.pwned=1'], ['onerror', 'parent.pwned=1'], ['style', 'background:url(https://evil.example/s)'], ['is', 'x'], ['slot', 'x'], ['class', 'x'], ['id', 'x'], ['part', 'x'], ['tabindex', '1']],
    'widget',
  ],
  [
    'CSS injections in the look parameters',
    [...CARD, ['accent', 'red;background:url(https://evil.example/a)'], ['text', 'expression(parent.pwned=1)'], ['surface', 'var(--x, url(https://evil.example/b))'], ['radius', '1;background-image:url(https://evil.example/c)']],
    'widget',
  ],
  ['prototype pollution in parameter names', [...CARD, ['__proto__[polluted]', 'yes'], ['constructor[prototype][polluted]', 'yes'], ['__proto__.polluted', 'yes']], 'widget'],
  ['a parameter given twice, and a 10,000-character value', [...CARD, ['widget', 'partner-list'], ['project', 'x'.repeat(10_000)]], 'widget'],
];

declare global {
  interface Window {
    pwned?: number;
  }
}

describe('attack replay: hostile embed.html parameters', () => {
  afterEach(() => {
    removeFrames();
    delete window.pwned;
  });

  for (const [what, query, outcome] of CASES) {
    it(`with ${what}, ${outcome === 'widget' ? 'shows the widget' : 'says what is wrong'} and nothing else`, async () => {
      const frame = await openFrame(`/dist/embed.html?${new URLSearchParams(query)}`);
      const doc = frameDocument(frame);
      const frameWindow = frame.contentWindow as Window & typeof globalThis;
      if (outcome === 'message') {
        const message = await until(() => doc.querySelector('[role="alert"]'), 'the message');
        expect(message.children.length, 'the message is text only').to.equal(0);
      } else {
        const element = await until(() => doc.querySelector('#si-embed > *'), 'the widget');
        expect(element.localName).to.match(/^si-/);
        await until(() => ['ready', 'empty', 'error'].includes(element.getAttribute('state') ?? ''), 'a settled state');
        const attributes = element.getAttributeNames().filter((name) => !['feed', 'project', 'heading-level', 'lang', 'dir', 'state', 'style'].includes(name));
        expect(attributes, 'attributes the element does not own').to.deep.equal([]);
        for (const property of element.getAttribute('style') ? [...(element as HTMLElement).style] : []) expect(property).to.match(/^--si-/);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(window.pwned ?? frameWindow.pwned, 'a script from the query ran').to.equal(undefined);
      expect(doc.querySelector('img[src="x"], #si-embed script, iframe, [onerror], [onclick]')).to.equal(null);
      expect(Object.keys(frameWindow.Object.prototype), 'the frame\'s Object.prototype').to.deep.equal([]);
      const fetched = frameWindow.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
      for (const url of fetched) expect(url.origin, `${url} was requested`).to.equal(location.origin);
    });
  }
});
