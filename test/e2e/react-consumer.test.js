/**
 * A React 19 app, as a partner would write it: it imports `si-widgets/define/project-card` from the
 * npm build and renders `<si-project-card>` in JSX with a feed object in its `data` property (React
 * 19 sets a property the element has) and the project in `project`. Built with Vite (JSX with
 * React's automatic runtime, no plugin), served statically and opened in Chromium: the card shows
 * that project. Run after `npm run build`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { BROWSER_ARGS, requireBrowser } from '../tools/find-browser.js';
import { startStaticServer } from '../tools/static-server.js';

const APP = resolve('.tmp/react-consumer');
const TITLE = 'Ett påhittat projekt som React skickar in';

const MAIN = `import { createRoot } from 'react-dom/client';
import 'si-widgets/define/project-card';

const feed = {
  version: 1,
  organizations: [{ id: 'org', name: 'Organisationen' }],
  projects: [{ id: 'react-project', title: ${JSON.stringify(TITLE)}, organizations: [{ id: 'org', role: 'lead' }] }],
};

function App() {
  return <si-project-card data={feed} project="react-project" heading-level={2} lang="sv" />;
}

createRoot(document.getElementById('root')).render(<App />);
`;

const INDEX = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>React consumer</title></head>
<body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>
`;

let server;
let browser;

before(async () => {
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(join(APP, 'node_modules'), { recursive: true });
  writeFileSync(join(APP, 'main.jsx'), MAIN);
  writeFileSync(join(APP, 'index.html'), INDEX);
  // The app installs si-widgets as a package: through package.json's exports, from dist/npm.
  symlinkSync(resolve('.'), join(APP, 'node_modules/si-widgets'), 'dir');
  await build({
    root: APP,
    configFile: false,
    logLevel: 'error',
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: join(APP, 'dist'), emptyOutDir: true, minify: false },
  });
  server = await startStaticServer({ root: join(APP, 'dist') });
  browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(APP, { recursive: true, force: true });
});

test('a React 19 app built with Vite shows a card from the feed object it set as `data`', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => document.querySelector('si-project-card')?.getAttribute('state') === 'ready', { timeout: 10_000 });
  const card = await page.evaluate(() => {
    const element = document.querySelector('si-project-card');
    const heading = element.shadowRoot.querySelector('[part="title"]');
    return { dataIsObject: typeof element.data === 'object', heading: heading?.tagName, title: heading?.textContent.trim() };
  });
  assert.deepEqual(card, { dataIsObject: true, heading: 'H2', title: TITLE });
  assert.deepEqual(errors, []);
});
