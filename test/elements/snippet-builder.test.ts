import { expect } from '@open-wc/testing';
import '../../src/si-widgets.js';
import { SnippetBuilder } from '../../src/site/builder.js';
import { SAMPLE_FEED } from './helpers.js';
import { frameDocument, openFrame, removeFrames, untilState, until } from './embed-helpers.js';

/** What builder() put into the page (its stylesheet and its root), taken out after each test. */
const added: Element[] = [];

async function builder(width = 1024, feedUrl = new URL(SAMPLE_FEED, location.href).href, awaited = '5 projekt'): Promise<HTMLElement> {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/src/site/builder.css';
  const loaded = new Promise((resolve) => style.addEventListener('load', resolve, { once: true }));
  document.head.append(style);
  added.push(style);
  await loaded;
  const root = document.createElement('div');
  root.style.width = `${width}px`;
  const element = new SnippetBuilder();
  element.feedUrl = feedUrl;
  element.base = 'https://your-cdn.example/si-widgets@0.1.0/';
  root.append(element);
  document.body.append(root);
  added.push(root);
  await until(() => root.querySelector('#sb-feed-status')?.textContent?.includes(awaited), 'the feed to load');
  return root;
}

/** After a change in the form: the builder has rendered it (Lit renders once per batch of changes). */
async function rendered(root: HTMLElement): Promise<void> {
  await root.querySelector('snippet-builder')!.updateComplete;
}

function snippet(root: HTMLElement, id: string): string {
  return root.querySelector<HTMLTextAreaElement>(`#sb-snippet-${id}`)!.value;
}

