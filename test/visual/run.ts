/**
 * The visual review (issue 20): `npm run test:visual` shoots a chosen set of stories of the BUILT
 * Storybook (storybook-static/, from `npm run build-storybook`) at 320 and 1280 px and compares each
 * with its committed baseline in test/visual/baselines/; `npm run test:visual -- --update` rewrites
 * the baselines and machine.json. Either way it writes an HTML report (baseline, new, diff) to
 * test/visual/report/ and into storybook-static/visual-report/, and ends with
 * `visual: N passed, M failed`. See docs/visual-review.md.
 *
 *   --update        rewrite the baselines (only those whose pixels changed) and machine.json
 *   --only=PIECE    only the scenes whose key contains PIECE (e.g. --only=project-card)
 *   CI=true         always compare strictly, whatever machine made the baselines
 *   SI_STORYBOOK_DIR  another build directory (default storybook-static)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { findBrowser } from '../tools/find-browser.js';
import { startStaticServer, type StaticServer } from '../tools/static-server.js';
import { launch, openPreview, readToolbar, shootScene, type Preview } from './capture.js';
import { comparePngs, formatShare, MAX_DIFFERENT_SHARE, PIXEL_THRESHOLD } from './compare.js';
import { describeMachine, machineDifferences, thisMachine, type MachineFingerprint } from './machine.js';
import { countByStatus, reportHtml, type ShotResult } from './report.js';
import { describeShot, scenesOf, shotsOf, TOOLBAR, WIDTHS, type IndexEntry, type Scene, type Shot, type Toolbar } from './scenes.js';

const STORYBOOK = resolve(process.env.SI_STORYBOOK_DIR ?? 'storybook-static');
const BASELINES = resolve('test/visual/baselines');
const MACHINE_FILE = join(BASELINES, 'machine.json');
const REPORT = resolve('test/visual/report');
const PUBLISHED_REPORT = join(STORYBOOK, 'visual-report');
/** Browsers shooting in parallel, one preview page each (the machine has 2 cores). */
const PAGES = 2;

const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? '';
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const started = performance.now();
const startedAt = new Date().toISOString();

function finish(passed: number, failed: number, skipped = 0): never {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`visual: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s)`);
  process.exit(failed > 0 ? 1 : 0);
}

function readIndex(): IndexEntry[] {
  const indexFile = join(STORYBOOK, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`visual: ${relative('.', indexFile)} is missing: run \`npm run build-storybook\` first (npm test does).`);
    finish(0, 1);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

function chosenScenes(entries: IndexEntry[], toolbar: Toolbar): Scene[] {
  const { scenes, problems } = scenesOf(entries, toolbar);
  if (problems.length > 0) {
    console.error(`visual: the story set is incomplete:\n  - ${problems.join('\n  - ')}`);
    finish(0, problems.length);
  }
  const chosen = scenes.filter((scene) => scene.key.includes(only));
  if (chosen.length === 0) {
    console.error(`visual: no scene's key contains "${only}" (keys are like elements-si-project-card--ready__dark__ar).`);
    finish(0, 1);
  }
  return chosen;
}

function browserOrSkip(total: number): string {
  const browser = findBrowser();
  if (browser) return browser;
  const where = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable browser` : 'no Chromium found';
  console.error(`visual: ${where}. Install it with \`apt-get install -y chromium\` (or set CHROME_PATH to a Chrome or Chromium).`);
  if (inCi) finish(0, 1);
  console.error('visual: skipped outside CI.');
  return finish(0, 0, total);
}

/** Shoots every scene, the previews sharing one queue. */
async function shootAll(previews: Preview[], scenes: Scene[]): Promise<Map<string, Buffer | Error>> {
  const shots = new Map<string, Buffer | Error>();
  const queue = [...scenes];
  await Promise.all(
    previews.map(async (preview) => {
      for (let scene = queue.shift(); scene; scene = queue.shift()) {
        const pngs = await shootScene(preview, scene, WIDTHS);
        shotsOf([scene]).forEach((shot, position) => shots.set(shot.file, pngs[position]));
      }
    }),
  );
  return shots;
}

