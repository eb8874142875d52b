/**
 * The studio's figures (issue 13): the built dist/studio.html opening a generated feed of many
 * projects (from the text in memory to the studio rendered and laid out: its parse, the check with
 * the validator and the strict checks, the contents list), and finding a project by typing part of
 * its title in the studio's search, one real key press at a time (keydown to the list rendered
 * and laid out). The list shows at most 30 projects, so a keystroke costs what filtering the
 * titles costs, not what rendering 10,000 would.
 */
import { median } from './stats.js';

/** "Zenit" is in one title in ten (feeds.js): typed a letter at a time, it narrows the list. */
const QUERY = 'zenit';

export async function studioFigures(browser, origin, projects, runs, log) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => log(`studio page error: ${error.message}`));
  await page.goto(`${origin}/dist/studio.html`);
  await page.waitForFunction(() => customElements.get('feed-studio') !== undefined);
  await page.evaluate(async (url) => {
    window.__benchFeed = await (await fetch(url)).text();
  }, `/feeds/projects-${projects}.json`);

  const opens = [];
  for (let i = 0; i < runs; i++) opens.push(await page.evaluate(openOnce));

  const keystrokes = [];
  const input = await page.$('#st-search');
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => {
      const search = document.querySelector('#st-search');
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    for (const letter of QUERY) {
      await page.evaluate(armKeystroke);
      await input.type(letter);
      keystrokes.push(await page.evaluate(() => window.__studioKeystroke));
    }
  }
  const shown = await page.evaluate(() => document.querySelector('#st-search-count').textContent);
  // The draft is kept in localStorage; leave none behind for the next run.
  await page.evaluate(() => document.querySelector('feed-studio').close());
  await page.close();
  return { projects, openMs: median(opens), opens, keystrokeMs: median(keystrokes), keystrokeMaxMs: Math.max(...keystrokes), shown };
}

/** In the page: closes what is open, then times opening the feed's text until it is laid out. */
async function openOnce() {
  const studio = document.querySelector('feed-studio');
  studio.close();
  await studio.updateComplete;
  const start = performance.now();
  studio.openText(window.__benchFeed, 'bench.json');
  await studio.updateComplete;
  document.body.getBoundingClientRect();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return performance.now() - start;
}

/** In the page: the next keydown in the search to the studio updated and laid out, in window.__studioKeystroke. */
function armKeystroke() {
  const studio = document.querySelector('feed-studio');
  const search = document.querySelector('#st-search');
  window.__studioKeystroke = new Promise((resolve) => {
    search.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        search.addEventListener(
          'input',
          async () => {
            await studio.updateComplete;
            document.body.getBoundingClientRect();
            resolve(performance.now() - start);
          },
          { once: true },
        );
      },
      { once: true },
    );
  });
}
