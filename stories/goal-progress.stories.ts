import type { Meta } from '@storybook/web-components-vite';
import { feedWith } from './support/fixtures.js';
import { feedUrl } from './support/fixture-fetch.js';
import { feedStates, type SiStory } from './support/stories.js';

const meta = {
  title: 'Elements/si-goal-progress',
  component: 'si-goal-progress',
  args: { feed: feedUrl('goals'), project: 'in-progress' },
  parameters: { si: { host: 'narrow' } },
} satisfies Meta;
export default meta;

/** A numeric goal on its way (18 of 50, from a baseline of 5) and three milestones. */
export const Ready: SiStory = { name: 'Ready: a goal and milestones' };
/** The seed's ASIF goal: a target of 50 and no figure reported yet. */
export const NoCurrent: SiStory = { name: 'Seed: ASIF, no figure reported yet', args: { feed: feedUrl('sample'), project: 'asif' } };
/** The seed's learning process: three milestones whose status the feed does not give. */
export const SeedMilestones: SiStory = {
  name: 'Seed: three milestones, no status',
  args: { feed: feedUrl('sample'), project: 'larprocess-behovsdrivet-stod' },
};
/** 56 of 50: shown as it is, with the bar full. */
export const OverTarget: SiStory = { name: 'Over target (56 of 50)', args: { project: 'over-target' } };
export const OneGoal: SiStory = { name: 'One goal (goal attribute)', args: { goal: 'nyckelaktorer' } };

/** example-full.json (fictional): dated figures, a baseline, a comment, measurements as a chart (and a table for screen readers), a milestone with the date it was reached. */
export const Measurements: SiStory = { name: 'Measurements, dated figures, comment (example-full)', args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' } };
export const OneMeasuredGoal: SiStory = {
  name: 'One goal with measurements',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar', goal: 'gardar' },
};
export const AchievedMilestone: SiStory = {
  name: 'A milestone reached on a date',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar', goal: 'modell' },
};
export const MeasurementsEnglish: SiStory = {
  name: 'Measurements, English',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' },
  globals: { lang: 'en' },
};
export const MeasurementsArabic: SiStory = {
  name: 'Measurements, Arabic',
  args: { feed: feedUrl('full-arabic'), project: 'exempel-grona-gardar' },
  globals: { lang: 'ar' },
};
export const MeasurementsDark: SiStory = {
  name: 'Measurements, theme: dark',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar' },
  globals: { theme: 'dark' },
};
export const MeasurementsLoading: SiStory = {
  ...feedStates.loading,
  name: 'Measurements: loading',
  args: { ...feedStates.loading.args, project: 'exempel-grona-gardar' },
};
export const MeasuredGoalNotFound: SiStory = {
  name: 'Measurements: unknown goal id',
  args: { feed: feedUrl('full'), project: 'exempel-grona-gardar', goal: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['finns-inte'] } },
};
/** A project of the full feed without goals. */
export const MeasurementsEmpty: SiStory = {
  name: 'Measurements: a project without goals',
  args: { feed: feedUrl('full'), project: 'exempel-plattform' },
  parameters: { si: { state: 'empty' } },
};

export const Loading: SiStory = { ...feedStates.loading, name: 'Loading' };
export const LoadingWithFallback: SiStory = { ...feedStates.loadingWithFallback, name: 'Loading, with fallback content' };
export const Slow: SiStory = { ...feedStates.slow, name: 'Slow feed (2.5 s)', args: { feed: feedUrl('slow'), project: 'asif' } };

/** The project has no goals: a calm message. */
export const Empty: SiStory = { name: 'Empty: a project with no goals', tags: ['empty'], args: { project: 'bare' }, parameters: { si: { state: 'empty' } } };
export const ProjectNotFound: SiStory = {
  name: 'Not found: unknown project id',
  args: { project: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['no project with id "finns-inte"'] } },
};
export const GoalNotFound: SiStory = {
  name: 'Not found: unknown goal id',
  args: { goal: 'finns-inte' },
  parameters: { si: { state: 'error', console: ['finns-inte'] } },
};

export const LongText: SiStory = {
  name: 'Long texts: 200-character goal titles, long unit',
  tags: ['long-text'],
  args: { feed: feedUrl('long-texts'), project: 'long-texts' },
};
/** Markup in a goal's title and unit is shown as text. */
export const Hostile: SiStory = { name: 'Hostile strings shown as text', args: { feed: feedUrl('hostile'), project: 'hostile' } };

export const Arabic: SiStory = {
  name: 'Arabic (right to left)',
  tags: ['arabic'],
  args: { feed: feedUrl('arabic'), project: 'asif' },
  globals: { lang: 'ar' },
};
export const ArabicMilestones: SiStory = {
  name: 'Arabic milestones',
  args: { feed: feedUrl('arabic'), project: 'larprocess-behovsdrivet-stod' },
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
export const NotJson: SiStory = { ...feedStates.notJson, name: 'Error: not JSON' };
export const BadVersion: SiStory = { ...feedStates.badVersion, name: 'Error: unsupported version' };
export const Network: SiStory = { ...feedStates.network, name: 'Error: network or CORS' };
export const NoFeed: SiStory = { ...feedStates.noFeed, name: 'Error: no feed attribute' };