/** The preview's toolbars; today's values if Storybook hides them (said, not silent). */
async function toolbarOf(preview: Preview): Promise<Toolbar> {
  const toolbar = await readToolbar(preview);
  if (toolbar) return toolbar;
  console.log(`visual: could not read the Storybook's Theme and Language toolbars; using ${TOOLBAR.themes.join(', ')} and ${TOOLBAR.languages.join(', ')}`);
  return TOOLBAR;
}

function readMachine(): MachineFingerprint | undefined {
  return existsSync(MACHINE_FILE) ? (JSON.parse(readFileSync(MACHINE_FILE, 'utf8')) as MachineFingerprint) : undefined;
}

/** Writes the report's copy of an image. */
function keep(folder: 'baseline' | 'new' | 'diff', file: string, png: Buffer): void {
  writeFileSync(join(REPORT, folder, file), png);
}

/** Compares (or, with --update, rewrites) one shot; writes its images into the report folder. */
function judge(shot: Shot, png: Buffer | Error): ShotResult {
  if (png instanceof Error) return { shot, status: 'error', note: png.message, images: { baseline: false, actual: false, diff: false } };
  keep('new', shot.file, png);
  const baselineFile = join(BASELINES, shot.file);
  if (!existsSync(baselineFile)) {
    if (update) writeFileSync(baselineFile, png);
    return { shot, status: update ? 'updated' : 'new', images: { baseline: false, actual: true, diff: false } };
  }
  const baseline = readFileSync(baselineFile);
  // Chromium encodes the same pixels to the same bytes: most shots need no pixel comparison.
  if (baseline.equals(png)) return { shot, status: 'passed', share: 0, images: { baseline: false, actual: true, diff: false } };
  const comparison = comparePngs(baseline, png);
  const differs = comparison.differentPixels > 0 || comparison.sizeChanged;
  const showDiff = update ? differs : comparison.changed;
  if (showDiff) {
    keep('baseline', shot.file, baseline);
    keep('diff', shot.file, comparison.diff);
  }
  if (update && differs) writeFileSync(baselineFile, png);
  const status = update ? (differs ? 'updated' : 'passed') : comparison.changed ? 'changed' : 'passed';
  const note = comparison.sizeChanged ? `size ${sizeText(baseline)} → ${sizeText(png)}` : undefined;
  return { shot, status, share: comparison.share, sizeChanged: comparison.sizeChanged, note, images: { baseline: showDiff, actual: true, diff: showDiff } };
}

