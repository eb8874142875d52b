/**
 * The WordPress plugin in a real WordPress (Debian's package, 6.1: the script-module fallback path),
 * run after `npm run build` (it installs dist/si-widgets-wordpress.zip):
 *   - an administrator uploads and activates the zip, and sets the default feed (served by the
 *     site itself) on Settings → si-widgets, which refuses an http: feed of another site and a
 *     form without its nonce, and which an Author cannot open;
 *   - an Author (KSES, no unfiltered_html) publishes a post with two shortcodes through the REST API
 *     and one with the block through the block editor; both keep what the Author wrote;
 *   - a visitor's Chromium: the widgets render from the feed, the script is requested once and
 *     printed once as a module, no console error, the fallback links are in the HTML the server
 *     sent; a post without a widget loads no script; hostile attributes end up escaped;
 *   - uninstalling removes the plugin's options.
 * Without the Debian packages it says what to install and skips, except under CI=true, where it fails.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, requireBrowser } from '../tools/find-browser.js';
import { debugLog, INSTALL_HINT, missingPackages, startWordPress, USERS, wpPhp } from './wordpress-site.js';

const ZIP = fileURLToPath(new URL('../../dist/si-widgets-wordpress.zip', import.meta.url));
const SAMPLE_FEED = fileURLToPath(new URL('../../dist/feeds/sample.json', import.meta.url));
/** Where `SI_WP_SCREENSHOTS=1` writes the block sidebar, for docs/embed-wordpress.md. */
const SCREENSHOTS = fileURLToPath(new URL('../../.tmp/wordpress-screenshots/', import.meta.url));
const ASIF = 'En unik och relevant innovationsallians för social innovation och förändring';
const LARPROCESS = 'Lärprocess kring behovsdrivet stöd';
const LARPROCESS_EN = 'Learning process on needs-driven support';
const HOSTILE = '"><script>alert(1)</script>';

const missing = missingPackages();
const missingMessage = missing.length > 0 ? `the WordPress test needs ${missing.join(', ')}: ${INSTALL_HINT}` : undefined;
if (missingMessage && process.env.CI !== 'true') console.log(`SKIPPED: ${missingMessage}`);
if (missingMessage && process.env.CI === 'true') test('the WordPress test has its Debian packages (CI=true)', () => assert.fail(missingMessage));

