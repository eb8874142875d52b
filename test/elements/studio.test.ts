/**
 * Issue 13, the studio page: driven with real key presses (sendKeys), as a coordinator would use
 * it: open the sample feed, add a measurement to the ASIF goal, see the preview change, download,
 * reload, and survive bad input with the draft intact.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { strToU8, zipSync } from 'fflate';
import '../../src/si-widgets.js';
import '../../src/studio/studio-page.js';
import type { FeedStudio } from '../../src/studio/studio-page.js';
import { DRAFT_KEY } from '../../src/studio/stored-draft.js';
import { keepHandle, keptHandle } from '../../src/studio/kept-handle.js';
import type { FileHandle } from '../../src/studio/file-access.js';
import { parseFeed } from '../../src/data/validate.js';
import { feedToJson } from '../../src/data/feed-json.js';
import { localDay } from '../../src/data/ended.js';
import { FEED, frameDocument, openFrame, shadowText, until, untilState } from './embed-helpers.js';
import { memoryFolder, type MemoryFolder } from '../data/memory-folder.js';

const added: Element[] = [];

async function studio(width = 1280): Promise<FeedStudio> {
  if (!document.querySelector('link[href="/src/studio/studio.css"]')) {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = '/src/studio/studio.css';
    const loaded = new Promise((resolve) => style.addEventListener('load', resolve, { once: true }));
    document.head.append(style);
    await loaded;
  }
  const root = document.createElement('main');
  root.style.width = `${width}px`;
  const element = document.createElement('feed-studio');
  root.append(element);
  document.body.append(root);
  added.push(root);
  await element.updateComplete;
  return element;
}

function $<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Focuses `element` and types `text`, key by key. */
async function typeInto(element: HTMLElement, text: string): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
}

async function press(element: HTMLElement, key = 'Enter'): Promise<void> {
  element.focus();
  await sendKeys({ press: key });
}

/** Opens the sample feed by typing its address and pressing Enter. */
async function openSample(element: FeedStudio): Promise<void> {
  await typeInto($(element, '#st-url'), new URL(FEED, location.href).href);
  await sendKeys({ press: 'Enter' });
  await until(() => element.feed, 'the sample feed to open');
  await element.updateComplete;
}

/** Finds ASIF by typing part of its id in the search and opens it with Enter. */
async function openAsif(element: FeedStudio): Promise<void> {
  await typeInto($(element, '#st-search'), 'asif');
  await element.updateComplete;
  await press($(element, '[data-project="asif"]'));
  await element.updateComplete;
}

/** The ASIF goal's "new measurement" inputs (its first goal). */
function asifGoalPrefix(element: FeedStudio): string {
  const projects = element.feed!.projects as { id: string }[];
  return `f-projects-${projects.findIndex((p) => p.id === 'asif')}-goals-0-new`;
}

/** Types a date into a date input, field by field in the order this browser's locale shows them. */
async function typeDate(input: HTMLInputElement, date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 11, 5)).map((part) => part.type);
  const typed = order.flatMap((type) => (type === 'year' ? [year] : type === 'month' ? [month] : type === 'day' ? [day] : []));
  input.focus();
  for (const part of typed) await sendKeys({ type: part });
}

async function addMeasurement(element: FeedStudio, value: string, date?: string): Promise<void> {
  const prefix = asifGoalPrefix(element);
  if (date) {
    await typeDate($(element, `#${prefix}-date`), date);
    expect($<HTMLInputElement>(element, `#${prefix}-date`).value).to.equal(date);
  }
  await typeInto($(element, `#${prefix}-value`), value);
  // The date input keeps today unless changed: Tab on through it (its day, month and year) to the button.
  for (let i = 0; i < 5 && document.activeElement?.textContent !== 'Lägg till mätning'; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement?.textContent).to.equal('Lägg till mätning');
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
}

