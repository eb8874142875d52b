/**
 * Shoots scenes of the built Storybook in headless Chromium: one browser, a few preview pages,
 * each loaded once; stories and toolbar globals are switched through Storybook's channel, as the
 * story test does (test/storybook/stories.test.ts). Each screenshot is the element's box only.
 *
 * Made stable: animations and transitions off (in the page and in every shadow root), reduced
 * motion and a light OS scheme emulated, the clock starts at FIXED_NOW in Europe/Stockholm (so
 * "ended" and dates do not move with the calendar), no scrollbars, fonts loaded, images decoded,
 * and every request that would leave this machine aborted.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BROWSER_ARGS } from '../tools/find-browser.js';
import { showStory, updateGlobals } from '../tools/storybook-channel.js';
import type { Scene, Toolbar } from './scenes.js';

/** The moment the pages' clock starts at (it runs on from there, so timeouts still work). */
export const FIXED_NOW = '2026-11-20T11:00:00Z';
export const TIMEZONE = 'Europe/Stockholm';
const SETTLE_MS = 15_000;
/** Tall enough that lazy parts of a long element at 320 px are laid out as they are on screen. */
const VIEWPORT_HEIGHT = 1200;

/** Runs in every page before Storybook: the fixed clock, and the freezing of animations. */
const PAGE_SETUP = `
globalThis.__name = (fn) => fn;
(() => {
  const RealDate = Date;
  const shift = RealDate.parse(${JSON.stringify(FIXED_NOW)}) - RealDate.now();
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + shift); else super(...args); }
    static now() { return RealDate.now() + shift; }
  }
  globalThis.Date = FixedDate;
  const css = '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}';
  globalThis.__visualFreeze = () => {
    const sheet = (globalThis.__visualSheet ??= new CSSStyleSheet());
    if (sheet.cssRules.length === 0) sheet.replaceSync(css);
    const adopt = (root) => {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) adopt(element.shadowRoot);
    };
    adopt(document);
    for (const animation of document.getAnimations({ subtree: true })) animation.cancel();
  };
})();
`;

declare global {
  interface Window {
    __visualFreeze?: () => void;
  }
}

export interface Preview {
  page: Page;
  origin: string;
  globals: { theme: string; lang: string };
  /** Navigations of the preview after it opened (Storybook reloads it now and then). */
  navigations: string[];
}

export async function launch(executablePath: string): Promise<Browser> {
  return puppeteer.launch({ executablePath, headless: true, args: [...BROWSER_ARGS, '--hide-scrollbars', '--font-render-hinting=none'] });
}

/** A page with Storybook's preview loaded and no story shown yet. */
export async function openPreview(browser: Browser, origin: string): Promise<Preview> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(PAGE_SETUP);
  await page.emulateTimezone(TIMEZONE);
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) void request.abort('blockedbyclient');
    else void request.continue();
  });
  await page.setViewport({ width: 320, height: VIEWPORT_HEIGHT, deviceScaleFactor: 1 });
  const preview: Preview = { page, origin, globals: { theme: 'default', lang: 'sv' }, navigations: [] };
  await loadPreview(preview);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) preview.navigations.push(frame.url());
  });
  return preview;
}

/** (Re)loads Storybook's preview with no story, the toolbar at its defaults. */
async function loadPreview(preview: Preview): Promise<void> {
  // The a11y addon's automatic axe run is off: it is the story test's job, and it costs time here.
  await preview.page.goto(`${preview.origin}/iframe.html?globals=a11y.manual:!true`, { waitUntil: 'load' });
  await preview.page.waitForFunction(
    () => window.__STORYBOOK_ADDONS_CHANNEL__ !== undefined && document.body.classList.contains('sb-show-nopreview'),
    { timeout: SETTLE_MS },
  );
  preview.globals = { theme: 'default', lang: 'sv' };
  preview.navigations = [];
}

