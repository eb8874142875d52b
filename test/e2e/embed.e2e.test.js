/**
 * End to end, with the built dist/ served by a plain static server (not the test runner's dev
 * server) and driven by puppeteer-core in the system Chromium:
 *   - docs/embed-html.md's plain page and strict-CSP page, exactly as written (example hosts pointed
 *     here), the CSP sent as the docs' header;
 *   - the same pages with JavaScript disabled: the fallback content is what the visitor gets.
 * Run after `npm run build`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, requireBrowser } from '../tools/find-browser.js';
import { startStaticServer } from '../tools/static-server.js';
import { docsCsp, fencedBlocks, pointDocsHere } from '../tools/test-server.js';

const markdown = readFileSync(new URL('../../docs/embed-html.md', import.meta.url), 'utf8');
const [plainPage, , , strictPage] = fencedBlocks(markdown, 'html');
const cspLine = docsCsp(markdown);
const TITLE = 'En unik och relevant innovationsallians för social innovation och förändring';

let server;
let browser;

/** The docs' example hosts pointed at this server, which serves the built dist/ and its sample feed. */
const here = (text) => pointDocsHere(text, server.url, '/dist/feeds/sample.json');

before(async () => {
  assert.ok(plainPage && strictPage && cspLine, 'docs/embed-html.md has its two pages and a CSP line');
  server = await startStaticServer();
  browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(body, { csp, javaScript = true } = {}) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/doc-page.html') {
      const headers = { 'Content-Type': 'text/html; charset=utf-8' };
      if (csp) headers['Content-Security-Policy'] = here(csp);
      request.respond({ status: 200, headers, body: here(body) });
    } else request.continue();
  });
  if (javaScript) {
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  }
  await page.goto(`${server.url}/doc-page.html`, { waitUntil: 'load' });
  return { page, errors };
}

async function cardState(page) {
  await page.waitForFunction(() => document.querySelector('si-project-card')?.getAttribute('state') === 'ready', { timeout: 15000 });
  return page.evaluate(() => document.querySelector('si-project-card').shadowRoot.textContent);
}

test('the plain page from the docs shows the card', async () => {
  const { page, errors } = await open(plainPage);
  assert.match(await cardState(page), new RegExp(TITLE));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the strict-CSP page from the docs, under the docs\' header, renders with zero violations', async () => {
  const { page, errors } = await open(strictPage, { csp: cspLine });
  assert.match(await cardState(page), new RegExp(TITLE));
  await page.waitForFunction(() => document.querySelector('si-project-list')?.getAttribute('state') === 'ready', { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('with JavaScript disabled, the docs\' page shows its fallback link', async () => {
  const { page } = await open(plainPage, { javaScript: false });
  const link = await page.evaluate(() => {
    const a = document.querySelector('si-project-card a');
    const box = a.getBoundingClientRect();
    return { text: a.textContent, href: a.href, width: box.width, height: box.height };
  });
  assert.equal(link.text, TITLE);
  assert.equal(link.href, 'https://example.org/projekt/asif');
  assert.ok(link.width > 50 && link.height > 10, 'the link is laid out');
  await page.close();
});

test('with JavaScript disabled, embed.html says it needs JavaScript', async () => {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${server.url}/dist/embed.html?widget=project-card&feed=feeds/sample.json&project=asif`);
  assert.match(await page.evaluate(() => document.body.innerText), /behöver JavaScript/);
  await page.close();
});
