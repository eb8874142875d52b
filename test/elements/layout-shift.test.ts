/**
 * Loading to ready without moving the page: the skeleton of a card and of a list keeps the space
 * the ready view takes, so the text below the element stays where it was when the feed arrives.
 * Measured as the browser measures it for Core Web Vitals: `layout-shift` entries of a
 * PerformanceObserver, summed (cumulative layout shift), over a feed the test server answers late.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/project-card.js';
import '../../src/define/project-list.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import { settled, shadow, uniqueKey } from './helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

interface Measured {
  /** Cumulative layout shift from the moment the skeleton is shown until the ready view is drawn. */
  shift: number;
  loadingHeight: number;
  readyHeight: number;
  /** How far the paragraph under the element moved, in CSS px. */
  moved: number;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A feed that answers 600 ms late, its own URL each time, so that no test shares another's request. */
function slowFeed(): string {
  return `/test-feeds/slow?ms=600&key=${uniqueKey('layout-shift')}`;
}

/** Mounts `element` in a column of `width` px with a paragraph under it, and measures loading → ready. */
async function measure(element: (feed: string) => TemplateResult, width: number): Promise<Measured> {
  const shifts: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
  const column = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px; font: 16px/1.5 sans-serif">
    ${element(slowFeed())}
    <p id="below">Text under the widget.</p>
  </div>`);
  const widget = column.firstElementChild as SiFeedElement<unknown>;
  const below = column.querySelector('#below')!;
  await widget.updateComplete;
  expect(widget.state, 'still waiting for the feed').to.equal('loading');
  expect(shadow(widget).querySelector('.skeleton'), 'the skeleton').not.to.equal(null);
  await frame();
  observer.observe({ type: 'layout-shift' });
  const loadingHeight = widget.getBoundingClientRect().height;
  const top = below.getBoundingClientRect().top;
  await settled(widget);
  expect(widget.state).to.equal('ready');
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  shifts.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  return {
    shift: shifts.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0),
    loadingHeight,
    readyHeight: widget.getBoundingClientRect().height,
    moved: below.getBoundingClientRect().top - top,
  };
}

describe('loading to ready: layout shift', () => {
  it('a card: the skeleton is the ready card\'s size, and nothing below moves (CLS 0)', async () => {
    const result = await measure((feed) => html`<si-project-card feed=${feed} project="joint-way"></si-project-card>`, 600);
    expect(result.readyHeight, 'ready height').to.be.closeTo(result.loadingHeight, 0.5);
    expect(result.moved, 'the text below moved by').to.equal(0);
    expect(result.shift, 'cumulative layout shift').to.equal(0);
  });

  it('a list: the cards\' skeletons are the ready cards\' size, in the same grid (CLS 0)', async () => {
    const result = await measure((feed) => html`<si-project-list feed=${feed} limit="3"></si-project-list>`, 600);
    expect(result.readyHeight, 'ready height').to.be.closeTo(result.loadingHeight, 0.5);
    expect(result.moved, 'the text below moved by').to.equal(0);
    expect(result.shift, 'cumulative layout shift').to.equal(0);
  });

  it('a list of three in one row of a wide column (CLS 0)', async () => {
    const result = await measure((feed) => html`<si-project-list feed=${feed} limit="3" style="--si-card-min-block-size: 19em"></si-project-list>`, 1100);
    expect(result.readyHeight, 'ready height').to.be.closeTo(result.loadingHeight, 0.5);
    expect(result.shift, 'cumulative layout shift').to.equal(0);
  });

  it('measures a shift when the reserved size is too small (so the tests above can fail)', async () => {
    const result = await measure(
      (feed) => html`<si-project-card feed=${feed} project="joint-way" style="--si-card-min-block-size: 2em"></si-project-card>`,
      600,
    );
    expect(result.moved, 'the text below moved by').to.be.greaterThan(50);
    expect(result.shift, 'cumulative layout shift').to.be.greaterThan(0);
  });
});
