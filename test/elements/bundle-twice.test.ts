import { expect, fixture, html } from '@open-wc/testing';
import { capture, settled, uniqueKey } from './helpers.js';

type Bundle = typeof import('../../src/si-widgets.js');

/** The built one-file bundle, as a host page would load it from two URLs. */
const FIRST = '/dist/si-widgets.js';
const SECOND = '/dist/si-widgets.js?copy=2';

describe('dist/si-widgets.js loaded twice, from two URLs', () => {
  it('never throws, says nothing, and both copies share one feed request', async () => {
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
    expect(first.SiProjectList).not.to.equal(second.SiProjectList);
    expect(customElements.get('si-project-list')).to.equal(first.SiProjectList);

    const list = await fixture(html`<si-project-list feed="/src/public/feeds/sample.json"></si-project-list>`);
    await settled(list as InstanceType<Bundle['SiProjectList']>);
    expect(list.getAttribute('state')).to.equal('ready');

    const key = uniqueKey('two-copies');
    const url = `/test-feeds/counted/${key}.json`;
    const states: string[] = [];
    await new Promise<void>((resolve) => {
      let ready = 0;
      for (const bundle of [first, second]) {
        bundle.subscribeFeed(url, (state) => {
          states.push(state.status);
          if (state.status === 'ready' && ++ready === 2) resolve();
        });
      }
    });
    expect(await (await fetch(`/test-feeds/count/${key}`)).json()).to.equal(1);
  });
});
