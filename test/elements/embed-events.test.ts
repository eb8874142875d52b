import { expect } from '@open-wc/testing';
import { SI_EVENTS } from '../../src/core/events.js';
import { EMBED_EVENT_MESSAGE } from '../../src/embed/embed-query.js';
import { embedSrc, FEED, hostPage, iframeTag, OTHER_ORIGIN, removeFrames, untilState, until } from './embed-helpers.js';

interface Heard {
  type: string;
  detail: unknown;
  iframe: string;
}

/** The widgets' events as the host page hears them on its iframes (bubbling to its document). */
function listen(doc: Document): Heard[] {
  const heard: Heard[] = [];
  for (const type of SI_EVENTS) {
    doc.addEventListener(type, (event) => heard.push({ type, detail: (event as CustomEvent).detail, iframe: (event.target as Element).id }));
  }
  return heard;
}

describe('events on the iframe route (embed.html → embed-resize.js, #16)', () => {
  afterEach(removeFrames);

  it('fires each widget event again on its <iframe>, with the same name and detail', async () => {
    const src = embedSrc({ widget: 'project-list', feed: FEED, 'page-size': '2' });
    const doc = await hostPage(iframeTag('list', src, 600));
    const heard = listen(doc);
    const iframe = doc.getElementById('list') as HTMLIFrameElement;
    const list = await until(() => iframe.contentDocument?.querySelector('si-project-list'), 'the list');
    await untilState(list);
    await until(() => heard.some((e) => e.type === 'si-state-change' && (e.detail as { state: string }).state === 'ready'), 'si-state-change on the iframe');
    // Links stay: the test only wants the event.
    iframe.contentDocument!.addEventListener('click', (event) => event.preventDefault());
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    list.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!.click();
    await until(() => heard.length >= 4, 'the visitor events');
    expect(heard.filter((e) => e.type !== 'si-state-change')).to.deep.equal([
      { type: 'si-show-more', detail: { shown: 4, matches: 5 }, iframe: 'list' },
      {
        type: 'si-project-open',
        detail: { project: 'asif', url: 'https://example.org/projekt/asif', element: 'si-project-list' },
        iframe: 'list',
      },
    ]);
    let bubbled: Event | undefined;
    iframe.addEventListener('si-show-more', (event) => (bubbled = event), { once: true });
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await until(() => bubbled, 'another si-show-more');
    expect(bubbled!.bubbles && bubbled!.composed).to.equal(true);
  });

  it('passes on nothing from an origin the host script does not accept', async () => {
    const src = embedSrc({ widget: 'project-card', feed: FEED, project: 'asif' }, OTHER_ORIGIN);
    const doc = await hostPage(iframeTag('other', src, 400));
    const heard = listen(doc);
    // The other origin does post its events (to this page's origin, which it knows): they are refused.
    const posted: unknown[] = [];
    doc.defaultView!.addEventListener('message', (event) => {
      if (event.origin === OTHER_ORIGIN && (event.data as { type?: string }).type === EMBED_EVENT_MESSAGE) posted.push(event.data);
    });
    await until(() => posted.length > 0, 'an event message from the other origin', 10000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(posted[0]).to.deep.include({ type: EMBED_EVENT_MESSAGE, event: 'si-state-change' });
    expect(heard).to.deep.equal([]);
  });
});
