import { expect } from '@open-wc/testing';
import { embedSrc, FEED, hostPage, iframeTag, OTHER_ORIGIN, removeFrames, untilState, until } from './embed-helpers.js';

/** The tallest height embed-resize.js gives an iframe (docs/embed-html.md). */
const MAX_HEIGHT = 20_000;
/** A page on another origin, at a path ending in /embed.html, that claims a height again and again. */
function lookAlikeSrc(height: number): string {
  const script = `<script>setInterval(() => parent.postMessage({ type: 'si-widgets:embed-size', height: ${height} }, '*'), 50)</script>`;
  return `${OTHER_ORIGIN}/test-embed/page/embed.html?${new URLSearchParams({ html: script })}`;
}

/** The element with `id` in the document or in any open shadow root under it. */
function deepById(root: Document | ShadowRoot, id: string): HTMLIFrameElement | undefined {
  const found = root.getElementById(id);
  if (found) return found as HTMLIFrameElement;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepById(element.shadowRoot, id);
    if (inner) return inner;
  }
  return undefined;
}

/** A host page with one iframe (height 1200) of a list of `projects` generated projects, all shown; resolves when it is ready. */
async function listFrame(projects: number): Promise<{ iframe: HTMLIFrameElement; list: Element; content: () => number }> {
  const src = embedSrc({ widget: 'project-list', feed: `/test-feeds/generated/${projects}.json`, 'page-size': String(projects) });
  const doc = await hostPage(iframeTag('list', src, 1200));
  const iframe = doc.getElementById('list') as HTMLIFrameElement;
  const list = await until(() => iframe.contentDocument?.querySelector('si-project-list'), 'the list');
  await untilState(list, ['ready'], 15000);
  const content = () => Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);
  return { iframe, list, content };
}

const resized = (iframe: HTMLIFrameElement) => until(() => iframe.style.height !== '', `${iframe.id} to be resized`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('embed-resize.js (the host page script)', () => {
  afterEach(removeFrames);

  it('fits a list taller than its cap to the cap, not to its loading height (#19.2)', async () => {
    const { iframe, list, content } = await listFrame(120);
    await until(() => list.shadowRoot!.querySelectorAll('li[part="item"]').length === 120, 'all 120 projects');
    expect(content(), 'the list is taller than the cap').to.be.greaterThan(MAX_HEIGHT);
    await until(() => iframe.style.height === `${MAX_HEIGHT}px`, `the cap, not ${iframe.style.height}`, 5000);
  });

  it('fits a list that grows after loading to its final height (#19.2)', async () => {
    const { iframe, content } = await listFrame(30);
    await until(() => Math.abs(parseFloat(iframe.style.height) - content()) <= 1, `height ${content()}px, not ${iframe.style.height}`);
    expect(content()).to.be.greaterThan(1200);
  });

  it('ignores heights from a frame of another origin, even one at a path ending in /embed.html (#19.11)', async () => {
    const doc = await hostPage(
      iframeTag('embed', embedSrc({ widget: 'project-card', feed: FEED, project: 'asif' })) + iframeTag('look-alike', lookAlikeSrc(MAX_HEIGHT)),
    );
    await resized(doc.getElementById('embed') as HTMLIFrameElement);
    await pause(400);
    expect((doc.getElementById('look-alike') as HTMLIFrameElement).style.height).to.equal('');
  });

  it('accepts heights only from the origins in its data-origins attribute, when it has one (#19.11)', async () => {
    const doc = await hostPage(
      iframeTag('listed', embedSrc({ widget: 'project-card', feed: FEED, project: 'asif' }, OTHER_ORIGIN)) +
        iframeTag('own-origin', embedSrc({ widget: 'project-card', feed: FEED, project: 'asif' })),
      `data-origins="https://cdn.example ${OTHER_ORIGIN}"`,
    );
    await resized(doc.getElementById('listed') as HTMLIFrameElement);
    await pause(400);
    expect((doc.getElementById('own-origin') as HTMLIFrameElement).style.height, 'its own origin is not listed').to.equal('');
  });

  it('resizes embed iframes inside (nested) open shadow roots (#19.11)', async () => {
    const src = embedSrc({ widget: 'project-card', feed: FEED, project: 'asif' });
    const doc = await hostPage(
      `<div><template shadowrootmode="open">${iframeTag('shadowed', src)}
        <p><template shadowrootmode="open">${iframeTag('deeper', src)}</template></p></template></div>`,
    );
    const shadowed = await until(() => deepById(doc, 'shadowed'), 'the iframe in the shadow root');
    const deeper = await until(() => deepById(doc, 'deeper'), 'the iframe in the nested shadow root');
    await resized(shadowed);
    await resized(deeper);
    expect(parseFloat(shadowed.style.height)).to.be.greaterThan(150);
  });
});
