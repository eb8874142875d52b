import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-card.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { eventually, SAMPLE_FEED, shadow } from './helpers.js';

/** Whether the card shows itself as the one the page's address names (`#si-project-<id>`). */
function targeted(card: SiProjectCard): boolean {
  return shadow(card).querySelector('[part="card"]')?.classList.contains('targeted') ?? false;
}

/**
 * Every card on the page hears the address's fragment change through one shared listener: each
 * card connected, none left behind by a card that went away.
 */
describe('a card the address names (#si-project-<id>)', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('is outlined when the fragment changes to it, in every card, also after another card left', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <si-project-card feed=${SAMPLE_FEED} project="asif"></si-project-card>
      <si-project-card feed=${SAMPLE_FEED} project="joint-way"></si-project-card>
      <si-project-card feed=${SAMPLE_FEED} project="hallbart-skane"></si-project-card>
    </div>`);
    const [asif, jointWay, hallbart] = [...page.querySelectorAll<SiProjectCard>('si-project-card')];
    await eventually(() => [asif, jointWay, hallbart].every((card) => card.state === 'ready'), 'the cards');
    expect([asif, jointWay, hallbart].map(targeted)).to.deep.equal([false, false, false]);

    location.hash = 'si-project-joint-way';
    await eventually(() => targeted(jointWay), 'joint-way outlined');
    expect(targeted(asif)).to.equal(false);

    // The first card leaves the page: the others still follow the address.
    asif.remove();
    location.hash = 'si-project-hallbart-skane';
    await eventually(() => targeted(hallbart) && !targeted(jointWay), 'hallbart-skane outlined, joint-way not');

    // All gone, then one back: it listens again.
    jointWay.remove();
    hallbart.remove();
    page.append(jointWay);
    location.hash = 'si-project-joint-way';
    await eventually(() => targeted(jointWay), 'joint-way outlined again after reconnecting');
  });
});