describe('the snippet builder', () => {
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    removeFrames();
  });

  it('writes the tag, div and iframe snippets for the chosen project, with a fallback link', async () => {
    const root = await builder();
    expect(snippet(root, 'tag')).to.contain('<si-project-card feed="');
    expect(snippet(root, 'tag')).to.contain('project="asif"');
    expect(snippet(root, 'tag')).to.contain('<a href="https://example.org/projekt/asif">En unik och relevant innovationsallians');
    expect(snippet(root, 'div')).to.match(/^<div data-si-widget="project-card" data-feed="[^"]+" data-project="asif">/);
    expect(snippet(root, 'iframe')).to.contain('embed.html?widget=project-card&amp;feed=');
    expect(snippet(root, 'iframe')).to.contain('title="Projektkort: En unik');
  });

  it('follows the choices: widget, project, language, look', async () => {
    const root = await builder();
    const select = async (id: string, value: string) => {
      const element = root.querySelector<HTMLSelectElement>(`#${id}`)!;
      element.value = value;
      element.dispatchEvent(new Event('change'));
      await rendered(root);
    };
    await select('sb-attr-project', 'joint-way');
    expect(snippet(root, 'div')).to.contain('data-project="joint-way"');
    await select('sb-lang', 'en');
    expect(snippet(root, 'tag')).to.contain('lang="en"');
    expect(snippet(root, 'tag')).to.contain('The Joint Way');
    const accent = root.querySelector<HTMLInputElement>('#sb-accent')!;
    accent.value = '#8a2be2';
    accent.dispatchEvent(new Event('input'));
    await rendered(root);
    expect(snippet(root, 'iframe')).to.contain('accent=%238a2be2');
    expect(snippet(root, 'css')).to.contain('--si-color-accent: #8a2be2;');
    await select('sb-widget', 'project-list');
    expect(root.querySelector('#sb-attr-project')).to.equal(null);
    expect(snippet(root, 'div')).not.to.contain('data-project');
    await select('sb-attr-organization', 'coompanion-skane');
    expect(snippet(root, 'tag')).to.contain('organization="coompanion-skane"');
    for (const id of ['sb-filter-search', 'sb-filter-topic']) {
      root.querySelector<HTMLInputElement>(`#${id}`)!.click();
      await rendered(root);
    }
    expect(snippet(root, 'div')).to.contain('data-filters="search topic"');
    const preview = await until(() => root.querySelector('#sb-preview-area si-project-list'), 'the preview');
    expect(preview.getAttribute('lang')).to.equal('en');
  });

  it('shows the live result beside the form', async () => {
    const root = await builder();
    const card = await until(() => root.querySelector('#sb-preview-area si-project-card'), 'the preview');
    await until(() => card.getAttribute('state') === 'ready', 'the preview to be ready');
  });

  it('copies a snippet and says so in a status region', async () => {
    const root = await builder();
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      const status = root.querySelector('.sb-announcement')!;
      expect(status.getAttribute('role')).to.equal('status');
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Kopiera div-koden'))!;
      button.click();
      await until(() => status.textContent?.includes('Div-koden har kopierats'), 'the announcement');
      expect(status.textContent).to.equal('Div-koden har kopierats och kan klistras in i ditt publiceringssystem.');
      expect(copied).to.deep.equal([snippet(root, 'div')]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('offers a topic written "Malmö" and "malmö" once, and counts the feed in agreeing Swedish', async () => {
    const feed = {
      version: 1,
      organizations: [{ id: 'o', name: 'Organisationen' }],
      projects: [
        { id: 'a', title: 'A', organizations: [{ id: 'o', role: 'lead' }], topics: ['Malmö'] },
        { id: 'b', title: 'B', organizations: [{ id: 'o', role: 'lead' }], topics: ['malmö', 'Lund'] },
      ],
    };
    const url = new URL(`/test-feeds/json?body=${encodeURIComponent(JSON.stringify(feed))}`, location.href).href;
    const root = await builder(1024, url, '2 projekt');
    expect(root.querySelector('#sb-feed-status')!.textContent).to.equal('Flödet har 2 projekt och 1 organisation.');
    const widget = root.querySelector<HTMLSelectElement>('#sb-widget')!;
    widget.value = 'project-list';
    widget.dispatchEvent(new Event('change'));
    await rendered(root);
    const topics = [...root.querySelectorAll<HTMLOptionElement>('#sb-attr-topic option')].map((option) => option.value);
    expect(topics).to.deep.equal(['', 'Lund', 'Malmö']);
  });

  it('says why a feed cannot be read in the same words as a widget', async () => {
    const url = new URL('/test-feeds/status/404', location.href).href;
    const root = await builder(1024, url, 'felkod');
    const status = root.querySelector('#sb-feed-status')!;
    expect(status.classList.contains('sb-error')).to.equal(true);
    const card = document.createElement('si-project-card');
    card.setAttribute('feed', url);
    card.setAttribute('project', 'asif');
    root.append(card);
    await untilState(card, ['error']);
    const widgetMessage = card.shadowRoot!.querySelector('[part="error"] p')!.textContent;
    expect(status.textContent).to.equal(widgetMessage);
    expect(status.textContent).to.equal('Projektflödet kunde inte hämtas: servern svarade med felkod 404.');
  });

  it('is accessible', async () => {
    const root = await builder();
    await expect(root).to.be.accessible();
  });

  it('the built demo page at 320 px: seed projects listed, builder in one column, nothing sideways', async () => {
    const frame = await openFrame('/dist/index.html', { width: 320, height: 800 });
    const doc = frameDocument(frame);
    const list = doc.querySelector('si-project-list')!;
    await untilState(list);
    expect(list.shadowRoot!.querySelectorAll('li[part="item"]').length, 'the five seed projects').to.equal(5);
    const root = await until(() => doc.querySelector<HTMLElement>('#snippet-builder-root .sb'), 'the builder');
    await until(() => doc.querySelector('#sb-feed-status')?.textContent?.includes('5 projekt'), 'the feed');
    expect(doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    const form = root.querySelector('.sb-form')!.getBoundingClientRect();
    const preview = root.querySelector('.sb-preview')!.getBoundingClientRect();
    expect(preview.top, 'preview below the form').to.be.at.least(form.bottom - 1);
    for (const control of root.querySelectorAll('input, select, textarea, button')) {
      expect(control.getBoundingClientRect().right, control.id).to.be.at.most(320);
    }
    for (const button of root.querySelectorAll('button')) {
      expect(button.getBoundingClientRect().height, 'target size').to.be.at.least(24);
    }
  });
});
