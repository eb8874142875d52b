/**
 * The visual review's HTML report: a static page (no script) with baseline, new and diff side by
 * side for every shot, the changed ones first. Every text in it (story names come from the stories,
 * which show feed text; messages come from the browser) is escaped; image paths are built only from
 * shot file names. Pure: the runner writes the page and the PNGs it names.
 */
import { escapeHtml } from '../../src/site/snippets.js';
import { formatShare, MAX_DIFFERENT_SHARE, PIXEL_THRESHOLD } from './compare.js';
import { describeShot, type Shot } from './scenes.js';

/**
 * - `changed`: differs from its baseline above the threshold (fails);
 * - `new`: no baseline yet (fails: run with --update);
 * - `error`: the story could not be shown or shot (fails);
 * - `passed`: within the threshold;
 * - `updated`: the baseline was rewritten (--update).
 */
export type ShotStatus = 'changed' | 'new' | 'error' | 'passed' | 'updated';

export interface ShotResult {
  shot: Shot;
  status: ShotStatus;
  /** Share of pixels that differ, when compared. */
  share?: number;
  sizeChanged?: boolean;
  /** Why the shot could not be taken, or its size change, in words. */
  note?: string;
  /** Which images the report has for this shot (under baseline/, new/, diff/ by the shot's file name). */
  images: { baseline: boolean; actual: boolean; diff: boolean };
}

export interface ReportSummary {
  /** When the run started (ISO). */
  startedAt: string;
  /** Seconds the run took. */
  seconds: number;
  /** The baselines were made on this kind of machine (else: differences are shown, not failed). */
  sameMachine: boolean;
  /** Lines about the machine: what differs from the baselines' machine, or that it matches. */
  machineNotes: string[];
  /** Whether differences fail this run (CI, or the baselines' own machine). */
  strict: boolean;
}

const ORDER: Record<ShotStatus, number> = { error: 0, changed: 1, new: 2, updated: 3, passed: 4 };
const STATUS_WORDS: Record<ShotStatus, string> = {
  error: 'could not be shot',
  changed: 'changed',
  new: 'new (no baseline)',
  updated: 'baseline updated',
  passed: 'unchanged',
};

/** Errors, then changes (largest first), then new shots, then the rest in story order. */
export function sortedForReport(results: ShotResult[]): ShotResult[] {
  return results
    .map((result, position) => ({ result, position }))
    .sort((a, b) => ORDER[a.result.status] - ORDER[b.result.status] || (b.result.share ?? 0) - (a.result.share ?? 0) || a.position - b.position)
    .map(({ result }) => result);
}

export function countByStatus(results: ShotResult[]): Record<ShotStatus, number> {
  const counts: Record<ShotStatus, number> = { error: 0, changed: 0, new: 0, updated: 0, passed: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** A path under the report folder, from a shot's file name (already [a-z0-9_-.] only) and a folder. */
function imagePath(folder: 'baseline' | 'new' | 'diff', shot: Shot): string {
  return escapeHtml(`${folder}/${encodeURIComponent(shot.file)}`);
}

function figure(folder: 'baseline' | 'new' | 'diff', caption: string, shot: Shot): string {
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption><a href="${imagePath(folder, shot)}"><img src="${imagePath(folder, shot)}" alt="${escapeHtml(`${caption}: ${shot.scene.label}, ${describeShot(shot)}`)}" loading="lazy"></a></figure>`;
}

function shotSection(result: ShotResult): string {
  const { shot, status, images } = result;
  const figures = [
    images.baseline ? figure('baseline', 'Baseline', shot) : '',
    images.actual ? figure('new', 'New', shot) : '',
    images.diff ? figure('diff', 'Difference (red)', shot) : '',
  ].join('');
  const measured = result.share === undefined ? '' : ` · ${formatShare(result.share)} of pixels differ`;
  const note = result.note ? `<p class="note">${escapeHtml(result.note)}</p>` : '';
  return `<section class="shot ${status}" id="${escapeHtml(shot.file)}">
<h3>${escapeHtml(shot.scene.label)}</h3>
<p class="meta"><strong class="status">${escapeHtml(STATUS_WORDS[status])}</strong> · ${escapeHtml(describeShot(shot))}${escapeHtml(measured)} · <code>${escapeHtml(shot.scene.storyId)}</code></p>
${note}<div class="figures">${figures}</div>
</section>`;
}

function summaryHtml(results: ShotResult[], summary: ReportSummary): string {
  const counts = countByStatus(results);
  const items = (Object.keys(STATUS_WORDS) as ShotStatus[])
    .filter((status) => counts[status] > 0)
    .map((status) => `<li class="${status}">${counts[status]} ${escapeHtml(STATUS_WORDS[status])}</li>`)
    .join('');
  const machine = summary.machineNotes.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const strictness = summary.strict
    ? 'Differences fail the test.'
    : 'These baselines were made on another machine: differences are shown here but do not fail the test (in CI they do).';
  return `<ul class="counts">${items}</ul>
<p>${escapeHtml(strictness)} A shot fails when more than ${escapeHtml(formatShare(MAX_DIFFERENT_SHARE))} of its pixels differ by more than pixelmatch's threshold ${PIXEL_THRESHOLD}, or when its size changes.</p>
<details${summary.sameMachine ? '' : ' open'}><summary>Machine</summary><ul>${machine}</ul></details>
<p class="meta">Run ${escapeHtml(summary.startedAt)}, ${escapeHtml(summary.seconds.toFixed(1))} s, ${results.length} shots.</p>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:110rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.05rem;margin:0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
.counts li{padding:.2rem .6rem;border-radius:1rem;border:1px solid #8a96a3}
.counts .changed,.counts .error,.counts .new{border-color:#b3261e;color:#b3261e;font-weight:600}
.shot{border-top:1px solid #d0d7de;padding:1rem 0}
.shot.changed .status,.shot.error .status,.shot.new .status{color:#b3261e}
.meta{color:#4b5563;margin:.2rem 0}.note{color:#b3261e}
.figures{display:flex;gap:1rem;align-items:flex-start}
figure{margin:0;max-width:calc((100% - 2rem) / 3)}figcaption{font-size:.85rem;color:#4b5563}
summary h2{display:inline}
img{display:block;max-width:100%;height:auto;border:1px solid #d0d7de;background:repeating-conic-gradient(#eee 0 25%,#fff 0 50%) 0 0/16px 16px}
`;

/** The whole report page. */
export function reportHtml(results: ShotResult[], summary: ReportSummary): string {
  const sorted = sortedForReport(results);
  const needsLook = sorted.filter((result) => result.status !== 'passed');
  const unchanged = sorted.filter((result) => result.status === 'passed');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>si-widgets visual review</title>
<style>${STYLE}</style>
</head>
<body>
<h1>si-widgets visual review</h1>
${summaryHtml(results, summary)}
<h2>To look at (${needsLook.length})</h2>
${needsLook.map(shotSection).join('\n') || '<p>Nothing changed.</p>'}
<details><summary><h2>Unchanged (${unchanged.length})</h2></summary>
${unchanged.map(shotSection).join('\n')}
</details>
</body>
</html>
`;
}
