/**
 * Issue #12: a feed using the new fields still loads in a 0.1.0 bundle, which ignores what it does
 * not know. The bundle is test/fixtures/si-widgets-0.1.0.js (see test/fixtures/README.md); only
 * it defines the elements on this page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import { capture, settled, textOf } from './helpers.js';

const EXAMPLE_FULL = '/src/public/feeds/example-full.json';

describe('example-full.json in the 0.1.0 bundle', () => {
  before(async () => {
    await import('/test/fixtures/si-widgets-0.1.0.js' as string);
    const card = customElements.get('si-project-card') as CustomElementConstructor & { siVersion?: string };
    expect(card.siVersion).to.equal('0.1.0');
  });

  for (const [tag, template, shows] of [
    ['si-project-card', html`<si-project-card feed=${EXAMPLE_FULL} project="exempel-grona-gardar" lang="sv"></si-project-card>`, 'Exempelprojektet Gröna gårdar'],
    ['si-goal-progress', html`<si-goal-progress feed=${EXAMPLE_FULL} project="exempel-grona-gardar" lang="sv"></si-goal-progress>`, 'Sociala företag som deltar'],
    ['si-project-list', html`<si-project-list feed=${EXAMPLE_FULL} lang="sv"></si-project-list>`, 'Exempelplattformen för social innovation'],
  ] as const) {
    it(`<${tag}> is ready, shows the project, and says nothing is wrong`, async () => {
      let element: SiFeedElement<unknown> | undefined;
      const errors: string[] = [];
      const warnings = await capture('warn', async () => {
        errors.push(
          ...(await capture('error', async () => {
            element = await settled(await fixture<SiFeedElement<unknown>>(template));
          })),
        );
      });
      expect(element?.getAttribute('state')).to.equal('ready');
      expect(textOf(element as Element)).to.contain(shows);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  }
});
