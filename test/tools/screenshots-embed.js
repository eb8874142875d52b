/**
 * Part of `npm run screenshots`: the builder (dist/index.html) and the iframe page (dist/embed.html) at
 * 1024 and 320 CSS px, in Swedish and Arabic, as PNGs in .tmp/screenshots/. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, requireBrowser } from './find-browser.js';
import { startStaticServer } from './static-server.js';

const out = new URL('../../.tmp/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const server = await startStaticServer();
const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
const feed = `${server.url}/dist/feeds/sample.json`;
const shots = [
  ['builder', '/dist/index.html#snippet-builder', true],
  ['embed-card-sv', `/dist/embed.html?widget=project-card&feed=${encodeURIComponent(feed)}&project=asif`, false],
  ['embed-card-ar', `/dist/embed.html?widget=project-card&feed=${encodeURIComponent(feed)}&project=asif&lang=ar`, false],
  ['embed-list-en', `/dist/embed.html?widget=project-list&feed=${encodeURIComponent(feed)}&lang=en&accent=%238a2be2`, false],
  ['embed-unknown', `/dist/embed.html?widget=project-cards&feed=${encodeURIComponent(feed)}`, false],
];
try {
  for (const width of [1024, 320]) {
    for (const [name, path, fullPage] of shots) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 800 });
      page.on('console', (m) => console.log(`  [${name}@${width}] ${m.type()}: ${m.text()}`));
      await page.goto(server.url + path, { waitUntil: 'networkidle0' });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const file = new URL(`${name}-${width}.png`, out);
      await page.screenshot({ path: file.pathname, fullPage });
      console.log(file.pathname);
      if (name === 'builder') {
        // The builder alone, in pieces of 900 px, readable at full size.
        const box = await page.evaluate(() => {
          const rect = document.getElementById('snippet-builder').getBoundingClientRect();
          return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height };
        });
        for (let top = 0, part = 1; top < box.height; top += 900, part++) {
          const piece = new URL(`builder-only-${width}-${part}.png`, out);
          await page.screenshot({
            path: piece.pathname,
            clip: { x: box.x, y: box.y + top, width: box.width, height: Math.min(900, box.height - top) },
            captureBeyondViewport: true,
          });
          console.log(piece.pathname);
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
