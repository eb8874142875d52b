/**
 * The snippets the builder writes, passed through a real sanitizer (DOMPurify) configured like the
 * CMS filters our editors meet, then rendered in a page whose theme loads dist/si-widgets.js.
 * The allowlists are transcribed from the CMSes' own defaults (see each one); DOMPurify also drops
 * event handlers and javascript: URLs, as all three do.
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { divSnippet, iframeSnippet, tagSnippet, type SnippetInput } from '../../src/site/snippets.js';
import { ASIF_TITLE, FEED, bundlePage, frameDocument, isRendered, openFrame, pageUrl, removeFrames, shadowText, untilBundle, untilState, until } from './embed-helpers.js';

interface Allowlist {
  /** Tag → its attributes; `data-*` allows every data attribute on that tag. */
  tags: Record<string, string[]>;
  /** Attributes allowed on every allowed tag. */
  global: string[];
}

/**
 * WordPress KSES for roles without unfiltered_html ($allowedposttags in wp-includes/kses.php, the
 * part an embed meets): no script, no iframe, no custom elements; data-* only on allowed tags.
 */
const WORDPRESS_KSES: Allowlist = {
  tags: {
    a: ['href', 'rel', 'rev', 'name', 'target', 'download', 'referrerpolicy'],
    div: ['align'],
    p: ['align'],
    span: ['align'],
    section: ['align'],
    ul: ['type'],
    ol: ['start', 'type', 'reversed'],
    li: ['align', 'value'],
    strong: [],
    em: [],
    br: [],
    h2: ['align'],
    h3: ['align'],
    h4: ['align'],
    img: ['alt', 'src', 'width', 'height', 'loading', 'decoding'],
  },
  global: ['aria-*', 'class', 'data-*', 'dir', 'id', 'lang', 'style', 'title', 'role', 'xml:lang'],
};

/** Drupal 10 "Basic HTML" text format, as installed ("Limit allowed HTML tags and correct faulty HTML"). */
const DRUPAL_BASIC_HTML: Allowlist = {
  tags: {
    br: [],
    p: [],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    cite: [],
    dl: [],
    dt: [],
    dd: [],
    a: ['hreflang', 'href'],
    blockquote: ['cite'],
    ul: ['type'],
    ol: ['type', 'start'],
    strong: [],
    em: [],
    code: [],
    li: [],
    img: ['src', 'alt', 'data-entity-type', 'data-entity-uuid', 'data-align', 'data-caption', 'width', 'height'],
  },
  global: [],
};

/** Basic HTML after the one line docs/embed-drupal.md tells a site builder to add: <div data-si-widget data-*>. */
const DRUPAL_WITH_SI_WIDGETS: Allowlist = {
  tags: { ...DRUPAL_BASIC_HTML.tags, div: ['data-si-widget', 'data-*'] },
  global: [],
};

/**
 * TinyMCE 6/7 defaults (Optimizely and many others): the HTML5 schema with its global attributes,
 * data-* kept, script and unknown elements (no custom_elements / extended_valid_elements) removed.
 */
const TINYMCE_DEFAULT: Allowlist = {
  tags: Object.fromEntries(
    ['a', 'div', 'p', 'span', 'section', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'h2', 'h3', 'h4', 'img', 'iframe'].map((tag) => [
      tag,
      tag === 'a'
        ? ['href', 'target', 'rel', 'hreflang', 'type']
        : tag === 'img'
          ? ['src', 'alt', 'width', 'height', 'loading']
          : tag === 'iframe'
            ? ['src', 'name', 'width', 'height', 'title', 'loading', 'referrerpolicy', 'frameborder', 'allow', 'sandbox']
            : [],
    ]),
  ),
  global: ['id', 'class', 'dir', 'lang', 'style', 'title', 'role', 'aria-*', 'data-*', 'tabindex', 'accesskey'],
};

function allows(list: Allowlist, tag: string, attribute: string): boolean {
  const names = [...(list.tags[tag] ?? []), ...list.global];
  return names.some((name) =>
    name.endsWith('*') ? attribute.startsWith(name.slice(0, -1)) : name === attribute,
  );
}

