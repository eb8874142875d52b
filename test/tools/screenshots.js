#!/usr/bin/env node
/**
 * Screenshots of the demo page and the layout gallery in headless Chromium, for looking at what we
 * build: `node test/tools/screenshots.js [outdir]` (default .tmp/screenshots). Starts Vite's dev
 * server, serves made-up logos for https://logos.example/, and writes one PNG per page, width and
 * mode (light, dark OS, forced colours, Arabic). Nothing is downloaded.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, requireBrowser } from './find-browser.js';

const outdir = process.argv[2] ?? '.tmp/screenshots';
mkdirSync(outdir, { recursive: true });

const LOGOS = {
  'wide.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120"><rect width="600" height="120" rx="16" fill="#2a6f4e"/><text x="300" y="80" font-size="64" text-anchor="middle" fill="#fff" font-family="sans-serif">ALFA</text></svg>',
  'tall.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="300"><rect width="100" height="300" rx="12" fill="#8a3b12"/><circle cx="50" cy="80" r="30" fill="#fff"/></svg>',
  'square.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="90" fill="#0a5a9c"/><text x="100" y="125" font-size="72" text-anchor="middle" fill="#fff" font-family="sans-serif">Δ</text></svg>',
};

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });

async function shoot(name, path, { width, features = [], lang } = {}) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === 'logos.example') {
      const svg = LOGOS[url.pathname.slice(1)];
      return svg
        ? request.respond({ status: 200, contentType: 'image/svg+xml', body: svg })
        : request.respond({ status: 404, body: '' });
    }
    return request.continue();
  });
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures(features);
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle0' });
  if (lang) {
    await page.evaluate((l) => {
      document.documentElement.lang = l;
      if (l === 'ar') document.documentElement.dir = 'rtl';
      for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('si-')) el.requestUpdate();
    }, lang);
  }
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-')).every((el) => el.getAttribute('state') !== 'loading'),
    { timeout: 15000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Tall pages in parts, so that each PNG can be looked at without being shrunk to nothing.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const part = width < 600 ? 1100 : 1400;
  for (let y = 0, n = 1; y < height; y += part, n++) {
    const file = join(outdir, `${name}-${width}-${n}.png`);
    await page.screenshot({ path: file, captureBeyondViewport: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
    console.log(`${file}${overflow > 0 ? `  (page overflows sideways by ${overflow}px)` : ''}`);
  }
  await page.close();
}

try {
  for (const width of [1024, 320]) {
    await shoot('demo', '/', { width });
    await shoot('gallery', '/test/tools/gallery.html', { width });
  }
  await shoot('gallery', '/test/tools/gallery.html', { width: 1280 });
  await shoot('gallery-dark-os', '/test/tools/gallery.html', { width: 1024, features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  await shoot('gallery-forced-colors', '/test/tools/gallery.html', { width: 1024, features: [{ name: 'forced-colors', value: 'active' }] });
  await shoot('gallery-ar', '/test/tools/gallery.html', { width: 1024, lang: 'ar' });
  await shoot('gallery-ar', '/test/tools/gallery.html', { width: 320, lang: 'ar' });
} finally {
  await browser.close();
  await server.close();
}
