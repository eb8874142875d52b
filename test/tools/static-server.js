/**
 * A plain static file server for the end-to-end tests and the screenshots: serves the project
 * folder (so /dist/… is the built bundle and pages) on a free loopback port, with optional extra
 * headers per request (e.g. a Content-Security-Policy) and extra pages from memory.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @param {{ pages?: Record<string, {body: string, headers?: Record<string,string>}>,
 *           headers?: (path: string) => Record<string,string> }} [options]
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startStaticServer(options = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const extra = options.headers?.(url.pathname) ?? {};
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = options.pages?.[url.pathname];
    if (page) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'], ...extra, ...page.headers });
      response.end(page.body);
      return;
    }
    const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(ROOT) || path.includes('node_modules')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...extra });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
