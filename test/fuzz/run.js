#!/usr/bin/env node
/**
 * `npm run fuzz`: random and mutated feeds (test/fuzz/generate.js) shown by every widget of the
 * built bundle (dist/si-widgets.js) in headless Chromium, under a strict CSP, until the time is up.
 * Each case must: settle every element (ready, empty or error), throw no page error, run no script
 * (no CSP violation, the trap injected payloads call is never called), request nothing but the
 * page's own files, the feed and the feed's logos, and, when the CLI calls the feed valid
 * (`parseFeed` with zero reports, what `si-feed validate` runs), show it without an error state or a
 * [si-widgets] console warning: the CLI may be stricter than the widgets, never looser.
 *
 *   npm run fuzz                               30 seconds, a random seed (printed)
 *   npm run fuzz -- --seconds 5                another time budget (CI uses a small one)
 *   npm run fuzz -- --seed 123                 the same cases as the run that printed seed 123
 *   npm run fuzz -- --seed 123 --case 17       only case 17 of that run
 * Needs dist/ (npm run build). Exits 1 at the first failing case, printing it and saving its feed.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { parseFeed } from '../../dist/npm/data/validate.js';
import { pick, random } from '../bench/feeds.js';
import { BROWSER_ARGS, requireBrowser } from '../tools/find-browser.js';
import { startStaticServer } from '../tools/static-server.js';
import { TRAP, fuzzFeedText } from './generate.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html";
const SETTLED = ['ready', 'empty', 'error'];
/** A 1×1 PNG, the answer to every logo the feed names. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const TRAP_SCRIPT = `window.__fuzz = { trapped: 0, violations: [] };
window.${TRAP} = () => { window.__fuzz.trapped++; };
document.addEventListener('securitypolicyviolation', (e) => window.__fuzz.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`--${name} takes a whole number`);
  return Number(value);
}

const SECONDS = option('seconds', 30);
const SEED = option('seed', Math.floor(Math.random() * 2 ** 31));
const ONLY_CASE = option('case', undefined);

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The feed text of case `n` of this seed, and what the CLI says of it. */
function makeCase(n) {
  const rnd = random((SEED ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
  const text = fuzzFeedText(rnd);
  const result = parseFeed(text);
  // An id with NUL, CR or a lone surrogate cannot be written into an HTML attribute unchanged: not asked for.
  const ids = result.ok ? result.feed.projects.map((p) => p.id).filter((id) => !/[\0\r]/.test(id) && id.isWellFormed()) : [];
  const project = ids.length && rnd() < 0.9 ? pick(rnd, ids) : pick(rnd, ['asif', '__proto__', '<img src=x>']);
  return { n, text, project, inFeed: ids.includes(project), valid: result.ok && result.reports.length === 0 };
}

function pageHtml({ n, project }) {
  const feed = `/fuzz/feed/${n}.json`;
  const id = escapeAttribute(project);
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>fuzz ${n}</title>
<script src="/fuzz/trap.js"></script><script type="module" src="/dist/si-widgets.js"></script></head><body>
<si-project-list feed="${feed}" structured-data filters="search organization topic municipality status sort" page-size="50"></si-project-list>
<si-project-card feed="${feed}" project="${id}" structured-data></si-project-card>
<si-goal-progress feed="${feed}" project="${id}"></si-goal-progress>
<si-partner-list feed="${feed}" project="${id}"></si-partner-list>
<si-partner-list feed="${feed}" layout="logos"></si-partner-list>
</body></html>`;
}

/** Serves the case's page, trap and feed; lets the bundle through; refuses and records the rest. */
function routeRequests(page, origin, current) {
  page.on('request', (request) => {
    const url = new URL(request.url());
    const own = url.origin === origin;
    const reply = (contentType, body, headers = {}) => request.respond({ status: 200, contentType, body, headers });
    if (own && url.pathname === '/fuzz/page.html') reply('text/html; charset=utf-8', pageHtml(current.case), { 'Content-Security-Policy': CSP });
    else if (own && url.pathname === '/fuzz/trap.js') reply('text/javascript', TRAP_SCRIPT);
    else if (own && url.pathname === `/fuzz/feed/${current.case.n}.json`) reply('application/json', current.case.text);
    else if (own && (url.pathname === '/dist/si-widgets.js' || url.pathname === '/favicon.ico' || url.pathname.startsWith('/dist/locales/') || url.pathname.startsWith('/dist/chunks/'))) request.continue();
    else if (request.resourceType() === 'image' && url.protocol === 'https:' && current.case.text.includes(url.origin)) {
      request.respond({ status: 200, contentType: 'image/png', body: PIXEL });
    } else {
      current.problems.push(`unexpected request: ${request.resourceType()} ${request.url().slice(0, 200)}`);
      request.abort();
    }
  });
}

/**
 * Runs in the page: the trap and violations, each element's state, and any markup the feed made:
 * in a shadow tree an element that only markup could add or an `on…` attribute; in the light DOM
 * anything but a JSON-LD script that parses.
 */
function markupCheck() {
  const markup = [];
  for (const element of document.querySelectorAll('body > *')) {
    for (const child of element.querySelectorAll('*')) {
      const jsonLd = child.matches('script[type="application/ld+json"]');
      if (!jsonLd) markup.push(`<${child.localName}> in the light DOM of <${element.localName}>`);
      else {
        try {
          JSON.parse(child.textContent);
        } catch {
          markup.push(`JSON-LD of <${element.localName}> does not parse`);
        }
      }
    }
    for (const inner of element.shadowRoot?.querySelectorAll('*') ?? []) {
      if (inner.matches('script, style, iframe, object, embed, base, meta, link')) markup.push(`<${inner.localName}> in <${element.localName}>`);
      const handlers = inner.getAttributeNames().filter((name) => name.startsWith('on'));
      if (handlers.length) markup.push(`${handlers.join(' ')} on <${inner.localName}> in <${element.localName}>`);
    }
  }
  return {
    ...window.__fuzz,
    markup,
    states: [...document.querySelectorAll('body > *')].map((e) => `${e.localName}${e.hasAttribute('project') ? '[project]' : ''}:${e.getAttribute('state')}`),
  };
}

/** The problems of one case (none: it held). */
async function runCase(page, origin, current) {
  await page.goto(`${origin}/fuzz/page.html?case=${current.case.n}`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(
      (settled) => [...document.querySelectorAll('body > *')].every((e) => settled.includes(e.getAttribute('state'))),
      { timeout: 15_000, polling: 50 },
      SETTLED,
    );
  } catch {
    current.problems.push('an element did not settle in 15 s');
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const seen = await page.evaluate(markupCheck);
  if (seen.trapped) current.problems.push('an injected script ran');
  for (const violation of seen.violations) current.problems.push(`CSP violation: ${violation}`);
  for (const markup of seen.markup) current.problems.push(`markup from the feed: ${markup}`);
  if (current.case.valid) {
    // An element asked for a project the feed does not have rightly says so.
    const errors = seen.states.filter((state) => state.endsWith(':error') && (current.case.inFeed || !state.includes('[project]')));
    for (const state of errors) current.problems.push(`a feed the CLI calls valid gives ${state}`);
    for (const warning of current.warnings) current.problems.push(`a feed the CLI calls valid warns: ${warning}`);
  }
  return seen.states;
}

async function main() {
  const server = await startStaticServer();
  const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
  const page = await browser.newPage();
  const current = { case: makeCase(0), problems: [], warnings: [] };
  await page.setRequestInterception(true);
  routeRequests(page, server.url, current);
  page.on('pageerror', (error) => current.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'warn' && message.text().startsWith('[si-widgets]')) current.warnings.push(message.text().slice(0, 300));
  });
  console.log(`fuzz: seed ${SEED}, ${ONLY_CASE === undefined ? `${SECONDS} s` : `case ${ONLY_CASE}`} (replay: npm run fuzz -- --seed ${SEED})`);
  const started = Date.now();
  let n = ONLY_CASE ?? 0;
  let runs = 0;
  let validRuns = 0;
  let failed = false;
  try {
    do {
      Object.assign(current, { case: makeCase(n), problems: [], warnings: [] });
      let states = [];
      try {
        states = await runCase(page, server.url, current);
      } catch (error) {
        current.problems.push(`the case broke the run: ${error instanceof Error ? error.message : error}`);
      }
      runs++;
      if (current.case.valid) validRuns++;
      if (current.problems.length) {
        const file = join(tmpdir(), `si-fuzz-seed-${SEED}-case-${n}.json`);
        writeFileSync(file, current.case.text);
        console.error(`fuzz: case ${n} FAILED (replay: npm run fuzz -- --seed ${SEED} --case ${n}; feed in ${file})`);
        console.error(`  CLI: ${current.case.valid ? 'valid' : 'not valid'}; project "${current.case.project}"; ${states.join(' ')}`);
        for (const problem of [...new Set(current.problems)]) console.error(`  ${problem}`);
        failed = true;
        break;
      }
      n++;
    } while (ONLY_CASE === undefined && Date.now() - started < SECONDS * 1000);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`fuzz: ${runs} cases (${validRuns} valid by the CLI) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${failed ? 'FAILED' : 'all held'}`);
  process.exitCode = failed ? 1 : 0;
}

await main();