/** What a download hands the browser: the anchor's file name and the blob's text. */
async function captureDownload(action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const click = HTMLAnchorElement.prototype.click;
  const links: HTMLAnchorElement[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    await action();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  const [link] = links;
  if (!link) throw new Error('nothing was downloaded');
  return { name: link.download, text: await (await fetch(link.href)).text() };
}

type AsifGoal = { current?: number; measurements?: { date: string; value: number }[] };
function asifGoal(feed: unknown): AsifGoal {
  const projects = (feed as { projects: { id: string; goals: AsifGoal[] }[] }).projects;
  return projects.find((p) => p.id === 'asif')!.goals[0];
}

/** The sample feed in a file with a real handle, as the file picker gives one: the origin-private file system's. */
async function sampleFile(name: string): Promise<{ folder: FileSystemDirectoryHandle; file: FileSystemFileHandle }> {
  const folder = await navigator.storage.getDirectory();
  const file = await folder.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  await writable.write(await (await fetch(FEED)).text());
  await writable.close();
  return { folder, file };
}

describe('the feed studio (#13)', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('opens the sample feed, adds 23 to the ASIF goal, the preview shows it, and the download validates with the new value', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    const goals = await untilState($(element, '.st-preview si-goal-progress'));
    expect(shadowText(goals)).not.to.contain('23');

    await addMeasurement(element, '23', '2026-12-05');
    await until(() => shadowText($(element, '.st-preview si-goal-progress')).includes('23 av 50'), 'the preview to show 23 of 50');

    const download = await captureDownload(() => press($(element, '#st-download')));
    expect(download.name).to.equal('sample.json');
    const result = parseFeed(download.text);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.reports.filter((report) => report.dropped)).to.deep.equal([]);
    expect(asifGoal(result.feed).measurements).to.deep.equal([{ date: '2026-12-05', value: 23 }]);
    // Stable key order and 2-space indentation: the text is what the serializer writes for it.
    expect(download.text).to.equal(feedToJson(JSON.parse(download.text)));
    expect(download.text).to.contain('\n  "organizations": [\n');
  });

  it('downloads the draft as a spreadsheet and opens it again with the new value', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    await addMeasurement(element, '23');
    const click = HTMLAnchorElement.prototype.click;
    const links: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      await press($(element, '#st-download-xlsx'));
      await until(() => links.length > 0, 'the spreadsheet download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(links[0].download).to.equal('sample.xlsx');
    const bytes = await (await fetch(links[0].href)).arrayBuffer();
    element.close();
    await element.updateComplete;
    const input = $<HTMLInputElement>(element, '#st-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'sample.xlsx'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => element.feed, 'the spreadsheet to open');
    expect(asifGoal(element.feed).measurements).to.deep.equal([{ date: localDay(), value: 23 }]);
    expect(element.check.problems.filter((p) => !p.warning)).to.deep.equal([]);
  });

  it('a spreadsheet that is no valid feed is refused with its sheet, row and column on screen, and the draft is kept', async () => {
    const element = await studio();
    await openSample(element);
    const draft = element.feed;
    const { feedToTables } = await import('../../src/data/tables/tables.js');
    const { writeWorkbook } = await import('../../src/data/tables/xlsx.js');
    const tables = feedToTables(JSON.parse(await (await fetch(FEED)).text()));
    const projects = tables.find((table) => table.name === 'Projekt')!;
    const start = projects.headers.findIndex((header) => header.endsWith('(start)'));
    projects.rows[0][start] = '2026-13-01';
    const input = $<HTMLInputElement>(element, '#st-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(await writeWorkbook(tables))], 'trasig.xlsx'));
    input.files = transfer.files;
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      input.dispatchEvent(new Event('change'));
      await until(() => $(element, '[role="alert"]').textContent, 'the refusal');
    } finally {
      console.error = consoleError;
    }
    const alert = $(element, '[role="alert"]').textContent!;
    expect(alert).to.contain('trasig.xlsx');
    expect(alert).to.match(/Projekt, rad 2, kolumn Startdatum/);
    expect(element.feed).to.equal(draft);
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    await addMeasurement(element, '23');
    expect(asifGoal(element.feed).measurements).to.have.length(1);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await element.updateComplete;
    expect(asifGoal(element.feed).measurements).to.equal(undefined);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await element.updateComplete;
    expect(asifGoal(element.feed).measurements).to.have.length(1);
  });

  it('keeps the draft over a reload, says so, and Stäng clears it', async () => {
    const first = await studio();
    await openSample(first);
    await openAsif(first);
    await addMeasurement(first, '23');
    expect($(first, '#st-stored-notice').textContent).to.contain('localStorage');
    added.splice(0).forEach((e) => e.remove()); // the page goes away (it keeps the draft as it goes)

    const second = await studio();
    expect(asifGoal(second.feed).measurements).to.deep.equal([{ date: localDay(), value: 23 }]);
    expect($(second, '[role="status"]').textContent).to.contain('Utkastet från förra gången');

    // The draft has a change not saved or downloaded: Stäng asks first.
    await press($(second, '#st-close'));
    await press(await until(() => second.querySelector<HTMLElement>('dialog[open] #st-close-confirm'), 'the close dialog'));
    await second.updateComplete;
    expect(second.feed).to.equal(undefined);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
  });

  it('Spara writes to the opened file after a reload too (its handle is kept in IndexedDB), and Stäng forgets it', async () => {
    const { folder, file } = await sampleFile('studio-kept.json');
    try {
      const first = await studio();
      expect(await first.openFile(await file.getFile(), file as unknown as FileHandle)).to.equal(true);
      await openAsif(first);
      await addMeasurement(first, '23');
      added.splice(0).forEach((e) => e.remove()); // the page goes away

      const second = await studio();
      const save = await until(() => second.querySelector<HTMLButtonElement>('button[aria-describedby="st-save-help"]'), 'Spara after the reload');
      expect(save.textContent).to.equal('Spara');
      await press(save);
      await until(() => second.message?.text.startsWith('Sparade'), 'Sparade');
      expect(asifGoal(JSON.parse(await (await file.getFile()).text())).measurements).to.deep.equal([{ date: localDay(), value: 23 }]);

      // Stäng forgets the file with the draft: after the next reload there is nothing to write back to.
      second.close();
      let forgotten = false;
      for (let i = 0; i < 40 && !forgotten; i++) {
        forgotten = (await keptHandle()) === undefined;
        if (!forgotten) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(forgotten, 'Stäng forgets the kept handle').to.equal(true);
      added.splice(0).forEach((e) => e.remove());
      const third = await studio();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(third.handle).to.equal(undefined);
      expect(await keptHandle()).to.equal(undefined);
    } finally {
      await keepHandle(undefined);
      await folder.removeEntry('studio-kept.json');
    }
  });

  it('a kept handle is used only for its own draft, never for another draft of the same file name', async () => {
    const { folder, file } = await sampleFile('feed.json');
    try {
      const first = await studio();
      await first.openFile(await file.getFile(), file as unknown as FileHandle);
      await until(() => localStorage.getItem(DRAFT_KEY), 'the draft to be kept');
      added.splice(0).forEach((e) => e.remove());
      // Another tab (or an older draft) keeps a draft of another file that is also called feed.json.
      const other = { ...JSON.parse(localStorage.getItem(DRAFT_KEY)!), feed: { version: 1, organizations: [], projects: [] }, fileId: 'another-file' };
      localStorage.setItem(DRAFT_KEY, JSON.stringify(other));

      const second = await studio();
      expect(second.sourceName).to.equal('feed.json');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(second.handle, 'no handle for another file of the same name').to.equal(undefined);
      expect(second.querySelector('button[aria-describedby="st-save-help"]')).to.equal(null);
    } finally {
      await keepHandle(undefined);
      await folder.removeEntry('feed.json');
    }
  });

  it('a file the browser is not allowed to write to is not written, and the page says what to do', async () => {
    const element = await studio();
    await openSample(element);
    let writes = 0;
    const refused: FileHandle & { queryPermission(): Promise<PermissionState>; requestPermission(): Promise<PermissionState> } = {
      name: 'kept.json',
      getFile: () => Promise.reject(new Error('not read')),
      createWritable: () => {
        writes++;
        return Promise.reject(new Error('not allowed'));
      },
      queryPermission: () => Promise.resolve('prompt'),
      requestPermission: () => Promise.resolve('denied'),
    };
    element.handle = refused;
    await element.save();
    expect(writes).to.equal(0);
    expect(element.message?.kind).to.equal('error');
    expect(element.message?.text).to.match(/^kept\.json sparades inte: webbläsaren fick inte skriva i filen\./);
  });

  it('a problem is listed, links to its field, and the field is marked invalid and described', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    const start = $<HTMLInputElement>(element, '#f-projects-0-start');
    // A project whose end comes before its start is one problem; a title emptied in every language another.
    const title = $<HTMLInputElement>(element, '#f-projects-0-title-sv');
    title.select();
    await sendKeys({ press: 'Backspace' });
    const english = $<HTMLInputElement>(element, '#f-projects-0-title-en');
    english.select();
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    const link = await until(() => [...element.querySelectorAll<HTMLAnchorElement>('.st-problem-list a')].find((a) => a.textContent!.includes('asif: title')), 'the title problem');
    start.focus();
    await press(link);
    await until(() => document.activeElement?.id === 'f-projects-0-title-sv', 'focus on the title field');
    const field = document.activeElement!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).to.contain('Fel: väntat en text som inte är tom');
  });

  it('a date after today typed into a measurement is a Swedish problem in the list and at its field, English in English', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    await addMeasurement(element, '5', '2099-01-01');
    const sentence = `Fel: väntat ett datum som inte är senare än i dag (${localDay()}); nu "2099-01-01"`;
    const link = await until(() => [...element.querySelectorAll<HTMLAnchorElement>('.st-problem-list a')].find((a) => /measurements\[\d+\]\.date/.test(a.textContent!)), 'the date problem');
    const item = link.closest('li')!;
    expect(item.textContent!.replace(/\s+/g, ' ')).to.contain(sentence);
    // Swedish words in a Swedish page: nothing of the problem is marked as another language.
    expect(item.querySelector('[lang="en"]')).to.equal(null);
    await press(link);
    await until(() => /measurements-\d+-date$/.test(document.activeElement?.id ?? ''), 'focus on the date field');
    const field = document.activeElement!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ').replace(/\s+/g, ' ')).to.contain(sentence);
    await element.setUiLanguage('en');
    await element.updateComplete;
    expect($(element, '.st-problem-list').textContent!.replace(/\s+/g, ' ')).to.contain(`Error: expected a date not after today (${localDay()}); found "2099-01-01"`);
    await element.setUiLanguage('sv');
  });

  it('bad input leaves the draft as it was, with a message on screen and the reason in the console', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    await addMeasurement(element, '23');
    const draft = element.feed;
    const errors: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const alert = () => $(element, '[role="alert"]').textContent ?? '';
    const chooseFile = async (file: File) => {
      const input = $<HTMLInputElement>(element, '#st-file');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(() => errors.length > 0, `${file.name} to be refused`);
      await element.updateComplete;
    };
    try {
      // With a draft open, "Öppna ett annat flöde" is folded: Enter on its summary opens it.
      await press($(element, '.st-open-other summary'));
      await typeInto($(element, '#st-paste'), '{"version": 1, "projects": [');
      await press($(element, '#st-open-pasted'));
      await element.updateComplete;
      expect(alert()).to.contain('ingen giltig JSON');
      expect(alert()).to.contain('Utkastet du arbetar med är kvar');

      const cases: [File, string][] = [
        [new File([JSON.stringify({ version: 2, projects: [] })], 'v2.json'), 'annan version'],
        [new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], 'bild.json'), 'varken ett flöde'],
        [new File([new Uint8Array(50 * 1024 * 1024)], 'stor.json'), 'för stor'],
        [new File([zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/vbaProject.bin': new Uint8Array([1]) })], 'makro.xlsx'), 'makron'],
        [new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], 'gammal.xls'), 'lösenordsskyddad'],
        [new File([zipSync({ 'word/document.xml': strToU8('<w:document/>') })], 'brev.docx'), 'varken ett flöde'],
        [new File(['{"hello": "world"}'], 'annat.json'), 'inget projektflöde'],
      ];
      for (const [file, words] of cases) {
        errors.length = 0;
        await chooseFile(file);
        expect(alert(), file.name).to.contain(words);
        expect(errors.join('\n'), file.name).to.contain(file.name);
        expect(element.feed, file.name).to.equal(draft);
      }
    } finally {
      console.error = consoleError;
    }
  });

  it('feed text is never HTML in the studio', async () => {
    const element = await studio();
    const hostile = '<img src=x id=injected onerror="window.__hit = 1">';
    element.openText(JSON.stringify({ version: 1, organizations: [{ id: 'o', name: hostile }], projects: [{ id: 'p', title: hostile, organizations: [{ id: 'o', role: 'lead' }] }] }), 'hostile.json');
    await element.updateComplete;
    await press($(element, '[data-project="p"]'));
    await element.updateComplete;
    expect(element.querySelector('#injected')).to.equal(null);
    expect($(element, '.st-nav').textContent).to.contain(hostile);
  });

  it('is accessible (axe, WCAG 2.2 AA) with a project open, in Swedish and in English', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    await untilState($(element, '.st-preview si-project-card'));
    await expect(element).to.be.accessible();
    await element.setUiLanguage('en');
    await element.updateComplete;
    expect($(element, 'h1').textContent).to.equal('Feed studio');
    await expect(element).to.be.accessible();
    await element.setUiLanguage('sv');
  });

  it('is accessible (axe) in a 320 px column too', async () => {
    const element = await studio(320);
    await openSample(element);
    await openAsif(element);
    await untilState($(element, '.st-preview si-goal-progress'));
    await expect(element).to.be.accessible();
  });
});