function sanitize(html: string, list: Allowlist): string {
  const purifier = DOMPurify(window);
  const attributes = new Set([...Object.values(list.tags).flat(), ...list.global].filter((a) => !a.endsWith('*')));
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (!allows(list, node.nodeName.toLowerCase(), data.attrName)) data.keepAttr = false;
  });
  return purifier.sanitize(html, {
    ALLOWED_TAGS: Object.keys(list.tags),
    ALLOWED_ATTR: [...attributes],
    ALLOW_DATA_ATTR: true,
    ALLOW_ARIA_ATTR: true,
    KEEP_CONTENT: true,
  });
}

function input(): SnippetInput {
  return {
    base: `${location.origin}/dist/`,
    widget: 'project-card',
    attributes: [
      ['feed', `${location.origin}${FEED}`],
      ['project', 'asif'],
    ],
    look: [],
    fallback: {
      links: [{ href: 'https://example.org/projekt/asif', text: ASIF_TITLE }],
      summary: 'Det långsiktiga syftet för projektet är att förändra det innovationsfrämjande arbetet regionalt.',
    },
    title: 'Projektkort: ASIF',
    height: 460,
  };
}

/** The sanitized content in a page whose theme loads the bundle once, as the docs say. */
async function render(content: string): Promise<Document> {
  const frame = await openFrame(
    pageUrl(bundlePage(`<main class="entry-content">${content}</main>`)),
  );
  await untilBundle(frame);
  return frameDocument(frame);
}

describe('snippets through CMS sanitizers', () => {
  afterEach(removeFrames);

  for (const [cms, list] of [
    ['WordPress KSES (Author, Editor on multisite)', WORDPRESS_KSES],
    ['TinyMCE defaults', TINYMCE_DEFAULT],
    ['Drupal Basic HTML with <div data-si-widget data-*>', DRUPAL_WITH_SI_WIDGETS],
  ] as const) {
    it(`the div snippet survives ${cms} and renders the card`, async () => {
      const clean = sanitize(divSnippet(input()), list);
      expect(clean).to.contain('data-si-widget="project-card"');
      expect(clean).to.contain('data-project="asif"');
      const doc = await render(clean);
      const card = await until(() => doc.querySelector('div[data-si-widget] > si-project-card'), 'the mount');
      await untilState(card);
      expect(shadowText(card)).to.contain(ASIF_TITLE);
    });
  }

  for (const [cms, list] of [
    ['WordPress KSES', WORDPRESS_KSES],
    ['TinyMCE defaults', TINYMCE_DEFAULT],
    ['Drupal Basic HTML', DRUPAL_BASIC_HTML],
  ] as const) {
    it(`the tag snippet through ${cms} loses script and tag but keeps its fallback link`, async () => {
      const clean = sanitize(tagSnippet(input()), list);
      expect(clean).not.to.contain('<script');
      expect(clean).not.to.contain('si-project-card');
      const doc = await render(clean);
      const link = doc.querySelector<HTMLAnchorElement>('a[href="https://example.org/projekt/asif"]')!;
      expect(link.textContent).to.equal(ASIF_TITLE);
      expect(isRendered(link)).to.equal(true);
    });
  }

  it('the div snippet through Drupal\'s Basic HTML as installed degrades to its fallback link', async () => {
    const clean = sanitize(divSnippet(input()), DRUPAL_BASIC_HTML);
    expect(clean).not.to.contain('data-si-widget');
    const doc = await render(clean);
    expect(isRendered(doc.querySelector('a[href="https://example.org/projekt/asif"]')!)).to.equal(true);
  });

  it('the iframe snippet survives TinyMCE and shows the card; KSES removes it', async () => {
    const snippet = iframeSnippet(input(), { resizeScript: false });
    expect(sanitize(snippet, WORDPRESS_KSES)).not.to.contain('<iframe');
    const clean = sanitize(snippet, TINYMCE_DEFAULT);
    expect(clean).to.contain('<iframe');
    const doc = await render(clean);
    const iframe = doc.querySelector('iframe')!;
    const card = await until(() => iframe.contentDocument?.querySelector('si-project-card'), 'the card in the iframe');
    await untilState(card);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
  });
});