describe('the WordPress plugin in WordPress 6.1', { skip: missingMessage ?? false }, () => {
  let site;
  let browser;
  const sessions = {};
  const posts = {};

  /** A browser context logged in as `user`. */
  async function logIn(user) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-login.php`);
    // Set, not typed: wp-login.php selects the login field 200 ms after load, and typing over that loses letters.
    await page.$eval('#user_login', (input, value) => (input.value = value), user.login);
    await page.$eval('#user_pass', (input, value) => (input.value = value), user.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    assert.match(page.url(), /wp-admin/, `${user.login} is logged in`);
    return { context, page };
  }

  /** A REST call from the logged-in page, with the REST nonce WordPress hands to its own scripts. */
  async function rest(session, method, route, body) {
    return session.page.evaluate(
      async (method, route, body) => {
        const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
        const [path, query] = route.split('?');
        const response = await fetch(`/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
          method,
          headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
          body: body ? JSON.stringify(body) : undefined,
        });
        return { status: response.status, json: await response.json() };
      },
      method,
      route,
      body,
    );
  }

  async function publish(session, title, content) {
    const { status, json } = await rest(session, 'POST', '/wp/v2/posts', { title, content, status: 'publish' });
    assert.equal(status, 201, JSON.stringify(json).slice(0, 500));
    return { id: json.id, link: json.link };
  }

  async function savedContent(session, id) {
    const { json } = await rest(session, 'GET', `/wp/v2/posts/${id}?context=edit`);
    return json.content.raw;
  }

  /** A visitor (no cookies) opens the post: what the server sent, what was requested, what the console said. */
  async function visit(post) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const scriptRequests = [];
    const errors = [];
    const dialogs = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/si-widgets.js')) scriptRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(post.link, { waitUntil: 'load' });
    return { context, page, html: await response.text(), scriptRequests, errors, dialogs };
  }

  async function widgetText(page, selector) {
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('state') === 'ready', { timeout: 20000 }, selector).catch(async (error) => {
      const around = await page.evaluate(() => (document.querySelector('[data-type="si-widgets/widget"]') ?? document.body).outerHTML.slice(0, 3000));
      throw new Error(`${error.message}: no ready ${selector} in\n${around}`);
    });
    return page.evaluate((s) => document.querySelector(s).shadowRoot.textContent.replace(/\s+/g, ' '), selector);
  }

  /** The sidebar of a project list with its presets and filters open, for the docs. */
  async function screenshotListSidebar(page) {
    await page.setViewport({ width: 1280, height: 1100 });
    await page.evaluate(() => {
      wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false);
      const block = wp.blocks.createBlock('si-widgets/widget', {
        widget: 'project-list',
        widgetAttributes: { filters: 'search topic', topic: 'social innovation', 'page-size': '3' },
      });
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await page.waitForSelector('.editor-styles-wrapper si-project-list[state="ready"]', { timeout: 15000 });
    await page.evaluate(() => {
      for (const toggle of document.querySelectorAll('.block-editor-block-inspector .components-panel__body-toggle')) {
        if (/Förval|Filter/.test(toggle.textContent)) toggle.click();
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: `${SCREENSHOTS}block-sidebar-list-sv.png` });
  }

  const moduleTags = (html) => html.match(/<script[^>]*si-widgets\.js[^>]*>/g) ?? [];

  before(async () => {
    assert.ok(existsSync(ZIP), 'dist/si-widgets-wordpress.zip exists: run npm run build first');
    site = await startWordPress({ files: { 'feeds/sample.json': SAMPLE_FEED } });
    browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
    sessions.admin = await logIn(USERS.admin);
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test('an administrator uploads the built zip and activates it', async () => {
    const { page } = sessions.admin;
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await page.$('#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    assert.match(await page.content(), /Plugin installed successfully/);
    await Promise.all([page.waitForNavigation(), page.click('a[href*="action=activate"]')]);
    assert.match(await page.content(), /Plugin activated/);
  });

  test('Settings → si-widgets refuses an http: feed of another site and keeps the saved one', async () => {
    const { page } = sessions.admin;
    const settings = `${site.url}/wp-admin/options-general.php?page=si-widgets`;
    await page.goto(settings);
    await page.type('#si-widgets-feed-url', 'http://feeds.example.se/skane-projekt.json');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.match(await page.$eval('.notice-error, .error', (n) => n.textContent), /http:\/\/feeds\.example\.se\/skane-projekt\.json was not saved: use an https: address/);
    await page.goto(settings);
    assert.equal(await page.$eval('#si-widgets-feed-url', (input) => input.value), '');
    // The site's own origin is allowed, http: or not: the test's feed.
    await page.type('#si-widgets-feed-url', `${site.url}/feeds/sample.json`);
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.match(await page.content(), /Settings saved/);
    await page.goto(settings);
    assert.equal(await page.$eval('#si-widgets-feed-url', (input) => input.value), `${site.url}/feeds/sample.json`);
  });

  test('the settings form is refused without its nonce, or with a wrong one', async () => {
    const { page } = sessions.admin;
    for (const nonce of [undefined, 'not-the-nonce']) {
      const status = await page.evaluate(async (nonce) => {
        const form = new URLSearchParams({ option_page: 'si_widgets', action: 'update', 'si_widgets_settings[feed_url]': 'https://feeds.example.se/other.json' });
        if (nonce) form.set('_wpnonce', nonce);
        return (await fetch('/wp-admin/options.php', { method: 'POST', body: form })).status;
      }, nonce);
      assert.equal(status, 403, `nonce ${nonce ?? '(none)'}`);
    }
    await page.goto(`${site.url}/wp-admin/options-general.php?page=si-widgets`);
    assert.equal(await page.$eval('#si-widgets-feed-url', (input) => input.value), `${site.url}/feeds/sample.json`);
  });

  test('an Author cannot open the settings page', async () => {
    sessions.author = await logIn(USERS.author);
    const response = await sessions.author.page.goto(`${site.url}/wp-admin/options-general.php?page=si-widgets`);
    assert.equal(response.status(), 403);
    assert.match(await sessions.author.page.content(), /not allowed/);
  });

  test('an Author publishes shortcodes and KSES keeps them (and strips the Author\'s script)', async () => {
    const shortcodes =
      '<p>Vårt projekt:</p>\n[si_widget type="project-card" project="asif"]\n\n' +
      '[si_widget type="project-list" filters="search topic" page-size="3" sync-url bogus="1"]';
    posts.shortcodes = await publish(sessions.author, 'Shortcodes', shortcodes);
    assert.equal(await savedContent(sessions.author, posts.shortcodes.id), shortcodes);
    posts.none = await publish(sessions.author, 'No widget', '<p>Nothing to show.</p><script>window.authorScript = 1</script>');
    assert.doesNotMatch(await savedContent(sessions.author, posts.none.id), /<script/, 'KSES applies to this Author');
  });

  test('an Author adds the block in the block editor, picks the project in its sidebar, and publishes', async () => {
    const { page } = sessions.author;
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('si-widgets/widget') && window.wp.data.select('core/editor').getCurrentPostId(), { timeout: 30000 });
    assert.equal(await page.evaluate(() => wp.blocks.getBlockType('si-widgets/widget').title), 'Project (si-widgets)');
    await page.evaluate(() => {
      wp.data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false);
      wp.data.dispatch('core/editor').editPost({ title: 'Block' });
      const block = wp.blocks.createBlock('si-widgets/widget', { widget: 'project-card' });
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // The sidebar offers the feed's projects by title; choosing one updates the live preview.
    const projectSelect = await page.waitForFunction(
      () => [...document.querySelectorAll('.block-editor-block-inspector select')].find((s) => [...s.options].some((o) => o.value === 'larprocess-behovsdrivet-stod')),
      { timeout: 15000 },
    );
    await projectSelect.select('larprocess-behovsdrivet-stod');
    const chosen = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes.widgetAttributes);
    assert.deepEqual(chosen, { project: 'larprocess-behovsdrivet-stod' });
    const preview = '.editor-styles-wrapper [data-project="larprocess-behovsdrivet-stod"] si-project-card';
    assert.match(await widgetText(page, preview), new RegExp(LARPROCESS_EN), 'the editor previews the live widget, in the editor\'s language');
    if (process.env.SI_WP_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.setViewport({ width: 1280, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}block-sidebar.png` });
    }
    await page.evaluate(async () => {
      wp.data.dispatch('core/editor').editPost({ status: 'publish' });
      await wp.data.dispatch('core/editor').savePost();
    });
    const post = await page.evaluate(() => wp.data.select('core/editor').getCurrentPost());
    assert.equal(post.status, 'publish');
    posts.block = { id: post.id, link: post.link };
    assert.match(
      await savedContent(sessions.author, post.id),
      /^<!-- wp:si-widgets\/widget \{"widgetAttributes":\{"project":"larprocess-behovsdrivet-stod"\}\} \/-->$/,
    );
  });

  test('a visitor sees the shortcodes\' card and list, with the script requested and printed once', async () => {
    const visit1 = await visit(posts.shortcodes);
    const { page, html } = visit1;
    assert.match(await widgetText(page, 'div[data-si-widget="project-card"] si-project-card'), new RegExp(ASIF));
    assert.match(await widgetText(page, 'div[data-si-widget="project-list"] si-project-list'), new RegExp(LARPROCESS));
    const tags = moduleTags(html);
    assert.equal(tags.length, 1, tags.join('\n'));
    assert.match(tags[0], /type=["']module["']/);
    assert.equal(visit1.scriptRequests.length, 1, visit1.scriptRequests.join('\n'));
    assert.deepEqual(visit1.errors, []);
    // Without JavaScript: the links the server wrote, with the feed and attributes as data-*.
    assert.match(html, new RegExp(`<div data-si-widget="project-card" data-feed="${site.url}/feeds/sample.json" data-project="asif"><p><a href="https://example.org/projekt/asif">${ASIF}</a></p>`));
    assert.match(html, /data-si-widget="project-list" data-feed="[^"]+" data-filters="search topic" data-page-size="3" data-sync-url><ul><li><a href="https:\/\/example\.org\/projekt\/asif">/);
    // For the editor, in the site's language (Swedish here).
    assert.match(html, /<!-- si-widgets: bogus ignorerades; project-list tar feed, [^>]* -->/);
    await visit1.context.close();
  });

  test('a visitor sees the block\'s card, its fallback link in the HTML', async () => {
    const { context, page, html, scriptRequests, errors } = await visit(posts.block);
    assert.match(await widgetText(page, 'si-project-card'), new RegExp(LARPROCESS));
    assert.match(html, /<div class="wp-block-si-widgets-widget" data-si-widget="project-card" data-feed="[^"]+" data-project="larprocess-behovsdrivet-stod"><p><a href="https:\/\/example\.org\/projekt\/larprocess-behovsdrivet-stod">/);
    assert.equal(moduleTags(html).length, 1);
    assert.equal(scriptRequests.length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a post without a widget loads no script', async () => {
    const { context, page, html, scriptRequests } = await visit(posts.none);
    assert.match(html, /Nothing to show/);
    assert.deepEqual(moduleTags(html), []);
    assert.deepEqual(scriptRequests, []);
    assert.equal(await page.evaluate(() => customElements.get('si-project-card')), undefined);
    await context.close();
  });

  test('hostile attributes from an administrator (no KSES) end up escaped', async () => {
    const hostileBlock = JSON.stringify({ widget: 'project-card', widgetAttributes: { project: HOSTILE, 'heading-level': HOSTILE } });
    posts.hostile = await publish(
      sessions.admin,
      'Hostile',
      `[si_widget type="project-card" project='${HOSTILE}' onclick="alert(2)"]\n\n<!-- wp:si-widgets/widget ${hostileBlock} /-->`,
    );
    const { context, html, dialogs } = await visit(posts.hostile);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /data-onclick|\sonclick=/);
    assert.match(html, /data-project="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.match(html, /data-heading-level="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  test('a Swedish administrator gets the settings page and the block in Swedish', async () => {
    const { context, page } = await logIn(USERS.swedishAdmin);
    await page.goto(`${site.url}/wp-admin/options-general.php?page=si-widgets`);
    assert.equal(await page.$eval('.wrap h1', (h1) => h1.textContent), 'Inställningar för si-widgets');
    assert.match(await page.$eval('label[for="si-widgets-feed-url"]', (label) => label.textContent), /Standardflödets adress/);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('si-widgets/widget'), { timeout: 30000 });
    assert.deepEqual(
      await page.evaluate(() => [wp.blocks.getBlockType('si-widgets/widget').title, wp.i18n.__('Presets', 'si-widgets')]),
      ['Projekt (si-widgets)', 'Förval'],
    );
    if (process.env.SI_WP_SCREENSHOTS) await screenshotListSidebar(page);
    await context.close();
  });

  test('PHP logged no warning, notice or error from the plugin', () => {
    const ours = debugLog(site)
      .split('\n')
      .filter((line) => line.includes('plugins/si-widgets'));
    assert.deepEqual(ours, []);
  });

  test('uninstalling removes the plugin\'s settings and cached feeds', () => {
    const count = `global $wpdb; echo (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%si\\\\_widgets%'");`;
    const load = `require '${site.root}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php';`;
    assert.ok(Number(wpPhp(site, `${load} ${count}`)) >= 2, 'the settings and a cached feed are there before');
    wpPhp(site, `${load} deactivate_plugins('si-widgets/si-widgets.php'); uninstall_plugin('si-widgets/si-widgets.php');`);
    assert.equal(wpPhp(site, `${load} ${count}`), '0');
  });
});
