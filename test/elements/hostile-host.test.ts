import { expect } from '@open-wc/testing';
import { FEED, bundlePage, frameDocument, openFrame, pageUrl, removeFrames, untilState } from './embed-helpers.js';

interface Measured {
  base: number;
  heading: number;
  headingWeight: string;
  text: string;
  link: { display: string; color: string; width: number; decoration: string };
  padding: number;
  gap: number;
  overflow: boolean;
}

/** A card at `width` px in a page with `css`, measured as a designer would check it. */
async function measure(css: string, width = 600): Promise<Measured> {
  const frame = await openFrame(
    pageUrl(bundlePage(`<main><si-project-card feed="${FEED}" project="asif"></si-project-card></main>`, `<style>${css}</style>`)),
    { width, height: 900 },
  );
  const card = frameDocument(frame).querySelector('si-project-card')!;
  await untilState(card);
  const root = card.shadowRoot!;
  const article = root.querySelector('article')!;
  const heading = root.querySelector('h3')!;
  const link = root.querySelector('h3 a')!;
  const summary = root.querySelector('[part="summary"]')!;
  const style = (element: Element) => getComputedStyle(element);
  return {
    base: parseFloat(style(article).fontSize),
    heading: parseFloat(style(heading).fontSize),
    headingWeight: style(heading).fontWeight,
    text: style(summary).color,
    link: {
      display: style(link).display,
      color: style(link).color,
      width: link.getBoundingClientRect().width,
      decoration: style(link).textDecorationLine,
    },
    padding: parseFloat(style(article).paddingTop),
    gap: parseFloat(style(article).rowGap),
    overflow: card.scrollWidth > card.clientWidth + 1 || frameDocument(frame).documentElement.scrollWidth > width,
  };
}

const PLAIN = 'body { margin: 0; font: 16px/1.5 sans-serif }';
/** Global CSS a host page might have: huge red text everywhere, links hidden. */
const HOSTILE = `${PLAIN} * { font-size: 40px !important; color: red !important } a { display: none !important }`;

describe('hostile host pages', () => {
  afterEach(removeFrames);

  it('* { font-size: 40px !important; color: red !important } and a { display: none !important } leave our design', async () => {
    const m = await measure(HOSTILE);
    // The page's text size is inherited (the widget follows the page), but our proportions,
    // colours and links are ours.
    expect(m.heading / m.base, 'heading 1.25 × text (--si-font-size-title)').to.be.closeTo(1.25, 0.01);
    expect(m.headingWeight).to.equal('700');
    expect(m.text, 'text colour').to.equal('rgb(27, 31, 36)');
    expect(m.link.display, 'links shown').to.equal('inline');
    expect(m.link.width).to.be.greaterThan(50);
    expect(m.link.color, 'link colour').to.equal('rgb(10, 90, 156)');
    expect(m.link.decoration).to.equal('underline');
    expect(m.padding / m.base, 'padding 1em').to.be.closeTo(1, 0.01);
    expect(m.gap / m.base, 'gap 0.75em (--si-space-3)').to.be.closeTo(0.75, 0.01);
    expect(m.overflow, 'nothing overflows sideways').to.equal(false);
  });

  it('the same hostile sheet at 320 px: nothing overflows', async () => {
    const m = await measure(HOSTILE, 320);
    expect(m.overflow).to.equal(false);
  });

  it('html { font-size: 62.5% } with the usual body reset: sizes as on a plain page', async () => {
    const plain = await measure(PLAIN);
    const m = await measure(`${PLAIN} html { font-size: 62.5% } body { font-size: 1.6rem }`);
    expect(m.base).to.equal(plain.base);
    expect(m.heading).to.equal(plain.heading);
    expect(m.padding).to.equal(plain.padding);
    expect(m.gap).to.equal(plain.gap);
  });

  it('html { font-size: 62.5% } with 10px text around us: text stays readable (14px floor), proportions hold', async () => {
    const m = await measure(`body { margin: 0 } html { font-size: 62.5% }`);
    expect(m.base).to.equal(14);
    expect(m.heading / m.base).to.be.closeTo(1.25, 0.01);
    expect(m.padding).to.equal(14);
  });

  it('the documented custom properties are the way in', async () => {
    const m = await measure(`${PLAIN} si-project-card { --si-color-text: #202020; --si-color-accent: #8a2be2; --si-font-size: 20px; color: red }`);
    expect(m.text).to.equal('rgb(32, 32, 32)');
    expect(m.link.color).to.equal('rgb(138, 43, 226)');
    expect(m.base).to.equal(20);
  });
});
