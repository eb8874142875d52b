import type { Meta } from '@storybook/web-components-vite';
import { feedWith } from './support/fixtures.js';
import { feedUrl } from './support/fixture-fetch.js';
import { feedStates, type SiStory } from './support/stories.js';

const meta = {
  title: 'Elements/si-partner-list',
  component: 'si-partner-list',
  args: { feed: feedUrl('sample'), project: 'larprocess-behovsdrivet-stod' },
  parameters: { si: { host: 'narrow' } },
} satisfies Meta;
export default meta;

/** The seed's learning process: five organisations in four roles, lead first. */
export const Ready: SiStory = { name: 'Ready: a project’s organisations by role' };
/** Without `project`: every organisation of the feed with its number of projects. */
export const AllOrganizations: SiStory = { name: 'Every organisation of the feed', args: { project: undefined } };
export const ManyPartners: SiStory = { name: 'Twelve partners', args: { feed: feedUrl('long-texts'), project: 'many-partners' } };
/** The logos layout; the fixture feeds have no logos, so each organisation shows its name in a tile. */
export const Logos: SiStory = { name: 'Logos layout (names where there is no logo)', args: { layout: 'logos' } };

/** example-full.json (fictional): a funder with the words it requires beside its logo. */
export const Funders: SiStory = { name: 'Funders with their attribution (example-full)', args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' } };
export const FundersLogos: SiStory = {
  name: 'Funders with their attribution, logos layout',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar', layout: 'logos' },
};
export const FundersAll: SiStory = { name: 'Every organisation, with attributions', args: { feed: feedUrl('full'), project: undefined } };
export const FundersArabic: SiStory = {
  name: 'Funders with their attribution, Arabic',
  args: { feed: feedUrl('full-arabic'), project: 'exempel-grona-gardar' },
  globals: { lang: 'ar' },
};
export const FundersEnglish: SiStory = {
  name: 'Funders with their attribution, English',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' },
  globals: { lang: 'en' },
};
export const FundersLoading: SiStory = {
  ...feedStates.loading,
  name: 'Funders: loading',
  args: { ...feedStates.loading.args, project: 'exempel-grona-gardar' },
};
export const FundersNotFound: SiStory = {
  name: 'Funders: unknown project id',
  args: { feed: feedUrl('full'), project: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['no project with id "finns-inte"'] } },
};

export const Loading: SiStory = { ...feedStates.loading, name: 'Loading' };
export const LoadingWithFallback: SiStory = { ...feedStates.loadingWithFallback, name: 'Loading, with fallback content' };
export const Slow: SiStory = { ...feedStates.slow, name: 'Slow feed (2.5 s)' };

/** The project names no organisations: a calm message. */
export const Empty: SiStory = {
  name: 'Empty: a project with no organisations',
  tags: ['empty'],
  args: { feed: feedUrl('sparse'), project: 'bare' },
  parameters: { si: { state: 'empty' } },
};
export const ProjectNotFound: SiStory = {
  name: 'Not found: unknown project id',
  args: { project: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['no project with id "finns-inte"'] } },
};

export const LongText: SiStory = {
  name: 'Long texts: a very long organisation name',
  tags: ['long-text'],
  args: { feed: feedUrl('long-texts'), project: 'long-texts' },
};
/** A name with markup and a `javascript:` URL: shown as text, with no link. */
export const Hostile: SiStory = { name: 'Hostile strings shown as text', args: { feed: feedUrl('hostile'), project: 'hostile' } };

export const Arabic: SiStory = { name: 'Arabic (right to left)', tags: ['arabic'], args: { feed: feedUrl('arabic') }, globals: { lang: 'ar' } };
export const English: SiStory = { name: 'English', globals: { lang: 'en' } };

export const Dark: SiStory = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const RegionSkane: SiStory = { name: 'Theme: Region Skåne-like', globals: { theme: 'region-skane' } };
export const Coompanion: SiStory = { name: 'Theme: Coompanion-like', globals: { theme: 'coompanion' } };
export const University: SiStory = { name: 'Theme: University-like', globals: { theme: 'university' } };
/** A feed given as an object through the `data` property instead of a URL. */
export const DataProperty: SiStory = {
  name: 'Feed as data property',
  args: { feed: undefined, data: feedWith('many-partners'), project: 'many-partners' },
};

export const Timeout: SiStory = { ...feedStates.timeout, name: 'Error: no answer (timeout)' };
export const NotFound: SiStory = { ...feedStates.http404, name: 'Error: HTTP 404' };
export const NotJson: SiStory = { ...feedStates.notJson, name: 'Error: not JSON' };
export const BadVersion: SiStory = { ...feedStates.badVersion, name: 'Error: unsupported version' };
export const Network: SiStory = { ...feedStates.network, name: 'Error: network or CORS' };
export const NoFeed: SiStory = { ...feedStates.noFeed, name: 'Error: no feed attribute' };
