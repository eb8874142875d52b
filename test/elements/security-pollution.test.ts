/**
 * Attack replay: prototype pollution keys at every level of a feed, and ids that are names of
 * Object.prototype's members (issue 19, "Keep it that way"). The feed arrives as JSON text, as from
 * a server (JSON.parse makes "__proto__" an own key). Nothing reaches Object.prototype, and the
 * valid items are still shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { capture, settled, shadow, textOf } from './helpers.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import './security-helpers.js';

const KEYS = ['__proto__', 'constructor', 'prototype'];
const POLLUTION = { polluted: 'yes', toString: 'polluted', hasOwnProperty: 'polluted', sv: 'polluted', version: 2 };

/** The JSON text of a small valid feed with `extra` merged in at the level `where` names. */
function feedText(where: string, extra: Record<string, unknown>): string {
  const goal = { id: 'g1', title: { sv: 'Mål', ...(where === 'text' ? extra : {}) }, target: 10, current: 3, ...(where === 'goal' ? extra : {}) };
  const ref = { id: 'org', role: 'lead', ...(where === 'ref' ? extra : {}) };
  const project = { id: 'p1', title: 'Projekt ett', organizations: [ref], goals: [goal], ...(where === 'project' ? extra : {}) };
  const organization = { id: 'org', name: 'Organisationen', ...(where === 'organization' ? extra : {}) };
  return JSON.stringify({ version: 1, organizations: [organization], projects: [project], ...(where === 'root' ? extra : {}) });
}

/** JSON text with `key` as a real key (JSON.stringify of an object literal would drop __proto__). */
function withKey(where: string, key: string): string {
  return feedText(where, { POLLUTION_KEY: POLLUTION }).replace('"POLLUTION_KEY"', JSON.stringify(key));
}

function feedUrl(text: string): string {
  return `/test-feeds/json?body=${encodeURIComponent(text)}`;
}

function expectPrototypesClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted, 'Object.prototype.polluted').to.equal(undefined);
  expect(typeof probe.toString).to.equal('function');
  expect(typeof probe.hasOwnProperty).to.equal('function');
  expect(Object.keys(Object.prototype)).to.deep.equal([]);
  expect(Object.keys(Array.prototype)).to.deep.equal([]);
}

async function renderAll(feed: string, project: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div>
    <si-project-list feed=${feed} structured-data filters="search organization topic municipality status sort"></si-project-list>
    <si-project-card feed=${feed} project=${project}></si-project-card>
    <si-goal-progress feed=${feed} project=${project}></si-goal-progress>
    <si-partner-list feed=${feed}></si-partner-list>
  </div>`);
  for (const element of root.children) await settled(element as SiFeedElement<unknown>);
  return root;
}

describe('attack replay: prototype pollution', () => {
  afterEach(expectPrototypesClean);

  for (const where of ['root', 'organization', 'project', 'ref', 'goal', 'text']) {
    for (const key of KEYS) {
      it(`ignores a "${key}" key in the ${where} and shows the feed`, async () => {
        let root!: HTMLElement;
        await capture('warn', async () => {
          root = await renderAll(feedUrl(withKey(where, key)), 'p1');
        });
        expectPrototypesClean();
        for (const element of root.children) expect(element.getAttribute('state'), element.localName).to.equal('ready');
        expect(textOf(root.querySelector('si-project-card')!)).to.contain('Projekt ett');
      });
    }
  }

  it('shows projects, organisations, goals, topics and languages named like Object.prototype members', async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
    const text = JSON.stringify({
      version: 1,
      organizations: names.map((id) => ({ id, name: `Org ${id}` })),
      projects: names.map((id) => ({
        id,
        title: `Projekt ${id}`,
        organizations: [{ id, role: 'lead' }],
        topics: [id],
        municipalities: [id],
        goals: [{ id, title: `Mål ${id}`, target: 5 }],
      })),
    });
    for (const id of names) {
      const root = await renderAll(feedUrl(text), id);
      expectPrototypesClean();
      for (const element of root.children) expect(element.getAttribute('state'), `${element.localName} of ${id}`).to.equal('ready');
      expect(textOf(root.querySelector('si-project-card')!)).to.contain(`Projekt ${id}`);
      expect(textOf(root.querySelector('si-goal-progress')!)).to.contain(`Mål ${id}`);
      const list = root.querySelector('si-project-list')!;
      expect(shadow(list).querySelectorAll('li[part="item"]').length).to.equal(names.length);
    }
  });

  it('finds nothing for a project attribute naming an Object.prototype member that is not in the feed', async () => {
    for (const project of ['__proto__', 'constructor', 'toString']) {
      let card!: Element;
      await capture('error', async () => {
        card = (await renderAll(feedUrl(feedText('root', {})), project)).querySelector('si-project-card')!;
      });
      expect(card.getAttribute('state'), project).to.be.oneOf(['empty', 'error']);
    }
  });
});
