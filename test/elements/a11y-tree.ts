/**
 * The accessibility tree as a screen reader walks it, as lines of text: "heading 3: ASIF",
 * "link: ASIF", "status: Laddar projekt…"; and the protocol's scenarios mounted. Used by the
 * accessibility tests and their table of what must be heard (a11y-expectations.ts, quoted in
 * docs/accessibility.md).
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import { SCENARIO_FEEDS, type Scenario, type TestedLanguage } from './a11y-expectations.js';
import { capture, eventually, SAMPLE_FEED, settled, shadow } from './helpers.js';

/** What Chromium gives assistive tech for one node (puppeteer's SerializedAXNode, the fields used). */
export interface AccessibilityNode {
  role: string;
  name?: string;
  level?: number;
  valuetext?: string;
  valuemin?: number;
  valuemax?: number;
  value?: string | number;
  focused?: boolean;
  disabled?: boolean;
  children?: AccessibilityNode[];
}

/** Roles whose name is what is read: their descendants are not read again. */
const NAMED_LEAVES = new Set(['heading', 'link', 'button', 'progressbar', 'image', 'img', 'searchbox', 'combobox', 'textbox', 'option', 'MenuListPopup']);
/** Roles a screen reader says when entering them (with their name, if any). */
const CONTAINERS = new Set(['list', 'listitem', 'article', 'group', 'search', 'form', 'region', 'status']);

function hasLink(node: AccessibilityNode): boolean {
  return node.children?.some((child) => child.role === 'link' || hasLink(child)) ?? false;
}

/** The text a node holds, its pieces joined as a screen reader reads them on one line. */
function joinedText(node: AccessibilityNode): string {
  const pieces: string[] = [];
  const visit = (child: AccessibilityNode) => {
    if (child.role === 'StaticText') pieces.push(child.name ?? '');
    else child.children?.forEach(visit);
  };
  node.children?.forEach(visit);
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/** Whether a node holds only text (no control, heading, list…): it is read as one line. */
function onlyText(node: AccessibilityNode): boolean {
  return (node.children ?? []).every((child) => child.role === 'StaticText' || (INLINE.has(child.role) && onlyText(child)));
}
const INLINE = new Set(['generic', 'none', 'LineBreak', 'InlineTextBox', 'strong', 'emphasis', 'code']);

function describe(node: AccessibilityNode): string {
  const heading = node.role === 'heading' && node.level ? `heading ${node.level}${hasLink(node) ? ', link' : ''}` : undefined;
  const role = heading ?? node.role;
  const name = node.name?.replace(/\s+/g, ' ').trim() ?? '';
  const value = node.role === 'progressbar' && node.valuetext ? ` (${node.valuetext})` : '';
  return name ? `${role}: ${name}${value}` : `${role}${value}`;
}

/**
 * The lines of `tree` in reading order. A list's line says how many items it has ("list (5)"),
 * as screen readers do; a heading holding a link says so ("heading 3, link: ASIF"); a run of text
 * with no control in it is one line, as it is read.
 */
export function readingLines(tree: AccessibilityNode): string[] {
  const lines: string[] = [];
  const visit = (node: AccessibilityNode) => {
    if (NAMED_LEAVES.has(node.role)) {
      lines.push(describe(node));
      return;
    }
    if (node.role === 'status') {
      const text = joinedText(node);
      lines.push(text ? `status: ${text}` : 'status');
      return;
    }
    if (node.role === 'list') {
      const items = node.children?.filter((child) => child.role === 'listitem').length ?? 0;
      lines.push(`list (${items})${node.name ? `: ${node.name}` : ''}`);
    } else if (CONTAINERS.has(node.role)) lines.push(describe(node));
    else if (node.role === 'StaticText' || (node.children?.length && onlyText(node))) {
      const text = node.role === 'StaticText' ? (node.name ?? '').replace(/\s+/g, ' ').trim() : joinedText(node);
      if (text) lines.push(`text: ${text}`);
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return lines;
}

/** The page's reading lines now. */
export async function pageReadingLines(): Promise<string[]> {
  const tree = await executeServerCommand<AccessibilityNode | null, undefined>('accessibility-tree');
  return tree ? readingLines(tree) : [];
}

const FEED_URLS: Record<string, string> = {
  sample: SAMPLE_FEED,
  // Answers only after the test: the element stays loading.
  never: '/test-feeds/slow?ms=600000',
  'status-404': '/test-feeds/status/404',
};

/** The scenario's element, in a container with `lang` as a partner's page would set it, settled in its state. */
export async function mountScenario(scenario: Scenario, lang: TestedLanguage): Promise<SiFeedElement<unknown>> {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}></div>`);
  const element = document.createElement(scenario.element) as SiFeedElement<unknown>;
  for (const [name, value] of Object.entries(scenario.attributes)) {
    element.setAttribute(name, name === 'feed' ? (FEED_URLS[value] ?? value) : value);
  }
  element.setAttribute('timeout', '600000');
  if (scenario.data) element.data = structuredClone(SCENARIO_FEEDS[scenario.data]);
  await capture('error', async () => {
    box.append(element);
    await settled(element, [scenario.state]);
  });
  // An Arabic element says nothing until its words have loaded, then says it is loading.
  const liveRegion = shadow(element).querySelector('[part="live-region"]')!;
  if (scenario.state === 'loading') await eventually(() => liveRegion.textContent!.trim() !== '', 'a loading announcement');
  return element;
}
