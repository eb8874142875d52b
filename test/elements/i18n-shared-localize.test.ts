/**
 * A host app that uses @lit/localize itself and shares our copy (the npm build, deduplicated by
 * its bundler), and configured it first. @lit/localize allows one configuration per copy: our
 * elements must neither throw nor break the host's, and say so in the console once.
 * (Its own page: the configuration below is for the whole page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import { SAMPLE_FEED, capture, settled, shadow, textOf } from './helpers.js';

const hostTemplates = { s8c0ec8d1fb9e6e32: 'Bonjour' };
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: hostTemplates }),
});

describe('a host page that configured @lit/localize first (npm build, shared copy)', () => {
  it('keeps working: Swedish words marked lang="sv", one console warning, the host still translates', async () => {
    await import('../../src/define/project-list.js');
    const warnings = await capture('warn', async () => {
      for (const lang of ['en', 'ar']) {
        const list = await fixture<SiProjectList>(html`<si-project-list lang=${lang} feed=${SAMPLE_FEED}></si-project-list>`);
        await settled(list);
        expect(list.state).to.equal('ready');
        expect(textOf(list)).to.contain('Projektägare:');
        expect(shadow(list).querySelector('.content')!.getAttribute('lang')).to.equal('sv');
        expect(list.getAttribute('dir')).to.equal('ltr');
      }
    });
    expect(warnings.filter((warning) => warning.includes('@lit/localize'))).to.have.length(1);
    expect(warnings[0]).to.contain('si-widgets.js');

    await host.setLocale('fr');
    expect(host.getLocale()).to.equal('fr');
    expect(msg('Hello', { id: 's8c0ec8d1fb9e6e32' })).to.equal('Bonjour');
  });
});
