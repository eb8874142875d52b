import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveText } from '../../src/data/text.js';
import { safeImageUrl, safeLinkUrl, safeWebUrl } from '../../src/data/url.js';

describe('resolveText', () => {
  const title = { sv: 'Allians', en: 'Alliance' };
  it("takes the element's language, with regional tags falling back to their language", () => {
    assert.deepEqual(resolveText(title, 'en'), { text: 'Alliance', lang: 'en' });
    assert.deepEqual(resolveText(title, 'en-GB'), { text: 'Alliance', lang: 'en' });
    assert.deepEqual(resolveText(title, 'sv-FI'), { text: 'Allians', lang: 'sv' });
  });
  it("falls back to the feed's language, then Swedish, then the first there", () => {
    assert.deepEqual(resolveText({ en: 'Alliance', da: 'Alliance (da)' }, 'ar', 'da'), { text: 'Alliance (da)', lang: 'da' });
    assert.deepEqual(resolveText(title, 'ar', 'fi'), { text: 'Allians', lang: 'sv' });
    assert.deepEqual(resolveText({ de: 'Allianz', en: 'Alliance' }, 'ar'), { text: 'Allianz', lang: 'de' });
  });
  it("says a plain string is in the feed's language", () => {
    assert.deepEqual(resolveText('Allians', 'en', 'sv'), { text: 'Allians', lang: 'sv' });
    assert.deepEqual(resolveText('Alliance', 'sv', 'en'), { text: 'Alliance', lang: 'en' });
  });
});

describe('safeLinkUrl, safeWebUrl and safeImageUrl', () => {
  it('never let a script or data URL through, however it is spelt', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      assert.equal(safeLinkUrl(url, 'https://feeds.example/feed.json'), undefined, url);
      assert.equal(safeWebUrl(url, 'https://feeds.example/feed.json'), undefined, url);
      assert.equal(safeImageUrl(url, 'https://feeds.example/feed.json'), undefined, url);
    }
  });
  it('keep http, https and mailto links, resolving relative ones against the feed', () => {
    assert.equal(safeLinkUrl('https://www.skane.se/projekt'), 'https://www.skane.se/projekt');
    assert.equal(safeLinkUrl('http://example.org/'), 'http://example.org/');
    assert.equal(safeLinkUrl('mailto:info@example.org'), 'mailto:info@example.org');
    assert.equal(safeLinkUrl('projekt/asif', 'https://feeds.example/skane/feed.json'), 'https://feeds.example/skane/projekt/asif');
    assert.equal(safeLinkUrl('not a url'), undefined);
  });
  it('keep http and https web addresses, relative ones resolved, and no mailto however it is spelt', () => {
    assert.equal(safeWebUrl('https://www.skane.se/projekt'), 'https://www.skane.se/projekt');
    assert.equal(safeWebUrl('http://example.org/'), 'http://example.org/');
    assert.equal(safeWebUrl('HTTPS://Example.org/a'), 'https://example.org/a');
    assert.equal(safeWebUrl('projekt/asif', 'https://feeds.example/skane/feed.json'), 'https://feeds.example/skane/projekt/asif');
    for (const url of ['mailto:info@example.org', 'MAILTO:info@example.org', ' mailto:info@example.org', '', undefined]) {
      assert.equal(safeWebUrl(url, 'https://feeds.example/feed.json'), undefined, String(url));
    }
    assert.equal(safeWebUrl('not a url'), undefined);
  });
  it('take only https images', () => {
    assert.equal(safeImageUrl('https://cdn.example/logo.png'), 'https://cdn.example/logo.png');
    assert.equal(safeImageUrl('http://cdn.example/logo.png'), undefined);
    assert.equal(safeImageUrl('mailto:a@b.se'), undefined);
  });
});