describe('studio.html (#13)', () => {
  it('runs under its Content-Security-Policy with Trusted Types, opens ?feed=, and needs no sideways scrolling at 320 px', async () => {
    localStorage.removeItem(DRAFT_KEY);
    const frame = await openFrame(`/studio.html?feed=${encodeURIComponent(FEED)}`, { width: 320, height: 900 });
    const doc = frameDocument(frame);
    const studioElement = await until(() => doc.querySelector('feed-studio'), 'the studio');
    await until(() => studioElement.querySelector('.st-nav [data-project="asif"]'), 'the feed to open in the page');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.contain("trusted-types lit-html");
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    frame.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('the demo page links to the studio', async () => {
    const demo = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
    expect([...demo.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('studio.html');
  });
});

/** `window.showDirectoryPicker` answering with `folder`, counting its calls, for the test's length. */
function stubFolderPicker(folder: MemoryFolder): { calls: number; restore: () => void } {
  const picker = { calls: 0, restore: () => delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker };
  (window as { showDirectoryPicker?: unknown }).showDirectoryPicker = async () => {
    picker.calls++;
    return folder;
  };
  return picker;
}

describe('Publicera in the studio (#21)', () => {
  let restore = () => {};
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    restore();
    for (const element of added.splice(0)) element.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  /** Presses "Publicera…" and waits for the dialog with the change list. */
  async function openPublishDialog(element: FeedStudio): Promise<HTMLDialogElement> {
    await press($(element, '#st-publish'));
    return until(() => element.querySelector<HTMLDialogElement>('dialog.st-dialog[open]'), 'the publish dialog');
  }

  async function publishNow(element: FeedStudio): Promise<string> {
    await press($(element, '#st-publish-now'));
    return until(() => (element.querySelector('dialog') ? '' : $(element, '[role="status"]').textContent!.includes('Publicerat') && $(element, '[role="status"]').textContent!), 'the publication');
  }

  it('publishes twice into a chosen folder, showing the change list before it writes: feed.json, changes.json, changes.xml, the archive', async () => {
    const shownAtFirstWrite: string[] = [];
    const log: string[] = [];
    const folder = memoryFolder('publicerat', {}, {
      log,
      onStep: () => {
        if (log.length === 0) shownAtFirstWrite.push(document.querySelector('#st-publish-changes')?.textContent ?? 'no change list');
      },
    });
    const picker = stubFolderPicker(folder);
    restore = picker.restore;
    const element = await studio();
    await openSample(element);

    const dialog = await openPublishDialog(element);
    expect(document.activeElement?.id).to.equal('st-dialog-heading');
    expect(dialog.textContent).to.contain('Publicera i mappen publicerat');
    expect($(dialog, '#st-publish-changes').textContent).to.match(/Nya projekt \(5\):\s*En unik och relevant innovationsallians[^(]*\(asif\)/);
    expect([...dialog.querySelectorAll('#st-publish-files li')].map((li) => li.textContent)).to.deep.equal(['changes.json', 'changes.xml', 'feed.json']);
    expect(folder.files(), 'nothing written before "Publicera nu"').to.deep.equal({});

    const said = await publishNow(element);
    expect(said).to.contain('Publicerat i publicerat: changes.json, changes.xml, feed.json.');
    expect(shownAtFirstWrite[0]).to.contain('Nya projekt (5)');
    expect(document.activeElement?.id, 'focus back on the button').to.equal('st-publish');
    const first = folder.files();
    expect(first['feed.json']).to.equal(feedToJson(element.feed as never));
    expect(JSON.parse(first['changes.json']).publications).to.have.length(1);
    expect(first['changes.xml']).to.contain('<feed xmlns="http://www.w3.org/2005/Atom">');

    await openAsif(element);
    await addMeasurement(element, '23');
    await openPublishDialog(element);
    expect($(element, '#st-publish-changes').textContent!.trim()).to.match(/Ändrade projekt \(1\):\s*En unik och relevant innovationsallians[^(]*\(asif\): ändrat mål$/);
    await publishNow(element);
    const second = folder.files();
    const day = JSON.parse(first['changes.json']).publications[0].published.slice(0, 10);
    expect(Object.keys(second)).to.deep.equal([`archive/feed-${day}.json`, 'changes.json', 'changes.xml', 'feed.json']);
    expect(second[`archive/feed-${day}.json`]).to.equal(first['feed.json']);
    expect(asifGoal(JSON.parse(second['feed.json'])).measurements).to.deep.equal([{ date: localDay(), value: 23 }]);
    expect(JSON.parse(second['changes.json']).publications).to.have.length(2);
    expect(log.filter((step) => step.startsWith('close')).at(-1)).to.equal('close feed.json');
    expect(picker.calls).to.equal(2);
  });

  it("with the feed's web address, changes.xml links to it; an address that is not absolute is refused at its field", async () => {
    const folder = memoryFolder('publicerat');
    const picker = stubFolderPicker(folder);
    restore = picker.restore;
    const element = await studio();
    await openSample(element);
    const address = $<HTMLInputElement>(element, '#st-publish-url');
    expect(address.labels?.[0]?.textContent).to.equal('Flödets webbadress (där feed.json publiceras)');
    await typeInto(address, 'projekt/feed.json');
    await press($(element, '#st-publish'));
    await element.updateComplete;
    expect($(element, '[role="alert"]').textContent).to.contain('Flödets webbadress ska vara en fullständig adress');
    expect(address.getAttribute('aria-invalid')).to.equal('true');
    expect(picker.calls, 'no folder asked for').to.equal(0);

    address.select();
    await typeInto(address, 'https://example.se/projekt/feed.json');
    await element.updateComplete;
    expect(address.getAttribute('aria-invalid')).to.equal(null);
    const dialog = await openPublishDialog(element);
    expect($(dialog, '#st-publish-links').textContent).to.equal('changes.xml länkar till https://example.se/projekt/feed.json.');
    await publishNow(element);
    const xml = folder.files()['changes.xml'];
    expect(xml).to.contain('<link rel="related" href="https://example.se/projekt/feed.json"/>');
    expect(xml).to.contain('<link rel="self" href="https://example.se/projekt/changes.xml"/>');
    element.close();
  });

  it('in English, the change list is in English; Escape cancels and nothing is written', async () => {
    const folder = memoryFolder('out');
    restore = stubFolderPicker(folder).restore;
    const element = await studio();
    await openSample(element);
    await element.setUiLanguage('en');
    await element.updateComplete;
    const dialog = await openPublishDialog(element);
    expect($(dialog, '#st-publish-changes').textContent).to.contain('Projects added (5)');
    expect($(dialog, '#st-publish-now').textContent).to.equal('Publish now');
    await sendKeys({ press: 'Escape' });
    await until(() => !element.querySelector('dialog'), 'the dialog to close');
    expect(document.activeElement?.id).to.equal('st-publish');
    expect(folder.files()).to.deep.equal({});
    await element.setUiLanguage('sv');
  });

  it('an invalid draft is refused with the number of errors, no folder is asked for and nothing is written', async () => {
    const folder = memoryFolder('publicerat', { 'feed.json': '{"version": 1}\n' });
    const picker = stubFolderPicker(folder);
    restore = picker.restore;
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    for (const id of ['#f-projects-0-title-sv', '#f-projects-0-title-en']) {
      $<HTMLInputElement>(element, id).select();
      await sendKeys({ press: 'Backspace' });
    }
    await element.updateComplete;
    await press($(element, '#st-publish'));
    await element.updateComplete;
    expect($(element, '[role="alert"]').textContent).to.contain('Flödet publiceras inte: det har 1 fel.');
    expect(element.querySelector('dialog')).to.equal(null);
    expect(picker.calls).to.equal(0);
    expect(folder.files()).to.deep.equal({ 'feed.json': '{"version": 1}\n' });
  });

  it('a write that fails says which file, and feed.json stays as it was', async () => {
    const folder = memoryFolder('publicerat', { 'feed.json': '{"version": 1, "organizations": [], "projects": []}\n' }, { failOn: 'write changes.xml' });
    restore = stubFolderPicker(folder).restore;
    const element = await studio();
    await openSample(element);
    await openPublishDialog(element);
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      await press($(element, '#st-publish-now'));
      await until(() => $(element, '[role="alert"]').textContent, 'the failure');
    } finally {
      console.error = consoleError;
    }
    const alert = $(element, '[role="alert"]').textContent!;
    expect(alert).to.contain('publicerat/changes.xml kunde inte skrivas');
    expect(alert).to.contain('Ingenting skrevs. feed.json är som förut.');
    expect(folder.files()).to.deep.equal({ 'feed.json': '{"version": 1, "organizations": [], "projects": []}\n' });
  });

  it('"Publicera…" is offered only where the browser can write to a folder', async () => {
    // As in Firefox and Safari, whatever this Chromium has.
    Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true, writable: true });
    restore = () => delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    const element = await studio();
    await openSample(element);
    expect(element.querySelector('#st-publish')).to.equal(null);
  });

  it('the publish dialog is accessible (axe) at 1280 and 320 px', async () => {
    restore = stubFolderPicker(memoryFolder('publicerat')).restore;
    for (const width of [1280, 320]) {
      const element = await studio(width);
      await openSample(element);
      await openPublishDialog(element);
      await expect(element).to.be.accessible();
      element.endDialog();
      await element.updateComplete;
      element.close();
      added.splice(0).forEach((e) => e.remove());
    }
  });
});

describe('the studio and personal data (#22)', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('where contacts are edited it says the feed is public and links to docs/privacy.md; a contact without kind is a warning at its field', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    const contacts = $(element, '#f-projects-0-contacts');
    const notice = $(contacts, '.st-contacts-notice');
    expect(notice.textContent).to.contain('Flödet är offentligt: allt i det kopieras till varje partners webbplats.');
    expect(notice.textContent).to.contain('projekt@');
    expect(notice.textContent).to.contain('vet om det');
    expect($(notice, 'a').getAttribute('href')).to.equal('docs/privacy.md');
    expect(contacts.getAttribute('aria-describedby')).to.equal(notice.parentElement!.id);

    await press([...contacts.querySelectorAll('button')].find((b) => b.textContent === 'Lägg till kontakt')!);
    await element.updateComplete;
    const link = await until(() => [...element.querySelectorAll<HTMLAnchorElement>('.st-problem-list .st-warning a')].find((a) => a.textContent!.includes('contacts[0].kind')), 'the kind warning');
    await press(link);
    await until(() => document.activeElement?.id === 'f-projects-0-contacts-0-kind', 'focus on the kind select');
    const select = document.activeElement!;
    expect(select.getAttribute('aria-invalid')).to.equal(null);
    const described = select.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).to.contain('Varning: väntat "role" för en gemensam e-postlåda');
    // The validator's words in Swedish (problem-words.ts): none left in English in a Swedish page.
    expect(element.querySelector('#f-projects-0-contacts-0-kind-problems [lang="en"]')).to.equal(null);

    (select as HTMLSelectElement).value = 'role';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.check.problems.some((p) => p.at.endsWith('contacts[0].kind'))).to.equal(false);
  });

  it('a draft kept longer than 30 days is not restored: it is removed, and the page says so', async () => {
    const savedAt = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ feed: { version: 1, organizations: [], projects: [] }, name: 'gammal.json', changed: true, savedAt: savedAt.toISOString() }));
    const element = await studio();
    expect(element.feed).to.equal(undefined);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    const date = new Intl.DateTimeFormat('sv', { dateStyle: 'long' }).format(savedAt);
    expect($(element, '[role="status"]').textContent).to.equal(`Ett utkast från ${date} låg kvar i webbläsaren. Det var äldre än 30 dagar och har tagits bort.`);

    localStorage.setItem(DRAFT_KEY, JSON.stringify({ feed: { version: 1, organizations: [], projects: [] }, name: 'nyare.json', changed: true, savedAt: new Date(Date.now() - 29 * 24 * 60 * 60 * 1000).toISOString() }));
    const younger = await studio();
    expect(younger.feed).not.to.equal(undefined);
    expect(younger.sourceName).to.equal('nyare.json');
  });
});

