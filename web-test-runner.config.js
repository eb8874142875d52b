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

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin, accessibilityTreePlugin],
  middleware: [testFeeds],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: BROWSER_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180000),
};
