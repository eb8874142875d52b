/**
 * The studio's parts of issues 21 and 22, pure or on an in-memory folder: "Publicera" writes what
 * `si-feed publish` writes, byte for byte, and a failed write leaves feed.json as it was; the draft
 * kept in the browser expires after 30 days; `updated` goes through a datetime-local input.
 */
process.env.TZ = 'Europe/Stockholm';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { feedToJson } from '../../src/data/feed-json.js';
import type { Feed } from '../../src/data/types.js';
import { dateTimeFromInput, dateTimeInputValue } from '../../src/studio/draft.js';
import { planFolderPublication, writePublication } from '../../src/studio/publish.js';
import { DRAFT_KEY, readStoredDraft, storeDraft } from '../../src/studio/stored-draft.js';
import { sampleJson } from './fixtures.js';
import { memoryFolder } from './memory-folder.js';

/** Every file under `dir`, by its path relative to it, with its text. */
function filesIn(dir: string, relative = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(dir, relative))) {
    const path = relative ? `${relative}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) Object.assign(files, filesIn(dir, path));
    else files[path] = readFileSync(join(dir, path), 'utf8');
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

/** Publishes `text` with the CLI into `out`, at `now`. */
async function cliPublish(text: string, out: string, now: string, more: string[] = []): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'si-studio-src-')), 'feed.json');
  writeFileSync(file, text);
  const code = await main(['publish', file, '--out', out, '--now', now, ...more], () => undefined, () => undefined);
  assert.equal(code, 0);
}

/** Publishes `text` as the studio does into `folder`, at `now`. */
async function studioPublish(folder: ReturnType<typeof memoryFolder>, text: string, now: string): Promise<void> {
  const plan = await planFolderPublication(folder, text, new Date(now));
  assert.equal(plan.unchanged, false);
  if (plan.unchanged) return;
  assert.deepEqual(await writePublication(folder, plan.files), { written: plan.files.map(([name]) => name) });
}

/** The sample as the studio writes it, and a later version of it: ASIF ended, a title changed. */
function versions(): [string, string] {
  const first = sampleJson();
  const second = structuredClone(first);
  const asif = second.projects.find((project) => project.id === 'asif')!;
  asif.status = 'completed';
  asif.end = '2026-12-01';
  second.projects[1].title = { sv: 'Ny titel', en: 'New title' };
  return [feedToJson(first as unknown as Feed), feedToJson(second as unknown as Feed)];
}

describe('Publicera in the studio (#21)', () => {
  it('writes the same files as si-feed publish, byte for byte, twice over (archive included)', async () => {
    const [first, second] = versions();
    const out = mkdtempSync(join(tmpdir(), 'si-studio-cli-'));
    const folder = memoryFolder('publicerat');
    await cliPublish(first, out, '2026-12-05T12:00:00Z');
    await studioPublish(folder, first, '2026-12-05T12:00:00Z');
    assert.deepEqual(folder.files(), filesIn(out));
    await cliPublish(second, out, '2026-12-06T12:00:00Z');
    await studioPublish(folder, second, '2026-12-06T12:00:00Z');
    assert.deepEqual(Object.keys(folder.files()), ['archive/feed-2026-12-05.json', 'changes.json', 'changes.xml', 'feed.json']);
    assert.deepEqual(folder.files(), filesIn(out));
    assert.equal(folder.files()['feed.json'], second);
    assert.equal(folder.files()['archive/feed-2026-12-05.json'], first);
  });

  it("with the feed's web address, changes.xml links to it, as si-feed publish --feed-url writes it", async () => {
    const [first] = versions();
    const feedUrl = 'https://example.se/projekt/feed.json';
    const out = mkdtempSync(join(tmpdir(), 'si-studio-cli-'));
    await cliPublish(first, out, '2026-12-05T12:00:00Z', ['--feed-url', feedUrl]);
    const plan = await planFolderPublication(memoryFolder('p'), first, new Date('2026-12-05T12:00:00Z'), feedUrl);
    assert.equal(plan.unchanged, false);
    if (plan.unchanged) return;
    const xml = Object.fromEntries(plan.files)['changes.xml'];
    assert.match(xml, /<link rel="self" href="https:\/\/example\.se\/projekt\/changes\.xml"\/>/);
    assert.match(xml, /<link rel="related" href="https:\/\/example\.se\/projekt\/feed\.json"\/>/);
    assert.equal(xml, filesIn(out)['changes.xml']);
    // Without it, no link: the file is as the CLI writes it without --feed-url.
    const without = await planFolderPublication(memoryFolder('p'), first, new Date('2026-12-05T12:00:00Z'));
    assert.ok(!without.unchanged && !Object.fromEntries(without.files)['changes.xml'].includes('<link'));
  });

  it('says nothing changed when the folder already holds this feed', async () => {
    const [first] = versions();
    const plan = await planFolderPublication(memoryFolder('p', { 'feed.json': first }), first);
    assert.deepEqual(plan, { unchanged: true });
  });

  it('a write that fails leaves feed.json, changes.json and the archive as they were, and names the file', async () => {
    const [first, second] = versions();
    for (const failOn of ['write changes.xml', 'open feed.json', 'close changes.json']) {
      const log: string[] = [];
      const folder = memoryFolder('p', {}, { log });
      await studioPublish(folder, first, '2026-12-05T12:00:00Z');
      const before = folder.files();
      const failing = memoryFolder('p', before, { log, failOn });
      const plan = await planFolderPublication(failing, second, new Date('2026-12-06T12:00:00Z'));
      assert.equal(plan.unchanged, false);
      if (plan.unchanged) return;
      const outcome = await writePublication(failing, plan.files);
      assert.equal(outcome.failed?.name, failOn.split(' ')[1], failOn);
      assert.equal(failing.files()['feed.json'], first, failOn);
      assert.equal(failing.files()['changes.json'], before['changes.json'], failOn);
      // A write that fails before any file is put in place leaves no new file, not even an empty archive.
      if (failOn !== 'close changes.json') assert.deepEqual(failing.files(), before, failOn);
      else assert.deepEqual(outcome.written, ['archive/feed-2026-12-05.json'], failOn);
    }
  });

  it('puts no file in place before every file is written, and feed.json last', async () => {
    const [first, second] = versions();
    const log: string[] = [];
    const folder = memoryFolder('p', {}, { log });
    await studioPublish(folder, first, '2026-12-05T12:00:00Z');
    log.length = 0;
    await studioPublish(folder, second, '2026-12-06T12:00:00Z');
    const closes = log.filter((step) => step.startsWith('close '));
    assert.deepEqual(closes, ['close archive/feed-2026-12-05.json', 'close changes.json', 'close changes.xml', 'close feed.json']);
    assert.ok(log.indexOf(closes[0]) > log.lastIndexOf('write feed.json'));
  });
});

/** localStorage's methods the studio uses, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

describe('the draft kept in the browser (#22)', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const saved = Date.parse('2026-11-01T10:00:00Z');
  const draft = { feed: { version: 1, projects: [] }, name: 'feed.json', changed: true };

  it('is restored for 30 days after it was last kept, and then removed', () => {
    const storage = memoryStorage();
    assert.equal(storeDraft(draft, storage, saved), true);
    assert.deepEqual(readStoredDraft(storage, saved + 30 * DAY), { draft });
    const expired = readStoredDraft(storage, saved + 30 * DAY + 1);
    assert.deepEqual(expired, { expired: { savedAt: new Date(saved) } });
    assert.equal(storage.getItem(DRAFT_KEY), null);
    assert.equal(readStoredDraft(storage, saved + 31 * DAY), undefined);
  });

  it('each time it is kept, its 30 days start again', () => {
    const storage = memoryStorage();
    storeDraft(draft, storage, saved);
    storeDraft(draft, storage, saved + 20 * DAY);
    assert.deepEqual(readStoredDraft(storage, saved + 45 * DAY), { draft });
  });

  it("keeps the feed's web address for Publicera with the draft", () => {
    const storage = memoryStorage();
    const withAddress = { ...draft, publishUrl: 'https://example.se/projekt/feed.json' };
    storeDraft(withAddress, storage, saved);
    assert.deepEqual(readStoredDraft(storage, saved), { draft: withAddress });
  });

  it('a draft kept before drafts were dated is kept (its age cannot be told)', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    assert.deepEqual(readStoredDraft(storage, saved), { draft });
  });
});

describe("the feed's updated as a datetime-local input", () => {
  it('shows the time in the browser’s zone and writes it back with the offset of that date', () => {
    assert.equal(dateTimeInputValue('2026-11-28T00:00:00Z'), '2026-11-28T01:00');
    assert.equal(dateTimeInputValue('2026-07-01T09:30:15+02:00'), '2026-07-01T09:30:15');
    assert.equal(dateTimeFromInput('2026-11-28T01:00'), '2026-11-28T01:00:00+01:00');
    assert.equal(dateTimeFromInput('2026-07-01T09:30'), '2026-07-01T09:30:00+02:00');
    assert.equal(dateTimeFromInput(dateTimeInputValue('2026-03-29T12:00:00Z')), '2026-03-29T14:00:00+02:00');
  });

  it('what is no date-time shows empty, and an emptied input removes the value', () => {
    assert.equal(dateTimeInputValue('2026-11-28'), '');
    assert.equal(dateTimeInputValue(42), '');
    assert.equal(dateTimeInputValue(undefined), '');
    assert.equal(dateTimeFromInput(''), undefined);
  });
});
