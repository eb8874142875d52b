import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SiFeedElement, WidgetState } from '../../src/core/feed-element.js';

export const SAMPLE_FEED = '/src/public/feeds/sample.json';

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
