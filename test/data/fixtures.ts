import { readFileSync } from 'node:fs';

export const SAMPLE_PATH = new URL('../../src/public/feeds/sample.json', import.meta.url);

/** A fresh copy of the sample feed, as parsed JSON, to break in a test. */
export function sampleJson(): Record<string, unknown> & { projects: Record<string, unknown>[]; organizations: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
}
