/**
 * The visual review's own parts that need no browser (test/visual/): the comparison and its
 * threshold, the report's escaping and order, the story set, the machine fingerprint.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { comparePngs, MAX_DIFFERENT_SHARE } from '../visual/compare.js';
import { fontsHashOf, machineDifferences, osIdOf, type MachineFingerprint } from '../visual/machine.js';
import { reportHtml, sortedForReport, type ShotResult } from '../visual/report.js';
import { NEW_PARTS, scenesOf, shotsOf, type IndexEntry, type Scene } from '../visual/scenes.js';

type Rgb = [number, number, number];

/** A width × height PNG of one colour, with the given rectangles painted in another. */
function png(width: number, height: number, background: Rgb, patches: { x: number; y: number; w: number; h: number; color: Rgb }[] = []): Buffer {
  const image = new PNG({ width, height });
  const paint = (x: number, y: number, [r, g, b]: Rgb) => {
    const at = (y * width + x) * 4;
    image.data.set([r, g, b, 255], at);
  };
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) paint(x, y, background);
  for (const patch of patches) {
    for (let y = patch.y; y < patch.y + patch.h; y++) for (let x = patch.x; x < patch.x + patch.w; x++) paint(x, y, patch.color);
  }
  return PNG.sync.write(image);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

test('identical images pass with no differing pixel', () => {
  const result = comparePngs(png(100, 100, WHITE), png(100, 100, WHITE));
  assert.equal(result.differentPixels, 0);
  assert.equal(result.changed, false);
});

test('a few differing pixels pass under the threshold; more than 0.1 % of the image fails', () => {
  // 100 × 100 = 10,000 pixels: the threshold is 10.
  assert.equal(MAX_DIFFERENT_SHARE, 0.001);
  const few = comparePngs(png(100, 100, WHITE), png(100, 100, WHITE, [{ x: 10, y: 10, w: 3, h: 3, color: BLACK }]));
  assert.equal(few.differentPixels, 9);
  assert.equal(few.changed, false);
  const more = comparePngs(png(100, 100, WHITE), png(100, 100, WHITE, [{ x: 10, y: 10, w: 4, h: 3, color: BLACK }]));
  assert.equal(more.differentPixels, 12);
  assert.equal(more.changed, true);
  // The diff image marks the changed pixels in red.
  const diff = PNG.sync.read(more.diff);
  const at = (11 * 100 + 11) * 4;
  assert.deepEqual([...diff.data.subarray(at, at + 3)], [255, 0, 0]);
});

test('a changed accent colour fails; one step in one channel does not', () => {
  const accent: Rgb = [0x0a, 0x5a, 0x9c];
  const moved = comparePngs(png(40, 40, WHITE, [{ x: 0, y: 0, w: 40, h: 10, color: accent }]), png(40, 40, WHITE, [{ x: 0, y: 0, w: 40, h: 10, color: [0x15, 0x65, 0xc0] }]));
  assert.equal(moved.changed, true);
  const step = comparePngs(png(40, 40, WHITE, [{ x: 0, y: 0, w: 40, h: 10, color: accent }]), png(40, 40, WHITE, [{ x: 0, y: 0, w: 40, h: 10, color: [0x0a, 0x5a, 0x9d] }]));
  assert.equal(step.differentPixels, 0);
  assert.equal(step.changed, false);
});

test('a new size always fails, the grown area counted as different', () => {
  const result = comparePngs(png(100, 100, WHITE), png(100, 101, WHITE));
  assert.equal(result.sizeChanged, true);
  assert.equal(result.changed, true);
  assert.equal(result.totalPixels, 100 * 101);
  assert.equal(result.differentPixels, 100);
});

const hostileScene: Scene = {
  key: 'elements-si-project-card--hostile',
  storyId: 'elements-si-project-card--hostile"><script>alert(1)</script>',
  label: 'si-project-card › <img src=x onerror=alert(1)> & "quotes"',
  globals: { theme: 'default', lang: 'sv' },
  varied: false,
};

const SUMMARY = { startedAt: '2026-11-20T11:00:00Z', seconds: 1, sameMachine: true, machineNotes: ['<b>Chrome</b>'], strict: true };

test('the report escapes every text it shows', () => {
  const [shot] = shotsOf([hostileScene], [320]);
  const html = reportHtml([{ shot, status: 'error', note: '<svg onload=alert(2)>', images: { baseline: false, actual: false, diff: false } }], SUMMARY);
  assert.ok(!html.includes('<img src=x'), 'a label is not markup');
  assert.ok(!html.includes('<script>alert'), 'a story id is not markup');
  assert.ok(!html.includes('<svg'), 'a browser message is not markup');
  assert.ok(!html.includes('<b>Chrome'), 'machine notes are not markup');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;'));
  assert.equal((html.match(/<script/g) ?? []).length, 0, 'the report has no script');
});

