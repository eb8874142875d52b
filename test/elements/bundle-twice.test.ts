import { expect, fixture, html } from '@open-wc/testing';
import { capture, settled, uniqueKey } from './helpers.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';

type Bundle = typeof import('../../src/autoload.js');

/** The built bundle, as a host page would load it from two URLs. */
const FIRST = '/dist/si-widgets.js';
const SECOND = '/dist/si-widgets.js?copy=2';

/** How many times the page fetched a script whose path starts with `prefix`. */
function scriptsLoaded(prefix: string): number {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.initiatorType !== 'fetch' && new URL(entry.name).pathname.startsWith(prefix),
  ).length;
}

describe('dist/si-widgets.js loaded twice, from two URLs', () => {
  it('never throws, says nothing, loads each element once, and elements of both share one feed request', async () => {
    let first!: Bundle;
    let second!: Bundle;
    const warnings = await capture('warn', async () => {
      const errors = await capture('error', async () => {
        first = await import(/* @vite-ignore */ FIRST);
        second = await import(/* @vite-ignore */ SECOND);
      });
      expect(errors).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([]);
    expect(first, 'two copies ran').not.to.equal(second);

    const list = await fixture<SiProjectList>(html`<si-project-list feed="/src/public/feeds/sample.json"></si-project-list>`);
    await settled(list);
    expect(list.getAttribute('state')).to.equal('ready');
    expect(scriptsLoaded('/dist/chunks/project-list-'), 'the list code, once').to.equal(1);

    const key = uniqueKey('two-copies');
    const url = `/test-feeds/counted/${key}.json`;
    const elements = await fixture(html`<div>
      <si-project-list feed=${url}></si-project-list>
      <si-project-card feed=${url} project="asif"></si-project-card>
    </div>`);
    for (const element of elements.children) await settled(element as SiProjectList);
    expect([...elements.children].map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready']);
    expect(await (await fetch(`/test-feeds/count/${key}`)).json()).to.equal(1);
  });
});
