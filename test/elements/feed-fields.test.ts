/**
 * The #12 fields on screen: what a card, a goal, a list and a partner list show of example-full.json
 * (fictional projects that use every field), in Swedish and Arabic, and what `hide` leaves out.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/project-card.js';
import '../../src/define/goal-progress.js';
import '../../src/define/project-list.js';
import '../../src/define/partner-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import type { SiGoalProgress } from '../../src/components/goal-progress/goal-progress.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { SiPartnerList } from '../../src/components/partner-list/partner-list.js';
import { CARD_PARTS } from '../../src/components/project-card/card-parts.js';
import { emulateForcedColors, settledFixture, shadow, textOf } from './helpers.js';

const FULL_FEED = '/src/public/feeds/example-full.json';
const PROJECT = 'exempel-grona-gardar';

/** Text without the isolates `say()` puts around values. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
const money = (locale: string, amount: number, currency = 'SEK') =>
  plain(new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(amount));
const longDate = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const partText = (element: Element, part: string) => plain(shadow(element).querySelector(`[part~="${part}"]`)?.textContent);

async function card(lang: string, extra = ''): Promise<SiProjectCard> {
  const element = await settledFixture<SiProjectCard>(
    html`<si-project-card lang=${lang} feed=${FULL_FEED} project=${PROJECT} hide=${extra}></si-project-card>`,
  );
  // Municipality codes are named once the names' chunk has loaded.
  await waitUntil(() => !partText(element, 'places').includes('1280') || extra.includes('places'), 'codes shown by name');
  return element;
}

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

async function accessibleNames(): Promise<string[]> {
  const tree = await executeServerCommand<AccessibilityNode | null, undefined>('accessibility-tree');
  const names: string[] = [];
  const visit = (node: AccessibilityNode) => {
    if (node.name) names.push(plain(node.name));
    node.children?.forEach(visit);
  };
  if (tree) visit(tree);
  return names;
}

describe('<si-project-card> with every field', () => {
  it('shows places by name, funding, budget, contacts, links and the date it changed (sv)', async () => {
    const element = await card('sv');
    expect(partText(element, 'places')).to.equal('Kommuner: Malmö, Lund och Helsingborg · Omfattning: Lokal');
    const funding = [...shadow(element).querySelectorAll('[part="funding"] li')].map((li) => plain(li.textContent));
    expect(funding).to.deep.equal([
      `${money('sv', 4200000)} från Exempelprogrammet för levande landsbygd via Exempelfonden`,
      `${money('sv', 600000)} från Exempelkommunen`,
    ]);
    expect(partText(element, 'budget')).to.equal(`Total budget: ${money('sv', 4800000)}`);
    expect(partText(element, 'updated')).to.equal(`Uppdaterad ${longDate('sv', '2026-11-15')}`);
    const hrefs = [...shadow(element).querySelectorAll<HTMLAnchorElement>('[part="contacts"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:exempla@example.org', 'tel:+46400000000', 'mailto:kansli@example.org']);
    const links = [...shadow(element).querySelectorAll('[part="links"] li')].map((li) => plain(li.textContent));
    expect(links[0]).to.equal('Rapport Lägesrapport 2025');
    expect(links.map((link) => link.split(' ')[0])).to.deep.equal(['Rapport', 'Webbplats', 'Video', 'Nyhet', 'Länk']);
    expect(partText(element, 'attributions')).to.include('Medfinansieras av Exempelfonden');
  });

  it('has each places line (places only, scope only, both) and a lead with and without a logo, each in one paragraph', async () => {
    const project = (id: string, fields: object) => ({ id, title: id, organizations: [{ id: 'lead', role: 'lead' }], ...fields });
    const feed = (logo?: string) => ({
      version: 1,
      organizations: [{ id: 'lead', name: 'Exempelföreningen', ...(logo && { logo }) }],
      projects: [
        project('places', { municipalities: ['Malmö'] }),
        project('scope', { scope: 'regional' }),
        project('both', { municipalities: ['Malmö', 'Lund'], scope: 'local' }),
        project('neither', {}),
      ],
    });
    const shown = async (id: string, logo?: string) => {
      const element = await settledFixture<SiProjectCard>(html`<si-project-card lang="sv" project=${id} .data=${feed(logo)}></si-project-card>`);
      const root = shadow(element);
      return {
        places: partText(element, 'places'),
        placesChildren: [...(root.querySelector('[part="places"]')?.children ?? [])].map((child) => child.className),
        leads: partText(element, 'leads'),
        logo: root.querySelector<HTMLImageElement>('[part~="leads"] img[part="lead-logo"]')?.getAttribute('src') ?? null,
        details: root.querySelectorAll('[part="funding"], [part="contacts"], [part="links"], [part="updated"], [part="attributions"]').length,
      };
    };
    expect(await shown('places')).to.deep.include({ places: 'Kommun: Malmö', placesChildren: ['label', ''], leads: 'Projektägare: Exempelföreningen', logo: null, details: 0 });
    expect(await shown('scope')).to.deep.include({ places: 'Omfattning: Regional', placesChildren: ['label', ''] });
    expect(await shown('both')).to.deep.include({ places: 'Kommuner: Malmö och Lund · Omfattning: Lokal', placesChildren: ['label', '', 'separator', 'label', ''] });
    expect(await shown('neither')).to.deep.include({ places: '', placesChildren: [] });
    const withLogo = await shown('places', 'https://example.org/logo.svg');
    expect(withLogo).to.deep.include({ leads: 'Projektägare: Exempelföreningen', logo: 'https://example.org/logo.svg' });
  });

  it('says the same in Arabic, with Arabic words and Intl money and dates', async () => {
    const element = await card('ar');
    expect(element.getAttribute('dir')).to.equal('rtl');
    expect(partText(element, 'budget')).to.equal(`الميزانية الإجمالية: ${money('ar-u-nu-latn', 4800000)}`);
    expect(partText(element, 'updated')).to.equal(`آخر تحديث: ${longDate('ar-u-nu-latn', '2026-11-15')}`);
    expect(partText(element, 'places')).to.match(/^البلديات: Malmö/);
    const firstFunding = plain(shadow(element).querySelector('[part="funding"] li')?.textContent);
    expect(firstFunding).to.equal(`${money('ar-u-nu-latn', 4200000)} من Exempelprogrammet för levande landsbygd عبر Exempelfonden`);
    expect(shadow(element).querySelector('[part="links"] [part="link-type"]')?.textContent).to.equal('تقرير');
  });

  it('shows the image in a box of known proportions, lazily, without a referrer, with the feed’s alt', async () => {
    const element = await card('sv');
    const image = shadow(element).querySelector<HTMLImageElement>('[part="image"] img')!;
    expect(image.getAttribute('src')).to.equal('https://example.org/bilder/grona-gardar.jpg');
    expect(image.getAttribute('width')).to.equal('1600');
    expect(image.getAttribute('height')).to.equal('900');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(getComputedStyle(image).aspectRatio).to.equal('16 / 9');
    // Its box is there before (and whether or not) the image loads: no layout shift.
    const box = image.getBoundingClientRect();
    const maxHeight = parseFloat(getComputedStyle(image).maxBlockSize);
    expect(box.height).to.be.greaterThan(0);
    expect(box.height).to.be.closeTo(Math.min((box.width * 9) / 16, maxHeight), 1);
    expect(image.alt).to.equal('En gårdsplan med människor runt ett långbord (påhittad bild)');
    expect(partText(element, 'image-credit')).to.equal('Foto: Exempelföreningen');
  });

  it('shows an image without alt as decorative', async () => {
    const data = await (await fetch(FULL_FEED)).json();
    delete data.projects[0].image.alt;
    const element = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project=${PROJECT}></si-project-card>`);
    expect(shadow(element).querySelector('[part="image"] img')?.getAttribute('alt')).to.equal('');
  });

  for (const part of CARD_PARTS) {
    it(`hide="${part}" leaves out that part and no other, and never the funder's attribution`, async () => {
      const parts: Record<string, string[]> = { image: ['image'], funding: ['funding', 'budget'], contacts: ['contacts'], links: ['links'], places: ['places'], updated: ['updated'] };
      const element = await card('sv', part);
      for (const [other, names] of Object.entries(parts)) {
        for (const name of names) expect(shadow(element).querySelector(`[part="${name}"]`) !== null, name).to.equal(other !== part);
      }
      expect(partText(element, 'attributions')).to.include('Medfinansieras av Exempelfonden');
    });
  }

  it('hides every part asked for at once, and keeps the attribution and its logo', async () => {
    const element = await card('sv', 'image funding contacts links places updated');
    for (const name of ['image', 'funding', 'budget', 'contacts', 'links', 'places', 'updated']) {
      expect(shadow(element).querySelector(`[part="${name}"]`), name).to.equal(null);
    }
    const attributions = shadow(element).querySelectorAll('[part="attribution"]');
    // Exempelfonden requires its words; Exempelkommunen (a funder without) goes with the funding.
    expect(attributions.length).to.equal(1);
    expect(plain(attributions[0].querySelector('.attribution-text')?.textContent)).to.equal('Medfinansieras av Exempelfonden');
    const logo = attributions[0].querySelector('img')!;
    expect(logo.getAttribute('src')).to.equal('https://example.org/logos/exempelfonden.svg');
    expect(logo.alt).to.equal('Exempelfonden');
    expect(logo.getAttribute('loading')).to.equal('lazy');
  });

  it('names a funder whose logo cannot be loaded, instead of a broken image', async () => {
    const data = await (await fetch(FULL_FEED)).json();
    for (const organization of data.organizations) if (organization.logo) organization.logo = 'https://127.0.0.1:1/logo.svg';
    const element = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project=${PROJECT}></si-project-card>`);
    const logos = [...shadow(element).querySelectorAll<HTMLImageElement>('[part="attribution"] img')];
    expect(logos.length).to.equal(2);
    await waitUntil(() => logos.every((logo) => logo.hidden), 'the logos given up');
    const names = [...shadow(element).querySelectorAll<HTMLElement>('[part="attribution"] .funder')];
    expect(names.map((name) => [name.textContent, getComputedStyle(name).display !== 'none'])).to.deep.equal([
      ['Exempelfonden', true],
      ['Exempelkommunen', true],
    ]);
    expect(logos.map((logo) => getComputedStyle(logo).display)).to.deep.equal(['none', 'none']);
  });

  it('describes funding and role contacts in JSON-LD, never a personal contact', async () => {
    const element = await card('sv', '');
    element.structuredData = true;
    await element.updateComplete;
    const script = element.querySelector('script[type="application/ld+json"]')!;
    const json = JSON.parse(script.textContent!);
    expect(json.funding[0]).to.deep.include({ '@type': 'MonetaryGrant', name: 'Exempelprogrammet för levande landsbygd', identifier: 'EF-2025-0042' });
    expect(json.funding[0].amount).to.deep.equal({ '@type': 'MonetaryAmount', value: 4200000, currency: 'SEK' });
    expect(json.contactPoint).to.deep.equal([{ '@type': 'ContactPoint', name: 'Exempelprojektets kansli', email: 'kansli@example.org' }]);
    expect(script.textContent).not.to.include('Exempla Exempelsson');
    expect(script.textContent).not.to.include('exempla@example.org');
    expect(script.textContent).not.to.include('+46');
    expect(json.areaServed).to.deep.equal(['Malmö', 'Lund', 'Helsingborg']);
  });
});

describe('<si-goal-progress> with measurements', () => {
  it('dates the figure, shows the baseline and the comment, and draws the measurements (sv)', async () => {
    const element = await settledFixture<SiGoalProgress>(html`<si-goal-progress lang="sv" feed=${FULL_FEED} project=${PROJECT}></si-goal-progress>`);
    const figures = [...shadow(element).querySelectorAll('[part="figure"]')].map((figure) => plain(figure.textContent));
    const date = longDate('sv', '2026-09-30');
    expect(figures).to.deep.equal([`8 av 12 gårdar, ${date}`, `18 av 50 företag, ${date}`]);
    expect(shadow(element).querySelector('progress')?.getAttribute('aria-valuetext')).to.equal(`8 av 12 gårdar, ${date}`);
    expect(partText(element, 'baseline')).to.equal('Utgångsläge: 2 gårdar');
    expect(partText(element, 'comment')).to.equal('Två gårdar öppnar till våren.');
    const chart = shadow(element).querySelector('[part="chart"]')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelectorAll('circle').length).to.equal(3);
    expect(plain(textOf(element))).to.include(`Uppnått ${longDate('sv', '2026-05-20')}`);
  });

  it('gives the measurements to assistive tech as a table of dates and values', async () => {
    await settledFixture<SiGoalProgress>(html`<si-goal-progress lang="sv" feed=${FULL_FEED} project=${PROJECT} goal="gardar"></si-goal-progress>`);
    const names = await accessibleNames();
    expect(names).to.include('Mätningar: Gårdar som är mötesplatser');
    for (const text of [longDate('sv', '2025-06-30'), '3', longDate('sv', '2025-12-31'), '5', 'Efter första året', '8']) {
      expect(names, text).to.include(text);
    }
  });

  it('draws the chart in system colours in forced-colours mode', async () => {
    const element = await settledFixture<SiGoalProgress>(html`<si-goal-progress feed=${FULL_FEED} project=${PROJECT} goal="gardar"></si-goal-progress>`);
    try {
      await emulateForcedColors(true);
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const chart = shadow(element).querySelector('[part="chart"]')!;
      expect(getComputedStyle(chart.querySelector('.line')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(chart.querySelector('.dot')!).fill).to.equal(canvasText);
      expect(getComputedStyle(chart.querySelector('.target')!).stroke).to.equal(canvasText);
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('says it in Arabic', async () => {
    const element = await settledFixture<SiGoalProgress>(html`<si-goal-progress lang="ar" feed=${FULL_FEED} project=${PROJECT} goal="foretag"></si-goal-progress>`);
    expect(partText(element, 'figure')).to.equal(`18 من 50 företag، ${longDate('ar-u-nu-latn', '2026-09-30')}`);
    const milestone = await settledFixture<SiGoalProgress>(html`<si-goal-progress lang="ar" feed=${FULL_FEED} project=${PROJECT} goal="modell"></si-goal-progress>`);
    expect(partText(milestone, 'status')).to.equal(`الحالة: تحقّق في ${longDate('ar-u-nu-latn', '2026-05-20')}`);
  });
});

describe('<si-project-list> by funder and place', () => {
  const ids = (list: SiProjectList) => [...shadow(list).querySelectorAll('[part="project"]')].map((p) => p.getAttribute('data-project'));

  it('keeps the projects a funder funds, and those in a place (a code, a name or a scope)', async () => {
    const cases: [Record<string, string>, string[]][] = [
      [{ funder: 'exempelfonden' }, [PROJECT, 'exempel-plattform']],
      [{ funder: 'exempelkommunen' }, [PROJECT]],
      [{ place: '1280' }, [PROJECT]],
      [{ place: 'Malmö' }, [PROJECT]],
      [{ place: 'national' }, ['exempel-plattform']],
    ];
    for (const [attributes, expected] of cases) {
      const list = await settledFixture<SiProjectList>(
        html`<si-project-list feed=${FULL_FEED} funder=${attributes.funder ?? ''} place=${attributes.place ?? ''}></si-project-list>`,
      );
      expect(ids(list), JSON.stringify(attributes)).to.deep.equal(expected);
    }
  });

  it('offers funder and place controls, and its search finds programme names', async () => {
    const list = await settledFixture<SiProjectList>(html`<si-project-list feed=${FULL_FEED} filters="search funder place"></si-project-list>`);
    await waitUntil(() => [...shadow(list).querySelectorAll('#filter-place option')].some((o) => o.textContent?.trim() === 'Malmö'), 'places by name');
    const options = (id: string) => [...shadow(list).querySelectorAll(`#${id} option`)].map((o) => o.textContent?.trim());
    expect(options('filter-funder')).to.deep.equal(['Alla finansiärer', 'Exempelfonden', 'Exempelkommunen']);
    expect(options('filter-place')).to.deep.equal(['Alla platser', 'Helsingborg', 'Lund', 'Malmö', 'Lokal', 'Nationell']);
    const search = shadow(list).querySelector<HTMLInputElement>('#filter-search')!;
    search.value = 'kunskapsplattformar';
    search.dispatchEvent(new Event('input'));
    await list.updateComplete;
    expect(ids(list)).to.deep.equal(['exempel-plattform']);
  });

  it('shows a funder’s attribution on each of its projects', async () => {
    const list = await settledFixture<SiProjectList>(html`<si-project-list lang="ar" feed=${FULL_FEED}></si-project-list>`);
    const attributions = [...shadow(list).querySelectorAll('[part="attribution"] .attribution-text')].map((a) => plain(a.textContent));
    expect(attributions).to.deep.equal(['Medfinansieras av Exempelfonden', 'Medfinansieras av Exempelfonden']);
  });
});

describe('<si-partner-list> with funders', () => {
  it('shows a funder with its attribution and logo', async () => {
    const element = await settledFixture<SiPartnerList>(html`<si-partner-list lang="en" feed=${FULL_FEED} project=${PROJECT}></si-partner-list>`);
    const funders = shadow(element).querySelector('[data-role="funder"]')!;
    expect(plain(funders.querySelector('[part="attribution"]')?.textContent)).to.equal('Co-funded by the Example Fund');
    expect(funders.querySelector('[part="attribution"] img')?.getAttribute('src')).to.equal('https://example.org/logos/exempelfonden.svg');
  });
});

describe('a feed without the new fields', () => {
  it('renders a card with none of their parts', async () => {
    const element = await settledFixture<SiProjectCard>(html`<si-project-card feed="/src/public/feeds/sample.json" project="asif"></si-project-card>`);
    for (const name of ['image', 'places', 'funding', 'budget', 'attributions', 'contacts', 'links', 'updated']) {
      expect(shadow(element).querySelector(`[part="${name}"]`), name).to.equal(null);
    }
  });
});

describe('every field, for axe (WCAG 2.2 AA)', () => {
  for (const lang of ['sv', 'ar']) {
    it(`passes axe: card, goals, list with funder and place controls, partners (${lang})`, async () => {
      const elements = [
        await card(lang),
        await settledFixture<SiGoalProgress>(html`<si-goal-progress lang=${lang} feed=${FULL_FEED} project=${PROJECT}></si-goal-progress>`),
        await settledFixture<SiProjectList>(html`<si-project-list lang=${lang} feed=${FULL_FEED} filters="search funder place"></si-project-list>`),
        await settledFixture<SiPartnerList>(html`<si-partner-list lang=${lang} feed=${FULL_FEED} project=${PROJECT}></si-partner-list>`),
      ];
      for (const element of elements) await expect(element).to.be.accessible();
    });
  }
});
