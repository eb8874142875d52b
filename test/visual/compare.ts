/**
 * The visual review's comparison: a new screenshot against its baseline, pixel by pixel. Pure
 * (PNG buffers in, a verdict and a diff PNG out), tested in Node (test/data/visual-review.test.ts).
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * pixelmatch's per-pixel colour distance (0 to 1, in YIQ space) under which two pixels count as
 * the same. Half of pixelmatch's default 0.1: at 0.1 the accent token moved from #0a5a9c to
 * #1565c0, a change anyone sees side by side, passed unnoticed; at 0.05 it fails in 48 of 110
 * shots. Noise needs no more room: on the baselines' machine Chromium draws the same pixels, byte
 * for byte, run after run.
 */
export const PIXEL_THRESHOLD = 0.05;

/**
 * A shot fails when more than this share of its pixels differ: 0.1 %, i.e. 1 pixel in 1,000. A
 * changed colour token, spacing step or font size changes far more than that; a line of
 * anti-aliasing that moved does not (pixelmatch also skips pixels it detects as anti-aliasing).
 */
export const MAX_DIFFERENT_SHARE = 0.001;

export interface Comparison {
  /** Pixels that differ (after padding the smaller image, when the sizes differ). */
  differentPixels: number;
  /** Pixels of the larger of the two images. */
  totalPixels: number;
  /** differentPixels / totalPixels. */
  share: number;
  /** True when the images have different widths or heights (always a failure). */
  sizeChanged: boolean;
  /** True when the shot fails: size changed, or share above MAX_DIFFERENT_SHARE. */
  changed: boolean;
  /** The differing pixels in red over a faded copy of the baseline. */
  diff: Buffer;
}

/** The image on a canvas of the given size, the rest transparent (so a grown area differs). */
function padded(image: PNG, width: number, height: number): Buffer {
  if (image.width === width && image.height === height) return image.data;
  const canvas = new PNG({ width, height });
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas.data;
}

export function comparePngs(baseline: Buffer, actual: Buffer): Comparison {
  const before = PNG.sync.read(baseline);
  const after = PNG.sync.read(actual);
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const diff = new PNG({ width, height });
  const differentPixels = pixelmatch(padded(before, width, height), padded(after, width, height), diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  const totalPixels = width * height;
  const share = totalPixels === 0 ? 0 : differentPixels / totalPixels;
  const sizeChanged = before.width !== after.width || before.height !== after.height;
  return {
    differentPixels,
    totalPixels,
    share,
    sizeChanged,
    changed: sizeChanged || share > MAX_DIFFERENT_SHARE,
    diff: PNG.sync.write(diff),
  };
}

/** "0.42 %" (two decimals; "0 %" only when nothing differs). */
export function formatShare(share: number): string {
  return share === 0 ? '0 %' : `${(share * 100).toFixed(2)} %`;
}

/** Width × height of a PNG, from its header. */
export function sizeOf(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
