/**
 * Finds a Chromium the tests and the benchmark can drive: CHROME_PATH, then /usr/bin/chromium,
 * then google-chrome or chromium-browser on the PATH. Nothing is ever downloaded.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The browser's path, or `undefined`. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('google-chrome') ?? onPath('chromium-browser') ?? onPath('chromium');
}

/** The browser's path; or one line saying how to set CHROME_PATH, and exit. */
export function requireBrowser() {
  const path = findBrowser();
  if (!path) {
    console.error(
      process.env.CHROME_PATH
        ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable browser: set CHROME_PATH to Chrome or Chromium (e.g. export CHROME_PATH=/usr/bin/chromium).`
        : 'No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH=/path/to/chrome.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags for a quiet headless browser on a machine with no network but loopback. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
