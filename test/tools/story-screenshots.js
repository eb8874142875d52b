#!/usr/bin/env node
/**
 * Screenshots of built stories, for looking at them: `npm run build-storybook`, then
 * `node test/tools/story-screenshots.js [story-id[:globals]] …` (default: the Ready story of every
 * element). Writes .tmp/story-screenshots/<id>[-globals]-<width>.png at 320 and 1280 px, using
 * the system Chromium on a loopback server; nothing is downloaded.
 *   node test/tools/story-screenshots.js elements-si-project-card--ready:theme:dark;lang:ar
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, requireBrowser } from './find-browser.js';
import { startStaticServer } from './static-server.js';

const root = resolve(process.env.SI_STORYBOOK_DIR ?? 'storybook-static');
const outdir = '.tmp/story-screenshots';
const WIDTHS = [320, 1280];

if (!existsSync(join(root, 'index.json'))) {
  console.error(`${root}/index.json is missing: run npm run build-storybook first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const wanted = process.argv.slice(2);
const targets = wanted.length > 0 ? wanted : Object.keys(index.entries).filter((id) => id.endsWith('--ready'));

const server = await startStaticServer({ root });
const origin = server.url;
const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
mkdirSync(outdir, { recursive: true });

try {
  for (const target of targets) {
    const [id, ...globalParts] = target.split(':');
    const globals = globalParts.join(':');
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800 });
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true${globals ? `;${globals}` : ''}`);
      await page.waitForFunction(
        () => {
          const elements = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('si-'));
          return elements.length > 0 && elements.every((e) => e.getAttribute('state') && e.getAttribute('state') !== 'loading');
        },
        { timeout: 15_000 },
      );
      await page.evaluate(() => document.fonts.ready);
      const file = join(outdir, `${id}${globals ? `-${globals.replace(/[^\w]+/g, '-')}` : ''}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
