/**
 * Attack replay: script URLs in every URL field (issue 19, "Keep it that way"). Each spelling is
 * put in every project's `url` and every organisation's `url` and `logo`. A link is made only of an
 * http(s) or mailto URL, an image only of an https URL, JSON-LD names only http(s) pages; the rest
 * of each item is still shown.
 */
import { expect } from '@open-wc/testing';
import { shadow } from './helpers.js';
import { countInjectedScripts, expectNothingGotThrough, renderEveryWidgetReady, sample, type JsonValue } from './security-helpers.js';

const RUN = 'window.pwned=1';
const SPELLINGS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `  javascript:${RUN}`,
  `\u0001\u0008javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\r\nscript:${RUN}`,
  `javascript\t:${RUN}`,
  `javascript:%77indow.pwned=1`,
  `javascript://example.org/%0A${RUN}`,
  `&#106;avascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `\\u006aavascript:${RUN}`,
  `vbscript:msgbox(1)`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQucHduZWQ9MTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg onload="${RUN}"/>`,
  'blob:https://example.org/0b6c7c46-2a4e-4fd3-9b0b-5f0e0c7c4c1a',
  'file:///etc/passwd',
  'about:blank',
  'ws://example.org/',
  'https://example.org/" onmouseover="window.pwned=1',
];

/** Every value under a `url` key of a JSON-LD document. */
function jsonLdUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdUrls);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'url' && typeof inner === 'string' ? [inner] : jsonLdUrls(inner)));
}

describe('attack replay: script URLs in every URL field', () => {
  countInjectedScripts();

  for (const spelling of SPELLINGS) {
    it(`makes no link or image of ${JSON.stringify(spelling)}, and keeps the item`, async () => {
      const data = await sample();
      for (const project of data.projects as { [key: string]: JsonValue }[]) project.url = spelling;
      for (const organization of data.organizations as { [key: string]: JsonValue }[]) {
        organization.url = spelling;
        organization.logo = spelling;
      }
      const root = await renderEveryWidgetReady(data, 'asif');
      expectNothingGotThrough(root);
      const card = root.querySelector('si-project-card')!;
      expect(shadow(card).querySelector('[part="title"]')?.textContent).to.contain('En unik och relevant');
      for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
        for (const url of jsonLdUrls(JSON.parse(script.textContent!))) expect(new URL(url).protocol).to.be.oneOf(['http:', 'https:']);
      }
    });
  }
});
