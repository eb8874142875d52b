import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { BROWSER_ARGS, requireBrowser } from './test/tools/find-browser.js';
import { testFeeds } from './test/tools/test-server.js';

const executablePath = requireBrowser();

/** `executeServerCommand('emulate-forced-colors', true)`: emulateMedia() cannot do this with puppeteer. */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload ? 'active' : 'none' }]);
    return true;
  },
};

/**
 * `executeServerCommand('accessibility-tree')`: the page's whole accessibility tree as Chromium gives
 * it to assistive tech, text nodes included (a11ySnapshot prunes to "interesting" nodes only).
 */
const accessibilityTreePlugin = {
  name: 'accessibility-tree',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const page = session.browser.getPage(session.id);
    return page.accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * `executeServerCommand('grant-clipboard')`: lets the test page write and read the clipboard without
 * a prompt, as a visitor who allowed it would (puppeteer's overridePermissions).
 */
const clipboardPlugin = {
  name: 'grant-clipboard',
  async executeCommand({ command, session }) {
    if (command !== 'grant-clipboard') return undefined;
    const page = session.browser.getPage(session.id);
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    return true;
  },
};

/**
 * `executeServerCommand('emulate-print', true)`: print media, as in a print preview (no print
 * events fire); `executeServerCommand('print-screenshot', 'name')` saves a full-page PNG of it in
 * .tmp/print/, to look at.
 */
const printPlugin = {
  name: 'emulate-print',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-print' && command !== 'print-screenshot') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'emulate-print') {
      await page.emulateMediaType(payload ? 'print' : null);
      return true;
    }
    const { mkdir } = await import('node:fs/promises');
    await mkdir('.tmp/print', { recursive: true });
    await page.screenshot({ path: `.tmp/print/${String(payload).replace(/[^\w-]/g, '_')}.png`, fullPage: true });
    return true;
  },
};

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin, accessibilityTreePlugin, clipboardPlugin, printPlugin],
  middleware: [testFeeds],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: BROWSER_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180000),
};
