/**
 * Attack replay: script and CSS in every feed field (issue 19, "Keep it that way"). Each payload is
 * appended to every string of the sample feed, ids and URLs included (references change with the
 * ids they name, so they still match), and every widget renders the result. Feed text is only ever
 * text: nothing runs, no markup appears, no style reaches the page, JSON-LD cannot be broken out of.
 */
import { expect } from '@open-wc/testing';
import { shadow } from './helpers.js';
import { countInjectedScripts, expectNothingGotThrough, mapStrings, renderEveryWidgetReady, sample, shadowRoots, type JsonObject } from './security-helpers.js';

const RED = 'rgb(255, 0, 0)';
const PAYLOADS = [
  '<img src=x onerror="window.pwned=(window.pwned||0)+1">',
  '<script>window.pwned=(window.pwned||0)+1</script>',
  // Out of a JSON-LD script element, in the spellings the HTML tokenizer accepts.
  '</script><script>window.pwned=(window.pwned||0)+1</script>',
  '</SCRIPT ><img src=x onerror="window.pwned=(window.pwned||0)+1">',
  '<!--<script>',
  '"><svg onload="window.pwned=(window.pwned||0)+1">',
  `'><iframe srcdoc="<script>parent.pwned=1</script>">`,
  '<style>* { color: rgb(255, 0, 0) !important }</style>',
  '</style><style>:host, * { color: rgb(255, 0, 0) !important }</style>',
  'red; background: url(javascript:window.pwned=1); color: rgb(255, 0, 0) !important',
  // Template syntaxes of other libraries, and JavaScript's.
  '${window.pwned=1}{{constructor.constructor("window.pwned=1")()}}',
  '\u2028\u2029\u202e<b>',
];
/** Fields whose value is an enumeration, a date or a language: a payload there only drops the field. */
const KEPT = new Set(['status', 'role', 'start', 'end', 'updated', 'language']);

describe('attack replay: script and CSS in every feed field', () => {
  countInjectedScripts();

  for (const payload of PAYLOADS) {
    it(`shows ${JSON.stringify(payload)} as text in every field and never runs it`, async () => {
      const data = mapStrings(await sample(), (key, text) => (KEPT.has(key) ? undefined : `${text}${payload}`)) as JsonObject;
      const root = await renderEveryWidgetReady(data, `asif${payload}`);
      expectNothingGotThrough(root);
      const card = root.querySelector('si-project-card')!;
      expect(shadow(card).querySelector('[part="title"]')?.textContent).to.contain(payload.trim().slice(0, 8));
      const jsonLd = card.querySelector('script[type="application/ld+json"]')!;
      expect((JSON.parse(jsonLd.textContent!) as { name: string }).name).to.contain(payload);
      // Nothing restyled the page or the widgets.
      expect(getComputedStyle(document.body).color).not.to.equal(RED);
      for (const shadowRoot of shadowRoots(root)) {
        const heading = shadowRoot.querySelector('h2, h3, h4');
        if (heading) expect(getComputedStyle(heading).color).not.to.equal(RED);
      }
    });
  }
});
