import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import { isolate } from '../../src/data/message.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { capture, SAMPLE_FEED, settled, settledFixture, shadow, textOf, uniqueKey } from './helpers.js';

async function requestCount(key: string): Promise<number> {
  return (await fetch(`/test-feeds/count/${key}`)).json();
}

function errorText(element: Element): string {
  return shadow(element).querySelector('[part="error"] p')?.textContent?.trim() ?? '';
}

/** A list on `feed` once it shows an error (the console's error kept out of the test's log). */
async function failedList(feed: string): Promise<SiProjectList> {
  let list!: SiProjectList;
  await capture('error', async () => {
    list = await settledFixture<SiProjectList>(html`<si-project-list feed=${feed}></si-project-list>`);
  });
  expect(list.state).to.equal('error');
  return list;
}

describe('the shared feed loader', () => {
  it('makes one request for five elements that name the same feed', async () => {
    const key = uniqueKey('five');
    const feed = `/test-feeds/counted/${key}.json`;
    const container = await fixture<HTMLElement>(html`<div>
      <si-project-list feed=${feed}></si-project-list>
      <si-project-card feed=${feed} project="asif"></si-project-card>
      <si-project-card feed=${feed} project="joint-way"></si-project-card>
      <si-project-card feed=${feed} project="hallbart-skane"></si-project-card>
      <si-project-list feed=${feed}></si-project-list>
    </div>`);
    const elements = [...container.children] as (SiProjectList | SiProjectCard)[];
    await Promise.all(elements.map((element) => settled(element)));
    expect(elements.map((element) => element.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready']);
    expect(await requestCount(key)).to.equal(1);
  });

  it('forgets a request when every element that wanted it is removed before the answer', async () => {
    const key = uniqueKey('removed');
    const answerMs = 1500;
    const feed = `/test-feeds/counted/${key}.json?ms=${answerMs}`;
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${feed}></si-project-list>`);
    const changes: string[] = [];
    list.addEventListener('si-state-change', (event) => changes.push(event.detail.state));
    // Only once the server has the request (a busy machine may not have sent it yet), so that
    // the second request below can only come from an element that asked again.
    while ((await requestCount(key)) < 1) await new Promise((resolve) => setTimeout(resolve, 20));
    list.remove();
    await new Promise((resolve) => setTimeout(resolve, answerMs + 300));
    expect(changes).to.deep.equal([]);
    expect(list.state).to.equal('loading');
    // A new element asks again rather than waiting for an answer that was aborted.
    const again = await settledFixture<SiProjectList>(html`<si-project-list feed=${feed}></si-project-list>`);
    expect(again.state).to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
  });

  it('makes one request for a feed also named with a #fragment, which is not part of the request', async () => {
    const key = uniqueKey('fragment');
    // Without .json, so that the browser's HTTP cache cannot answer the second request (see the server).
    const feed = `/test-feeds/counted/${key}`;
    const container = await fixture<HTMLElement>(html`<div>
      <si-project-list feed=${feed}></si-project-list>
      <si-project-card feed=${`${feed}#asif`} project="asif"></si-project-card>
    </div>`);
    const elements = [...container.children] as (SiProjectList | SiProjectCard)[];
    await Promise.all(elements.map((element) => settled(element)));
    expect(elements.map((element) => element.state)).to.deep.equal(['ready', 'ready']);
    expect(await requestCount(key)).to.equal(1);
  });

  it('asks again for a feed that failed when a new element wants it after the first was removed', async () => {
    const key = uniqueKey('forget-error');
    // Without .json: the test runner marks a path with an extension fresh for a year, 500 or not.
    const feed = `/test-feeds/fail-first/${key}`;
    const first = await failedList(feed);
    first.remove();
    const again = await settledFixture<SiProjectList>(html`<si-project-list feed=${feed}></si-project-list>`);
    expect(again.state, 'the server answers now: the error is not remembered').to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
  });

  it('asks again for a feed that failed when a new element wants it, and the one showing the error recovers too', async () => {
    const feed = `/test-feeds/fail-first/${uniqueKey('retry-new')}.json`;
    const first = await failedList(feed);
    const card = await settledFixture<SiProjectCard>(html`<si-project-card feed=${feed} project="asif"></si-project-card>`);
    expect(card.state).to.equal('ready');
    await settled(first, ['ready']);
    expect(shadow(first).querySelectorAll('li[part="item"]').length).to.equal(5);
  });

  it('gives up at each element\'s own timeout on a shared feed, and shows the data if it comes later', async () => {
    // Both name the same feed, which answers after 3 s: the first waits 8 s, the second only 1 s.
    const feed = `/test-feeds/slow?ms=3000&key=${uniqueKey('own-timeout')}`;
    const patient = await fixture<SiProjectList>(html`<si-project-list feed=${feed} timeout="8000"></si-project-list>`);
    const started = performance.now();
    let hasty!: SiProjectCard;
    const errors = await capture('error', async () => {
      hasty = await settledFixture<SiProjectCard>(html`<si-project-card feed=${feed} project="asif" timeout="1000"></si-project-card>`);
    });
    expect(hasty.state).to.equal('error');
    expect(performance.now() - started).to.be.within(900, 2500);
    expect(errorText(hasty)).to.match(/svarade inte inom 1 sekund\./);
    expect(errors.join('\n')).to.match(/timeout: no complete answer within 1000 ms/);
    expect(patient.state, 'the other element still waits').to.equal('loading');
    // Its retry button waits again for the answer still coming, without a second request.
    (shadow(hasty).querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await hasty.updateComplete;
    expect(hasty.state, 'waiting again after "try again"').to.equal('loading');
    await settled(patient, ['ready']);
    await settled(hasty, ['ready']);
    expect(textOf(hasty)).to.contain('Malmö universitet');
  });

  const failures: [string, () => string, RegExp, RegExp][] = [
    ['an HTTP error status', () => '/test-feeds/status/404', /felkod 404/, /HTTP 404/],
    ['text that is not JSON', () => '/test-feeds/not-json', /inte giltig JSON/, /not-json/],
    [
      'JSON that is not a feed',
      () => `/test-feeds/json?body=${encodeURIComponent('{"version":1,"projects":"none"}')}`,
      /saknar en lista med projekt/,
      /\$\.projects: expected a list of projects/,
    ],
    [
      'an unsupported version',
      () => `/test-feeds/json?body=${encodeURIComponent('{"version":2,"projects":[]}')}`,
      /version som den här widgeten inte kan läsa/,
      /\$\.version: expected 1, found 2/,
    ],
    // Visitors read plain words; the header's name is for the console.
    ['a network failure', () => 'http://127.0.0.1:9/feed.json', /kunde inte nås.*visas på andra webbplatser/, /network/],
    [
      'a cross-origin feed without CORS headers',
      () => `http://127.0.0.1:${location.port}${SAMPLE_FEED}`,
      /kunde inte nås/,
      /network.*Access-Control-Allow-Origin/,
    ],
    [
      'a feed larger than a widget reads (20 MB)',
      () => '/test-feeds/large?mb=21',
      /för stort för att visas: det är större än 20 MB/,
      /too-large: the answer is larger than 20971520 bytes/,
    ],
    [
      'a gzip bomb (a few KB that unpack to 100 MB)',
      () => '/test-feeds/bomb?mb=100',
      /för stort för att visas: det är större än 20 MB/,
      /too-large: the answer is larger than 20971520 bytes/,
    ],
  ];

  for (const [what, url, onScreen, inConsole] of failures) {
    it(`says what went wrong on screen and in the console: ${what}`, async () => {
      let list!: SiProjectList;
      const errors = await capture('error', async () => {
        list = await settledFixture<SiProjectList>(html`<si-project-list feed=${url()}></si-project-list>`);
      });
      expect(list.state).to.equal('error');
      expect(list.getAttribute('state')).to.equal('error');
      expect(errorText(list)).to.match(onScreen);
      expect(errorText(list)).to.not.contain('Access-Control');
      expect(shadow(list).querySelector('[role="status"]')?.textContent).to.match(onScreen);
      expect(errors.join('\n')).to.match(inConsole);
      expect(shadow(list).querySelector('[part="retry-button"]')).to.exist;
      await expect(list).to.be.accessible();
    });
  }

  it('gives up a feed that does not answer within the timeout, and says so', async () => {
    const started = performance.now();
    let list!: SiProjectList;
    const errors = await capture('error', async () => {
      list = await settledFixture<SiProjectList>(
        html`<si-project-list feed="/test-feeds/slow?ms=20000" timeout="1500"></si-project-list>`,
      );
    });
    const elapsed = performance.now() - started;
    expect(list.state).to.equal('error');
    expect(elapsed).to.be.within(1400, 8000);
    expect(errorText(list)).to.match(/svarade inte inom 1,5 sekunder\./);
    expect(errors.join('\n')).to.match(/timeout: no complete answer within 1500 ms/);
  });

  it('reads a feed that arrives in pieces, with every å, ä and ö split between two of them', async () => {
    const [trickled, whole] = await Promise.all([
      settledFixture<SiProjectList>(html`<si-project-list feed="/test-feeds/trickled" page-size="50"></si-project-list>`),
      settledFixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} page-size="50"></si-project-list>`),
    ]);
    expect(trickled.state).to.equal('ready');
    expect(textOf(trickled)).to.contain('Malmö universitet');
    expect(textOf(trickled)).to.not.contain('\uFFFD');
    expect(textOf(trickled)).to.equal(textOf(whole));
  });

  it('gives up a feed whose body stops halfway, and says so', async () => {
    let list!: SiProjectList;
    const errors = await capture('error', async () => {
      list = await settledFixture<SiProjectList>(
        html`<si-project-list feed="/test-feeds/stalled-body?ms=20000" timeout="1500"></si-project-list>`,
      );
    });
    expect(list.state).to.equal('error');
    expect(errorText(list)).to.match(/svarade inte inom 1,5 sekunder\./);
    expect(errors.join('\n')).to.match(/timeout: no complete answer within 1500 ms/);
  });

  it('recovers with the retry button', async () => {
    const feed = `/test-feeds/fail-first/${uniqueKey('retry')}.json`;
    const list = await failedList(feed);
    (shadow(list).querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await settled(list, ['ready']);
    expect(shadow(list).querySelectorAll('li[part="item"]').length).to.equal(5);
  });

  it('keeps showing the last good data when a refresh fails', async () => {
    const feed = `/test-feeds/fail-later/${uniqueKey('refresh')}.json`;
    const list = await settledFixture<SiProjectList>(html`<si-project-list feed=${feed}></si-project-list>`);
    expect(list.state).to.equal('ready');
    const warnings = await capture('warn', async () => {
      list.reload();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await list.updateComplete;
    });
    expect(list.state).to.equal('ready');
    expect(shadow(list).querySelectorAll('li[part="item"]').length).to.equal(5);
    expect(warnings.join('\n')).to.match(/Could not refresh feed .*HTTP 500.*Still showing the last good data/);
  });

  it('says so when no feed is given at all', async () => {
    let list!: SiProjectList;
    const errors = await capture('error', async () => {
      list = await settledFixture<SiProjectList>(html`<si-project-list></si-project-list>`);
    });
    expect(list.state).to.equal('error');
    expect(errorText(list)).to.match(/Inget projektflöde/);
    expect(errors.join('\n')).to.match(/no feed/);
  });
});

describe('feeds given in the page', () => {
  it('reads an inline <script type="application/json"> named by #id', async () => {
    const feed = {
      version: 1,
      organizations: [{ id: 'coompanion-skane', name: 'Coompanion Skåne' }],
      projects: [{ id: 'inline', title: 'Inbäddat projekt', organizations: [{ id: 'coompanion-skane', role: 'lead' }] }],
    };
    const container = await fixture<HTMLElement>(html`<div>
      <script type="application/json" id="inline-feed">
        ${JSON.stringify(feed)}
      </script>
      <si-project-card feed="#inline-feed" project="inline"></si-project-card>
    </div>`);
    const card = await settled(container.querySelector('si-project-card') as SiProjectCard);
    expect(card.state).to.equal('ready');
    expect(textOf(card)).to.contain('Inbäddat projekt');
    expect(textOf(card)).to.contain('Coompanion Skåne');
  });

  it('says which inline feed is missing', async () => {
    let card!: SiProjectCard;
    await capture('error', async () => {
      card = await settledFixture<SiProjectCard>(html`<si-project-card feed="#nowhere" project="x"></si-project-card>`);
    });
    expect(card.state).to.equal('error');
    expect(errorText(card)).to.contain('#nowhere');
  });

  it('takes a feed object through the data property', async () => {
    const data = await (await fetch(SAMPLE_FEED)).json();
    const card = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project="asif"></si-project-card>`);
    expect(card.state).to.equal('ready');
    expect(textOf(card)).to.contain('Malmö universitet');
    card.project = 'hallbart-skane';
    await card.updateComplete;
    expect(textOf(card)).to.contain('Ett hållbart Skåne genom socialt företagande');
  });
});

describe('<si-project-card>', () => {
  it('shows one project', async () => {
    const card = await settledFixture<SiProjectCard>(
      html`<si-project-card feed=${SAMPLE_FEED} project="larprocess-behovsdrivet-stod"></si-project-card>`,
    );
    expect(card.getAttribute('state')).to.equal('ready');
    expect(shadow(card).querySelector('h3 a')?.textContent).to.equal(
      'Lärprocess kring behovsdrivet stöd till sociala innovatörer',
    );
    expect(shadow(card).querySelector('[part="leads"]')?.textContent).to.contain('Region Skåne');
    await expect(card).to.be.accessible();
  });

  it('is in the error state, with its own message, for a project id the feed does not have', async () => {
    let card!: SiProjectCard;
    const errors = await capture('error', async () => {
      card = await settledFixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="nope"></si-project-card>`);
    });
    expect(card.state).to.equal('error');
    expect(errorText(card)).to.equal(`Projektet "${isolate('nope')}" finns inte i projektflödet.`);
    expect(errors.join('\n')).to.match(/no project with id "nope" in .*sample\.json/);
    await expect(card).to.be.accessible();
  });

  it('fires si-state-change, bubbling out of the page, with the message when it fails', async () => {
    const events: string[] = [];
    const listener = (event: Event) => {
      const { state, message } = (event as HTMLElementEventMap['si-state-change']).detail;
      events.push(`${state}: ${message ?? ''}`);
    };
    document.addEventListener('si-state-change', listener);
    try {
      await capture('error', async () => {
        await settledFixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="nope"></si-project-card>`);
      });
    } finally {
      document.removeEventListener('si-state-change', listener);
    }
    expect(events).to.deep.equal([`error: Projektet "${isolate('nope')}" finns inte i projektflödet.`]);
  });
});