function sizeText(png: Buffer): string {
  return `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
}

/** With --update over the whole set: baselines of shots no longer in the set are removed. */
function removeStale(shots: Shot[]): string[] {
  if (only) return [];
  const wanted = new Set(shots.map((shot) => shot.file));
  const stale = readdirSync(BASELINES).filter((file) => file.endsWith('.png') && !wanted.has(file));
  for (const file of stale) unlinkSync(join(BASELINES, file));
  return stale;
}

function prepareFolders(): void {
  rmSync(REPORT, { recursive: true, force: true });
  for (const folder of ['baseline', 'new', 'diff']) mkdirSync(join(REPORT, folder), { recursive: true });
  mkdirSync(BASELINES, { recursive: true });
}

/** The machine check: strict when in CI or on the baselines' machine; machine.json on --update. */
function checkMachine(here: MachineFingerprint): { sameMachine: boolean; notes: string[] } {
  if (update) {
    if (!only || !existsSync(MACHINE_FILE)) writeFileSync(MACHINE_FILE, `${JSON.stringify(here, null, 2)}\n`);
    return { sameMachine: true, notes: [`baselines written on ${describeMachine(here)}`] };
  }
  const differences = machineDifferences(readMachine(), here);
  if (differences.length === 0) return { sameMachine: true, notes: [`same machine as the baselines: ${describeMachine(here)}`] };
  return { sameMachine: false, notes: [`the baselines were made on another machine; this one: ${describeMachine(here)}`, ...differences] };
}

function printResults(results: ShotResult[], strict: boolean, stale: string[]): void {
  for (const result of results) {
    if (result.status === 'passed' || (result.status === 'updated' && !update)) continue;
    const measured = result.share === undefined ? '' : `: ${formatShare(result.share)} of pixels differ`;
    const note = result.note ? ` (${result.note})` : '';
    const counts = result.status === 'error' || strict ? '' : ' [not counted: another machine]';
    console.log(`  ${result.status.padEnd(7)} ${result.shot.scene.label} · ${describeShot(result.shot)}${measured}${note}${counts}`);
  }
  for (const file of stale) console.log(`  removed ${relative('.', join(BASELINES, file))} (no longer in the story set)`);
}

function publishReport(): string {
  rmSync(PUBLISHED_REPORT, { recursive: true, force: true });
  cpSync(REPORT, PUBLISHED_REPORT, { recursive: true });
  return relative('.', PUBLISHED_REPORT);
}

async function main(): Promise<void> {
  const entries = readIndex();
  const executable = browserOrSkip(shotsOf(chosenScenes(entries, TOOLBAR)).length);
  prepareFolders();
  let server: StaticServer | undefined;
  const browsers: Browser[] = [];
  try {
    server = await startStaticServer({ root: STORYBOOK });
    // One browser per preview page: a page behind another tab is hidden, and paints no frames.
    for (let count = 0; count < PAGES; count++) browsers.push(await launch(executable));
    const here = thisMachine(await browsers[0].version());
    const origin = server.url;
    const previews = await Promise.all(browsers.map((browser) => openPreview(browser, origin)));
    const scenes = chosenScenes(entries, await toolbarOf(previews[0]));
    const shots = shotsOf(scenes);
    const pngs = await shootAll(previews, scenes);
    const results = shots.map((shot) => judge(shot, pngs.get(shot.file) ?? new Error('not shot')));
    const stale = update ? removeStale(shots) : [];
    const { sameMachine, notes } = checkMachine(here);
    const strict = inCi || sameMachine;
    const seconds = (performance.now() - started) / 1000;
    writeFileSync(join(REPORT, 'index.html'), reportHtml(results, { startedAt, seconds, sameMachine, machineNotes: notes, strict }));
    const published = publishReport();
    if (!strict) warnOtherMachine(results, notes);
    printResults(results, strict, stale);
    conclude(results, strict, published);
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.close();
  }
}

/** Said first, so that nobody reads the differences below as failures of their change. */
function warnOtherMachine(results: ShotResult[], notes: string[]): void {
  const counts = countByStatus(results);
  console.log(
    `visual: THE BASELINES WERE MADE ON ANOTHER MACHINE: ${counts.changed + counts.new} differing shots are shown in the report, not failed (CI=true compares strictly; --update makes this machine's).`,
  );
  for (const line of notes) console.log(`  ${line}`);
}

function conclude(results: ShotResult[], strict: boolean, published: string): never {
  const counts = countByStatus(results);
  const differing = counts.changed + counts.new;
  console.log(`visual: ${scenesCount(results)} scenes, ${results.length} shots at ${WIDTHS.join(' and ')} px; threshold: more than ${formatShare(MAX_DIFFERENT_SHARE)} of pixels (pixelmatch ${PIXEL_THRESHOLD}) or a new size`);
  if (differing > 0 && strict && !update) console.log('visual: if the change is intended, run `npm run test:visual -- --update` and commit the baselines.');
  console.log(`visual: report ${relative('.', join(REPORT, 'index.html'))} (published in ${published}/index.html)`);
  if (update) console.log(`visual: ${counts.updated} baselines written, ${counts.passed} unchanged, in ${relative('.', BASELINES)}`);
  const failed = counts.error + (strict ? differing : 0);
  finish(counts.passed + counts.updated, failed, strict ? 0 : differing);
}

function scenesCount(results: ShotResult[]): number {
  return new Set(results.map((result) => result.shot.scene.key)).size;
}

main().catch((error: unknown) => {
  console.error(error);
  finish(0, 1);
});
