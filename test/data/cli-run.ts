/** Running `si-feed` in the test process, as the CLI tests do: its exit code and printed lines. */
import { mkdtempSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { main } from '../../src/cli/main.js';

export async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

/** A new empty folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A server on 127.0.0.1 for the tests of the enclosing `describe`: it listens on a free port before
 * them and is closed after them; `base` is its origin (`http://127.0.0.1:PORT`) once it listens.
 */
export function loopbackServer(handler: RequestListener): { readonly base: string } {
  const server = createServer(handler);
  const served = { base: '' };
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    served.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return served;
}
