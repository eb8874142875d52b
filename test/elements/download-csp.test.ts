import { expect } from '@open-wc/testing';
import { BUNDLE, FEED, bundlePage, frameDocument, openFrame, pageUrl, removeFrames, untilState, until, violations } from './embed-helpers.js';

type FrameWindow = Window & typeof globalThis;

describe('download from the built bundle under a strict Content-Security-Policy (#16)', () => {
  afterEach(removeFrames);

  it('loads dist/chunks/download-<hash>.js from next to the bundle on the first click, and saves a blob: file with zero violations', async () => {
    const frame = await openFrame(pageUrl(bundlePage(`<si-project-list feed="${FEED}" filters="download"></si-project-list>`), { csp: true }));
    const doc = frameDocument(frame);
    const win = frame.contentWindow as FrameWindow;
    const list = await untilState(doc.querySelector('si-project-list')!);
    // Chunk names carry a content hash: chunks/download-<hash>.js, next to the bundle.
    const chunks = new URL('chunks/', new URL(BUNDLE, location.href)).href;
    const isDownloadChunk = (name: string) => name.startsWith(chunks) && /^download-[\w-]{8}\.js$/.test(name.slice(chunks.length));
    const loaded = () => win.performance.getEntriesByType('resource').some((entry) => isDownloadChunk(entry.name));
    expect(loaded(), 'nothing of the download code before a click').to.equal(false);
    // The real link click (a navigation to blob:) happens; its file and name are noted on the way.
    const files: { name: string; text: Promise<string> }[] = [];
    const blobs = new Map<string, Blob>();
    const createObjectURL = win.URL.createObjectURL.bind(win.URL);
    win.URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    const click = win.HTMLAnchorElement.prototype.click;
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, text: blobs.get(this.href)!.text() });
      click.call(this);
    };
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
    await until(() => files.length === 1, 'the CSV file');
    expect(loaded(), 'the chunk, from next to the bundle').to.equal(true);
    expect(files[0].name).to.equal('projekt.csv');
    expect((await files[0].text).split('\r\n').filter(Boolean)).to.have.length(6);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(violations(frame)).to.deep.equal([]);
  });
});