/** The values of the preview's Theme and Language toolbars, or undefined if Storybook hides them. */
export async function readToolbar(preview: Preview): Promise<Toolbar | undefined> {
  return preview.page.evaluate(() => {
    type Items = { toolbar?: { items?: { value?: unknown }[] } } | undefined;
    const store = (window as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: { projectAnnotations?: { globalTypes?: Record<string, Items> } } } })
      .__STORYBOOK_PREVIEW__?.storyStoreValue;
    const globalTypes = store?.projectAnnotations?.globalTypes;
    const values = (name: string) => (globalTypes?.[name]?.toolbar?.items ?? []).map((item) => item.value).filter((value) => typeof value === 'string');
    const themes = values('theme');
    const languages = values('lang');
    return themes.length > 0 && languages.length > 0 ? { themes, languages } : undefined;
  });
}

/** Sets the toolbar globals through the channel; resolves when Storybook has taken them. */
async function setGlobals(preview: Preview, globals: Scene['globals']): Promise<void> {
  if (preview.globals.theme === globals.theme && preview.globals.lang === globals.lang) return;
  await updateGlobals(preview.page, globals, SETTLE_MS);
  preview.globals = { ...globals };
}

/** Marks the elements on screen, so that waiting for the next render cannot pick them up. */
async function markShown(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('#storybook-root *')) {
      if (element.localName.startsWith('si-')) element.setAttribute('data-visual-old', '');
    }
  });
}

/** Waits until the new story's si-* elements are in the state the story promises. */
async function waitForState(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const expected = window.__SI_STORY__?.state ?? 'ready';
      const all = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('si-'));
      const fresh = all.filter((e) => !e.hasAttribute('data-visual-old'));
      return fresh.length > 0 && fresh.length === all.length && fresh.every((e) => e.getAttribute('state') === expected);
    },
    { timeout: SETTLE_MS, polling: 50 },
  );
}

/** Fonts loaded, images decoded (lazy ones too), animations frozen, two frames painted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const images: HTMLImageElement[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLImageElement) images.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    for (const image of images) image.loading = 'eager';
    // An image that never arrives is shot as it is after 5 s (the page asks only this machine).
    const decoded = Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await Promise.race([decoded, new Promise((later) => setTimeout(later, 5000))]);
    window.__visualFreeze?.();
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  });
}

/** The element's box as a PNG (the first si-* element of the story). */
async function shootElement(page: Page): Promise<Buffer> {
  const handle = await page.evaluateHandle(
    () =>
      [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.startsWith('si-') && !e.hasAttribute('data-visual-old')) ??
      null,
  );
  const element = handle.asElement();
  if (!element) throw new Error('no si-* element to shoot');
  const png = await element.screenshot({ type: 'png', captureBeyondViewport: true });
  return Buffer.from(png);
}

/**
 * Shows a scene once and shoots it at each width; a failure comes back as an Error per width. If
 * the preview navigated meanwhile (Storybook reloaded it), it is loaded afresh and the scene tried
 * once more.
 */
export async function shootScene(preview: Preview, scene: Scene, widths: readonly number[]): Promise<(Buffer | Error)[]> {
  const first = await tryScene(preview, scene, widths);
  if (!(first[0] instanceof Error) || preview.navigations.length === 0) return first;
  console.log(`visual: the preview navigated to ${preview.navigations.join(', ')} during ${scene.key}; reloaded, trying again`);
  await loadPreview(preview);
  return tryScene(preview, scene, widths);
}

async function tryScene(preview: Preview, scene: Scene, widths: readonly number[]): Promise<(Buffer | Error)[]> {
  const { page } = preview;
  try {
    await page.setViewport({ width: widths[0], height: VIEWPORT_HEIGHT, deviceScaleFactor: 1 });
    await markShown(page);
    await setGlobals(preview, scene.globals);
    const error = await showStory(page, scene.storyId, SETTLE_MS);
    if (error) throw new Error(error);
    await waitForState(page);
    const shots: Buffer[] = [];
    for (const width of widths) {
      await page.setViewport({ width, height: VIEWPORT_HEIGHT, deviceScaleFactor: 1 });
      await settle(page);
      shots.push(await shootElement(page));
    }
    return shots;
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return widths.map(() => failure);
  }
}