test('the report shows errors and changes first, the largest change first, then new shots', () => {
  const scene = (key: string): Scene => ({ ...hostileScene, key, storyId: key, label: key });
  const result = (key: string, status: ShotResult['status'], share?: number): ShotResult => ({
    shot: shotsOf([scene(key)], [320])[0],
    status,
    share,
    images: { baseline: true, actual: true, diff: status === 'changed' },
  });
  const sorted = sortedForReport([
    result('a', 'passed', 0),
    result('b', 'changed', 0.01),
    result('c', 'new'),
    result('d', 'changed', 0.2),
    result('e', 'error'),
  ]);
  assert.deepEqual(
    sorted.map((one) => one.shot.scene.key),
    ['e', 'd', 'b', 'c', 'a'],
  );
  const html = reportHtml(sorted, SUMMARY);
  assert.ok(html.indexOf('id="d__320.png"') < html.indexOf('id="a__320.png"'));
  assert.ok(html.includes('src="diff/d__320.png"'));
  assert.ok(!html.includes('src="diff/a__320.png"'), 'an unchanged shot has no diff');
});

function entry(id: string, tags: string[] = []): IndexEntry {
  const [prefix, story] = id.split('--');
  return { id, title: `Elements/${prefix.replace(/^elements-/, '')}`, name: story, type: 'story', tags };
}

const ELEMENT = ['ready', 'loading', 'not-found', 'empty', 'arabic', 'hostile'];

test('the story set: each element ready in every theme (light and dark in three languages), loading, error, empty, and the new parts', () => {
  const entries = [
    ...ELEMENT.map((story) => entry(`elements-si-a--${story}`, story === 'empty' ? ['empty'] : story === 'arabic' ? ['arabic'] : [])),
    // Titled apart here, so that their elements need no stories of their own in this test.
    ...NEW_PARTS.map((id) => ({ ...entry(id), title: 'New parts' })),
  ];
  const { scenes, problems } = scenesOf(entries);
  assert.deepEqual(problems, []);
  const keys = scenes.map((scene) => scene.key);
  assert.deepEqual(keys.slice(0, 11), [
    'elements-si-a--ready__default__sv',
    'elements-si-a--ready__default__en',
    'elements-si-a--arabic__default__ar',
    'elements-si-a--ready__dark__sv',
    'elements-si-a--ready__dark__en',
    'elements-si-a--arabic__dark__ar',
    'elements-si-a--ready__region-skane__sv',
    'elements-si-a--ready__coompanion__sv',
    'elements-si-a--loading',
    'elements-si-a--not-found',
    'elements-si-a--empty',
  ]);
  assert.ok(!keys.includes('elements-si-a--hostile'));
  assert.equal(new Set(keys).size, keys.length, 'keys are unique (they name the baselines)');
  assert.equal(shotsOf(scenes).length, scenes.length * 2);
});

test('a partner look added to the Storybook toolbar is shot in Swedish; a new scheme would need SCHEMES', () => {
  const entries = [...ELEMENT.map((story) => entry(`elements-si-a--${story}`, story === 'empty' ? ['empty'] : [])), ...NEW_PARTS.map((id) => ({ ...entry(id), title: 'New parts' }))];
  const { scenes } = scenesOf(entries, { themes: ['default', 'dark', 'sopact'], languages: ['sv', 'en', 'ar'] });
  const keys = scenes.map((scene) => scene.key);
  assert.ok(keys.includes('elements-si-a--ready__sopact__sv'));
  assert.ok(!keys.includes('elements-si-a--ready__sopact__en'));
  // Without a story tagged arabic, Arabic is the Ready story on a right-to-left page.
  assert.ok(keys.includes('elements-si-a--ready__dark__ar'));
});

test('a story missing from the set is an error, not a silent gap', () => {
  const { problems } = scenesOf([entry('elements-si-b--loading'), entry('elements-si-c--ready')]);
  assert.ok(problems.some((problem) => problem.includes('si-b') && problem.includes('Ready')));
  assert.ok(problems.some((problem) => problem.includes('si-c') && problem.includes('NotFound')));
  assert.ok(problems.some((problem) => problem.includes(NEW_PARTS[0])));
});

test('the machine fingerprint: OS id, fonts in any order, and what differs', () => {
  assert.equal(osIdOf('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n'), 'debian 12');
  assert.deepEqual(fontsHashOf('b: B\na: A\n'), fontsHashOf('a: A\nb: B'));
  assert.notDeepEqual(fontsHashOf('a: A'), fontsHashOf('a: A\nb: B'));
  const here: MachineFingerprint = { chromium: 'Chrome/156', os: 'debian 12', fonts: 'abc', fontCount: 3 };
  assert.deepEqual(machineDifferences(here, { ...here }), []);
  assert.equal(machineDifferences({ ...here, chromium: 'Chrome/150' }, here).length, 1);
  assert.match(machineDifferences(undefined, here)[0], /no machine\.json/);
});
