import type { Meta } from '@storybook/web-components-vite';
import { feedWith } from './support/fixtures.js';
import { feedUrl } from './support/fixture-fetch.js';
import { feedStates, type SiStory } from './support/stories.js';

const meta = {
  title: 'Elements/si-project-card',
  component: 'si-project-card',
  args: { feed: feedUrl('sample'), project: 'asif' },
  parameters: { si: { host: 'narrow' } },
} satisfies Meta;
export default meta;

/** ASIF, the first seed project. */
export const Ready: SiStory = { name: 'Ready: ASIF' };
export const ManyTopics: SiStory = { name: 'Ready: Ett hållbart Skåne (7 topics)', args: { project: 'hallbart-skane' } };
/** A card in a narrow sidebar column. */
export const Sidebar: SiStory = { name: 'In a 17.5em sidebar', parameters: { si: { host: 'sidebar' } } };

export const Loading: SiStory = { ...feedStates.loading, name: 'Loading' };
export const LoadingWithFallback: SiStory = { ...feedStates.loadingWithFallback, name: 'Loading, with fallback content' };
export const Slow: SiStory = { ...feedStates.slow, name: 'Slow feed (2.5 s)' };

/** The `project` id is not in the feed: the visitor is told, the console says which id and feed. */
export const ProjectNotFound: SiStory = {
  name: 'Not found: unknown project id',
  tags: ['empty'],
  args: { project: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['no project with id "finns-inte"'] } },
};
export const NoProjectAttribute: SiStory = {
  name: 'Not found: no project attribute',
  args: { project: undefined },
  parameters: { si: { state: 'error', console: ['no project attribute'] } },
};

export const LongText: SiStory = { name: 'Long texts: 200-character title', tags: ['long-text'], args: { feed: feedUrl('long-texts'), project: 'long-texts' } };
export const ManyPartners: SiStory = { name: 'Twelve partners', args: { feed: feedUrl('long-texts'), project: 'many-partners' } };
export const NoSummary: SiStory = { name: 'No summary, no link', args: { feed: feedUrl('sparse'), project: 'no-summary' } };
export const Bare: SiStory = { name: 'Only a title', args: { feed: feedUrl('sparse'), project: 'bare' } };
/** Markup and `javascript:` URLs in the feed are shown as text; no link is made of them. */
export const Hostile: SiStory = { name: 'Hostile strings shown as text', args: { feed: feedUrl('hostile'), project: 'hostile' } };
export const Bidi: SiStory = { name: 'A bidi override in the title', args: { feed: feedUrl('hostile'), project: 'bidi' } };

/** example-full.json (fictional): places by name (codes 1280 and 1283 are Malmö and Helsingborg), funding, budget, funders' attributions, contacts, links, updated. */
export const EveryField: SiStory = { name: 'Every field (example-full)', args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' } };
/** A compact card: `hide` leaves out every part it can; the funder's attribution stays. */
export const Compact: SiStory = {
  name: 'Every field, compact (hide)',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar', hide: 'image funding contacts links places updated' },
};
/** A national project: a scope instead of municipalities, funding in euros. */
export const National: SiStory = { name: 'A national project in euros', args: { feed: feedUrl('full'), project: 'exempel-plattform' } };
export const EveryFieldSidebar: SiStory = {
  name: 'Every field, in a 17.5em sidebar',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' },
  parameters: { si: { host: 'sidebar' } },
};
export const EveryFieldEnglish: SiStory = { name: 'Every field, English', args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' }, globals: { lang: 'en' } };
export const EveryFieldArabic: SiStory = {
  name: 'Every field, Arabic',
  args: { feed: feedUrl('full-arabic'), project: 'exempel-grona-gardar' },
  globals: { lang: 'ar' },
};
export const EveryFieldDark: SiStory = { name: 'Every field, theme: dark', args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' }, globals: { theme: 'dark' } };
export const EveryFieldLoading: SiStory = { ...feedStates.loading, name: 'Every field: loading', args: { ...feedStates.loading.args, project: 'exempel-grona-gardar' } };
export const EveryFieldNotFound: SiStory = {
  name: 'Every field: unknown project id',
  args: { feed: feedUrl('full'), project: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['no project with id "finns-inte"'] } },
};

export const Arabic: SiStory = { name: 'Arabic (right to left)', tags: ['arabic'], args: { feed: feedUrl('arabic') }, globals: { lang: 'ar' } };
export const ArabicLongText: SiStory = {
  name: 'Arabic, 200-character title',
  args: { feed: feedUrl('long-texts'), project: 'long-texts' },
  globals: { lang: 'ar' },
};
export const English: SiStory = { name: 'English', globals: { lang: 'en' } };

export const Dark: SiStory = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const RegionSkane: SiStory = { name: 'Theme: Region Skåne-like', globals: { theme: 'region-skane' } };
export const Coompanion: SiStory = { name: 'Theme: Coompanion-like', globals: { theme: 'coompanion' } };
export const University: SiStory = { name: 'Theme: University-like', globals: { theme: 'university' } };
/** A feed given as an object through the `data` property instead of a URL. */
export const DataProperty: SiStory = {
  name: 'Feed as data property',
  args: { feed: undefined, data: feedWith('over-target'), project: 'over-target' },
};

export const Timeout: SiStory = { ...feedStates.timeout, name: 'Error: no answer (timeout)' };
export const NotFound: SiStory = { ...feedStates.http404, name: 'Error: HTTP 404' };
export const ServerError: SiStory = { ...feedStates.http500, name: 'Error: HTTP 500' };
export const NotJson: SiStory = { ...feedStates.notJson, name: 'Error: not JSON' };
export const BadVersion: SiStory = { ...feedStates.badVersion, name: 'Error: unsupported version' };
export const NoProjects: SiStory = { ...feedStates.noProjects, name: 'Error: no project list' };
export const Network: SiStory = { ...feedStates.network, name: 'Error: network or CORS' };
export const NoFeed: SiStory = { ...feedStates.noFeed, name: 'Error: no feed attribute' };
