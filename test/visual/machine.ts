/**
 * The machine the baselines belong to. Text rendering differs between Chromium versions, operating
 * systems and installed fonts, so a baseline only means something on the kind of machine that made
 * it (CI's: Debian with Debian's Chromium and fonts). Stored beside the baselines as machine.json.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface MachineFingerprint {
  /** The browser's own version string, e.g. "HeadlessChrome/156.0.8078.114". */
  chromium: string;
  /** ID and VERSION_ID from /etc/os-release, e.g. "debian 12". */
  os: string;
  /** SHA-256 (first 16 hex digits) of the sorted `fc-list` output: the installed fonts. */
  fonts: string;
  /** How many fonts `fc-list` listed, to make a difference readable. */
  fontCount: number;
}

/** "debian 12" from the text of /etc/os-release. */
export function osIdOf(osRelease: string): string {
  const field = (name: string) => osRelease.match(new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm'))?.[1] ?? '';
  return [field('ID'), field('VERSION_ID')].filter(Boolean).join(' ') || 'unknown';
}

/** A stable hash of a font list: its lines sorted, so fc-list's order does not matter. */
export function fontsHashOf(fcList: string): { fonts: string; fontCount: number } {
  const lines = fcList
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .sort();
  return { fonts: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16), fontCount: lines.length };
}

function readOr(read: () => string, fallback: string): string {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** This machine's fingerprint; `chromium` is the launched browser's `browser.version()`. */
export function thisMachine(chromium: string): MachineFingerprint {
  const os = osIdOf(readOr(() => readFileSync('/etc/os-release', 'utf8'), ''));
  const fcList = readOr(() => execFileSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), '');
  return { chromium, os, ...fontsHashOf(fcList) };
}

/** What differs between the baselines' machine and this one, in words; empty when they match. */
export function machineDifferences(baselines: MachineFingerprint | undefined, here: MachineFingerprint): string[] {
  if (!baselines) return ['the baselines have no machine.json (run with --update to write one)'];
  const differences: string[] = [];
  if (baselines.chromium !== here.chromium) differences.push(`Chromium: baselines ${baselines.chromium}, here ${here.chromium}`);
  if (baselines.os !== here.os) differences.push(`OS: baselines ${baselines.os}, here ${here.os}`);
  if (baselines.fonts !== here.fonts) {
    differences.push(`fonts (fc-list): baselines ${baselines.fontCount} fonts (${baselines.fonts}), here ${here.fontCount} (${here.fonts})`);
  }
  return differences;
}

export function describeMachine(machine: MachineFingerprint): string {
  return `${machine.chromium} on ${machine.os}, ${machine.fontCount} fonts (${machine.fonts})`;
}
