/**
 * Attack replay: deep nesting and churn (issue 19, "Keep it that way"). 100,000 levels of arrays or
 * objects anywhere in a feed neither throw nor hang the validator (what `si-feed validate` runs) or
 * the elements, and the valid items beside them are shown; a feed attribute changed 100 times in
 * half a second ends on the last feed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeed } from '../../src/data/validate.js';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { SAMPLE_FEED, capture, settled, textOf } from './helpers.js';

const DEPTH = 100_000;
const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const PROJECT = '{"id":"ok","title":"Ett giltigt projekt","organizations":[]}';

/** [where, feed text] with the deep value at that place. */
function deepFeeds(deep: string): [string, string][] {
  return [
    ['an unknown root field', `{"version":1,"organizations":[],"projects":[${PROJECT}],"x":${deep}}`],
    ['an unknown project field', `{"version":1,"organizations":[],"projects":[{"id":"ok","title":"Ett giltigt projekt","organizations":[],"x":${deep}}]}`],
    ['a project title', `{"version":1,"organizations":[],"projects":[${PROJECT},{"id":"deep","title":${deep},"organizations":[]}]}`],
    ['the projects list', `{"version":1,"organizations":[],"projects":[${PROJECT},${deep}]}`],
    ['the organisations list', `{"version":1,"organizations":[${deep}],"projects":[${PROJECT}]}`],
    ['a topic and a goal', `{"version":1,"organizations":[],"projects":[{"id":"ok","title":"Ett giltigt projekt","organizations":[],"topics":[${deep}],"goals":[${deep}]}]}`],
  ];
}

describe('attack replay: deep nesting', () => {
  for (const [shape, deep] of [['arrays', deepArray], ['objects', deepObject]] as const) {
    for (const [where, text] of deepFeeds(deep)) {
      it(`keeps the valid project with ${DEPTH.toLocaleString('en')} levels of ${shape} in ${where}`, async () => {
        const started = performance.now();
        const result = parseFeed(text);
        expect(result.ok).to.equal(true);
        expect(result.ok && result.feed.projects.map((p) => p.id)).to.deep.equal(['ok']);
        let list!: SiProjectList;
        await capture('warn', async () => {
          list = await settled(await fixture<SiProjectList>(html`<si-project-list .data=${JSON.parse(text)}></si-project-list>`));
        });
        expect(list.state).to.equal('ready');
        expect(textOf(list)).to.contain('Ett giltigt projekt');
        expect(performance.now() - started, 'milliseconds').to.be.below(3000);
      });
    }
  }

  it('refuses a feed that is nothing but deep nesting, saying so', async () => {
    for (const text of [deepArray, deepObject]) {
      const result = parseFeed(text);
      expect(result.ok).to.equal(false);
    }
  });
});

describe('attack replay: churn', () => {
  it('ends on the last feed when the feed attribute changes 100 times in half a second', async () => {
    const card = await fixture<SiProjectCard>(html`<si-project-card project="asif"></si-project-card>`);
    await capture('error', async () => {
      for (let i = 0; i < 100; i++) {
        card.setAttribute('feed', i % 2 ? `/test-feeds/status/500?${i}` : `${SAMPLE_FEED}?${i}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      card.setAttribute('feed', `${SAMPLE_FEED}?last`);
      await settled(card, ['ready']);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(card.state).to.equal('ready');
    expect(textOf(card)).to.contain('En unik och relevant');
  });
});
