import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { SiFeedElement, WidgetState } from '../../src/core/feed-element.js';
// Registers window.axe before chai-a11y-axe looks for it, so that it runs the configured instance.
import 'axe-core/axe.min.js';

type Axe = typeof import('axe-core');

/** The axe instance `to.be.accessible()` runs. */
export const axe = (window as unknown as { axe: Axe }).axe;

/**
 * chai-a11y-axe calls `axe.run` with axe's defaults, which leave WCAG 2.2 rules off (`target-size`,
 * 2.5.8). We build to WCAG 2.2 AA, so every rule tagged `wcag22aa` is switched on for all tests.
 */
export const WCAG22_RULES = axe.getRules(['wcag22aa']).map((rule) => rule.ruleId);
axe.configure({ rules: WCAG22_RULES.map((id) => ({ id, enabled: true })) });

export const SAMPLE_FEED = '/src/public/feeds/sample.json';

/** A feed with no projects: a list of it shows the shared empty view. */
export const NO_PROJECTS_FEED = { version: 1, organizations: [], projects: [] };

/** What the empty view says for a list with no projects, per language. */
export const NO_PROJECTS_MESSAGE = {
  sv: 'Det finns inga projekt att visa.',
  en: 'There are no projects to show.',
  ar: 'لا توجد مشاريع لعرضها.',
} as const;

/** The text of the element's empty view, trimmed. */
export function emptyViewText(element: Element): string {
  const view = shadow(element).querySelector('[part="empty"]');
  if (!view) throw new Error(`<${element.localName}> shows no empty view (its state is "${element.getAttribute('state')}")`);
  return (view.textContent ?? '').trim();
}

/** Resolves when the element's `state` is one of `states` (it may already be). */
export async function settled<T extends SiFeedElement<unknown>>(
  element: T,
  states: readonly WidgetState[] = ['ready', 'empty', 'error'],
): Promise<T> {
  await element.updateComplete;
  while (!states.includes(element.state)) {
    await oneEvent(element, 'si-state-change');
    await element.updateComplete;
  }
  return element;
}

export async function settledFixture<T extends SiFeedElement<unknown>>(template: TemplateResult): Promise<T> {
  return settled(await fixture<T>(template));
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/** Visible text of the element's shadow tree, whitespace folded. */
export function textOf(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Captures console calls of one kind while `run` runs. */
export async function capture(
  kind: 'warn' | 'error',
  run: () => Promise<void>,
): Promise<string[]> {
  const messages: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return messages;
}

let counter = 0;
/** A key no other test uses, for the counting endpoints. */
export function uniqueKey(prefix: string): string {
  counter++;
  return `${prefix}-${Date.now()}-${counter}`;
}

/** Waits, without a tight deadline, until `check` holds; `message` says what was awaited. */
export async function eventually(check: () => boolean, message: string): Promise<void> {
  await waitUntil(check, message, { timeout: 8000, interval: 20 });
}

/** Emulates `forced-colors: active` (Windows High Contrast) in the test browser, or stops it. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', active);
}

/** A real mouse click (left, or middle) in the middle of `element` (of its first line, for a link that wraps). */
export async function click(element: Element, button: 'left' | 'middle' = 'left'): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getClientRects()[0];
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)], button });
}
