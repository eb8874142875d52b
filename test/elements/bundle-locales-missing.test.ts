/**
 * dist/si-widgets.js whose language chunks are gone (a CDN that kept only the bundle, a CSP that
 * blocks them): elements fall back to Swedish, marked as such, and say so once in the console.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { NO_PROJECTS_FEED, NO_PROJECTS_MESSAGE, capture, emptyViewText, settled, shadow } from './helpers.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';


it('falls back to Swedish when the Arabic chunk cannot be loaded, without throwing', async () => {
  const bundle = '/test-cdn/no-locales/cdn/si-widgets.js';
  if (!(await fetch(bundle)).ok) throw new Error('dist/si-widgets.js is missing: run `npm run build` first');
  await import(/* @vite-ignore */ bundle);
  const errors = await capture('error', async () => {
    const lists = await Promise.all(
      [1, 2].map(() => fixture<SiProjectList>(html`<si-project-list lang="ar" .data=${NO_PROJECTS_FEED}></si-project-list>`)),
    );
    for (const list of lists) {
      await settled(list);
      expect(list.state).to.equal('empty');
      expect(emptyViewText(list)).to.equal(NO_PROJECTS_MESSAGE.sv);
      expect(shadow(list).querySelector('.content')!.getAttribute('lang')).to.equal('sv');
      expect(list.getAttribute('dir')).to.equal('ltr');
    }
  });
  expect(errors).to.have.length(1);
  expect(errors[0]).to.contain('"ar" texts could not be loaded');
});
