import type { Meta } from '@storybook/web-components-vite';
import { feedWith } from './support/fixtures.js';
import { feedUrl } from './support/fixture-fetch.js';
import { feedStates, type SiStory } from './support/stories.js';

const meta = {
  title: 'Elements/si-project-list',
  component: 'si-project-list',
  args: { feed: feedUrl('sample') },
} satisfies Meta;
export default meta;

/** The five seed projects, as the sample feed publishes them. */
export const Ready: SiStory = { name: 'Ready: the seed projects' };

/** Every visitor control: search, organisation, topic, municipality, status and order. */
export const Filters: SiStory = {
  name: 'Visitor filters',
  args: { filters: 'search organization topic municipality status sort' },
};
/** A partner's own projects with one attribute: only those where Region Skåne is the lead. */
export const Preset: SiStory = { name: 'Preset: Region Skåne as lead', args: { organization: 'region-skane', 'organization-role': 'lead' } };
/** A preset that matches none of the feed's projects. */
export const PresetEmpty: SiStory = {
  name: 'Preset that matches nothing',
  args: { organization: 'coompanion-skane', 'organization-role': 'lead' },
  parameters: { si: { state: 'empty' } },
};
/** "Show more" paging: two at first. */
export const Paging: SiStory = { name: 'Paging: page size 2', args: { 'page-size': 2 } };

/** example-full.json (fictional): funder and place controls (codes shown by name, scopes in words), funders' attributions on each project. */
export const FunderPlaceFilters: SiStory = {
  name: 'Funder and place filters (example-full)',
  args: { feed: feedUrl('full'), filters: 'search funder place sort' },
};
export const FunderPreset: SiStory = { name: 'Preset: one funder', args: { feed: feedUrl('full'), funder: 'exempelkommunen' } };
/** A place by its SCB code (1280, Malmö) or by a scope. */
export const PlacePreset: SiStory = { name: 'Preset: a place by code, or a scope', args: { feed: feedUrl('full'), place: '1280, national' } };
export const PlacePresetEmpty: SiStory = {
  name: 'Preset: a place no project is in',
  args: { feed: feedUrl('full'), place: 'Ystad' },
  parameters: { si: { state: 'empty' } },
};
export const FunderPlaceArabic: SiStory = {
  name: 'Funder and place filters, Arabic',
  args: { feed: feedUrl('full-arabic'), filters: 'search funder place' },
  globals: { lang: 'ar' },
};
export const FunderPlaceEnglish: SiStory = {
  name: 'Funder and place filters, English',
  args: { feed: feedUrl('full'), filters: 'funder place' },
  globals: { lang: 'en' },
};
export const FunderPlaceLoading: SiStory = {
  ...feedStates.loading,
  name: 'Funder and place filters: loading',
  args: { ...feedStates.loading.args, filters: 'funder place' },
};

export const Loading: SiStory = { ...feedStates.loading, name: 'Loading' };
export const LoadingWithFallback: SiStory = { ...feedStates.loadingWithFallback, name: 'Loading, with fallback content' };
export const Slow: SiStory = { ...feedStates.slow, name: 'Slow feed (2.5 s)' };

/** A feed with no projects (yet): a calm message, not an error. */
export const Empty: SiStory = { name: 'Empty feed', tags: ['empty'], args: { feed: feedUrl('empty') }, parameters: { si: { state: 'empty' } } };

export const LongText: SiStory = { name: 'Long texts: a 200-character title, 12 partners', tags: ['long-text'], args: { feed: feedUrl('long-texts') } };
export const Sparse: SiStory = { name: 'No summary, no link, no lead', args: { feed: feedUrl('sparse') } };
/** Markup and `javascript:` URLs in the feed are shown as text; no link is made of them. */
export const Hostile: SiStory = { name: 'Hostile strings shown as text', args: { feed: feedUrl('hostile') } };
export const PartlyInvalid: SiStory = { ...feedStates.partlyInvalid, name: 'Some items invalid: the rest still shows' };

export const Arabic: SiStory = { name: 'Arabic (right to left)', tags: ['arabic'], args: { feed: feedUrl('arabic') }, globals: { lang: 'ar' } };
/** Arabic page, Swedish-only feed: the Swedish text is marked `lang="sv"` for screen readers. */
export const ArabicFallback: SiStory = { name: 'Arabic page, Swedish feed', globals: { lang: 'ar' } };
export const English: SiStory = { name: 'English', globals: { lang: 'en' } };

export const Dark: SiStory = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const RegionSkane: SiStory = { name: 'Theme: Region Skåne-like', globals: { theme: 'region-skane' } };
export const Coompanion: SiStory = { name: 'Theme: Coompanion-like', globals: { theme: 'coompanion' } };
export const University: SiStory = { name: 'Theme: University-like', globals: { theme: 'university' } };
export const HeadingLevel: SiStory = { name: 'Heading level 2', args: { 'heading-level': 2 } };
/** A feed given as an object through the `data` property instead of a URL. */
export const DataProperty: SiStory = { name: 'Feed as data property', args: { feed: undefined, data: feedWith('over-target', 'no-current') } };

export const Timeout: SiStory = { ...feedStates.timeout, name: 'Error: no answer (timeout)' };
export const NotFound: SiStory = { ...feedStates.http404, name: 'Error: HTTP 404' };
export const ServerError: SiStory = { ...feedStates.http500, name: 'Error: HTTP 500' };
export const NotJson: SiStory = { ...feedStates.notJson, name: 'Error: not JSON' };
export const BadVersion: SiStory = { ...feedStates.badVersion, name: 'Error: unsupported version' };
export const NoProjects: SiStory = { ...feedStates.noProjects, name: 'Error: no project list' };
export const Network: SiStory = { ...feedStates.network, name: 'Error: network or CORS' };
export const NoFeed: SiStory = { ...feedStates.noFeed, name: 'Error: no feed attribute' };
