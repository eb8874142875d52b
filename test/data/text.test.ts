import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveText } from '../../src/data/text.js';

const title = { sv: 'Ett hållbart Skåne', en: 'A sustainable Skåne', 'ar-SY': 'سكونه مستدامة' };

describe('resolveText', () => {
  it("takes the element's language, also from a regional tag or a regional key", () => {
    assert.deepEqual(resolveText(title, 'en'), { text: 'A sustainable Skåne', lang: 'en' });
    assert.deepEqual(resolveText(title, 'en-GB'), { text: 'A sustainable Skåne', lang: 'en' });
    assert.deepEqual(resolveText(title, 'ar'), { text: 'سكونه مستدامة', lang: 'ar-SY' });
  });

  it("else the feed's language, else Swedish, else the first there, and says which it took", () => {
    assert.deepEqual(resolveText({ en: 'E', fi: 'F' }, 'de', 'fi'), { text: 'F', lang: 'fi' });
    assert.deepEqual(resolveText(title, 'de', 'fi'), { text: 'Ett hållbart Skåne', lang: 'sv' });
    assert.deepEqual(resolveText({ fi: 'F', en: 'E' }, 'de', 'se'), { text: 'F', lang: 'fi' });
  });

  it("takes a plain string as the feed's language", () => {
    assert.deepEqual(resolveText('Region Skåne', 'ar', 'sv'), { text: 'Region Skåne', lang: 'sv' });
    assert.deepEqual(resolveText('Region Skåne', 'ar'), { text: 'Region Skåne', lang: 'sv' });
  });

  it('gives nothing for nothing', () => {
    assert.equal(resolveText(undefined, 'sv'), undefined);
    assert.equal(resolveText({}, 'sv'), undefined);
  });
});