describe('Stäng and the feed date in the studio', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('Stäng asks in a dialog before throwing away changes: Avbryt (focused) keeps them, Escape too, and the other button closes', async () => {
    const element = await studio();
    await openSample(element);
    await openAsif(element);
    await addMeasurement(element, '23');
    await press($(element, '#st-close'));
    const dialog = await until(() => element.querySelector<HTMLDialogElement>('dialog.st-dialog[open]'), 'the close dialog');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('st-dialog-heading');
    expect($(dialog, '#st-dialog-heading').textContent).to.equal('Stänga utan att spara?');
    expect(document.activeElement?.textContent).to.equal('Avbryt');
    await sendKeys({ press: 'Enter' });
    await until(() => !element.querySelector('dialog'), 'the dialog to close');
    expect(element.feed).not.to.equal(undefined);
    expect(document.activeElement?.id).to.equal('st-close');

    await sendKeys({ press: 'Enter' });
    await until(() => element.querySelector('dialog[open]'), 'the dialog again');
    await sendKeys({ press: 'Escape' });
    await until(() => !element.querySelector('dialog'), 'Escape to close it');
    expect(element.feed).not.to.equal(undefined);

    await sendKeys({ press: 'Enter' });
    await until(() => element.querySelector('dialog[open]'), 'the dialog a third time');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent).to.equal('Stäng utan att spara');
    await sendKeys({ press: 'Enter' });
    await until(() => !element.feed, 'the draft to close');
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    await element.updateComplete;
    await until(() => document.activeElement?.id === 'st-open-heading', 'focus at the start of what is left');
  });

  it('Stäng closes at once when nothing would be lost (just opened, or downloaded)', async () => {
    const element = await studio();
    await openSample(element);
    await press($(element, '#st-close'));
    await element.updateComplete;
    expect(element.feed).to.equal(undefined);

    await openSample(element);
    await openAsif(element);
    await addMeasurement(element, '23');
    await captureDownload(() => press($(element, '#st-download')));
    await press($(element, '#st-close'));
    await element.updateComplete;
    expect(element.querySelector('dialog')).to.equal(null);
    expect(element.feed).to.equal(undefined);
  });

  it("the feed's updated is a datetime-local input: shown in local time, written with the offset", async () => {
    const element = await studio();
    await openSample(element);
    const input = $<HTMLInputElement>(element, '#f-updated');
    expect(input.type).to.equal('datetime-local');
    const local = new Date('2026-11-28T00:00:00Z');
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(input.value).to.equal(`${localDay(local)}T${pad(local.getHours())}:${pad(local.getMinutes())}`);
    expect(document.getElementById('f-updated-help')!.textContent).to.contain('I flödet: 2026-11-28T00:00:00Z.');
    input.value = '2026-12-06T09:30';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.feed!.updated).to.match(/^2026-12-06T09:30:00[+-]\d\d:\d\d$/);
    expect(new Date(element.feed!.updated as string).getTime()).to.equal(new Date('2026-12-06T09:30').getTime());
    expect(element.check.problems).to.deep.equal([]);
  });
});
