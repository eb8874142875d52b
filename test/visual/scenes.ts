/**
 * Which stories the visual review renders (issue 20), chosen from the built Storybook's index.json
 * by rules, so that a new element is in the set without editing this file:
 *
 * - every element's `Ready` story (`Elements/<tag>` › export `Ready`) in each theme, and in the
 *   light and the dark theme in each language; for Arabic the element's story tagged `arabic` (an
 *   Arabic feed on a right-to-left page), else `Ready` with the page's language set to Arabic;
 * - every element's `Loading`, `Error: HTTP 404` (export `NotFound`) and the story tagged `empty`;
 * - the new parts of the feed (image, funding, contacts, links, measurements, funders' attributions,
 *   places) from the stories named in NEW_PARTS.
 *
 * Each scene is shot at every width in WIDTHS. Pure: no browser, no files.
 */

/**
 * The Storybook's Theme and Language toolbars. The runner reads them from the built preview (so a
 * partner look added to .storybook/preview.ts is shot without editing this file); these are the
 * values of today's preview, for the tests and for counting shots without a browser.
 */
export interface Toolbar {
  themes: readonly string[];
  languages: readonly string[];
}
export const TOOLBAR: Toolbar = { themes: ['default', 'dark', 'region-skane', 'coompanion'], languages: ['sv', 'en', 'ar'] };
/**
 * The themes shot in every language: light and dark. The partner looks change only tokens
 * (colours, font, radius, spacing), which the Swedish shot shows; shooting them in three languages
 * too would add 32 shots (about 2 MB) that show nothing more.
 */
export const SCHEMES: readonly string[] = ['default', 'dark'];
export const WIDTHS = [320, 1280] as const;

/** Stories that show the feed's newer parts; a missing one is an error, not a silent gap. */
export const NEW_PARTS = [
  'elements-si-project-card--every-field',
  'elements-si-project-card--every-field-arabic',
  'elements-si-project-card--every-field-dark',
  'elements-si-project-card--compact',
  'elements-si-project-card--national',
  'elements-si-project-card--every-field-loading',
  'elements-si-partner-list--funders',
  'elements-si-partner-list--funders-logos',
  'elements-si-goal-progress--measurements',
  'elements-si-goal-progress--measurements-arabic',
  'elements-si-project-list--funder-place-filters',
];

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** One story with the toolbar globals it is shown with; shot at each width. */
export interface Scene {
  /** Unique, safe in a file name: the story id, then theme and language when the scene sets them. */
  key: string;
  storyId: string;
  /** "si-project-card › Ready: ASIF". */
  label: string;
  /** Toolbar values set before the story is shown (a story's own `globals` win over them). */
  globals: { theme: string; lang: string };
  /** Whether the scene's name says theme and language (the cross product of the ready states). */
  varied: boolean;
}

export interface Shot {
  scene: Scene;
  width: number;
  /** The baseline's file name: `<scene key>__<width>.png`. */
  file: string;
}

const DEFAULT_GLOBALS = { theme: 'default', lang: 'sv' };

function labelOf(entry: IndexEntry): string {
  return `${entry.title.replace(/^Elements\//, '')} › ${entry.name}`;
}

function scene(entry: IndexEntry, globals = DEFAULT_GLOBALS, varied = false): Scene {
  const key = varied ? `${entry.id}__${globals.theme}__${globals.lang}` : entry.id;
  return { key, storyId: entry.id, label: labelOf(entry), globals, varied };
}

/** The scenes of one element: ready in every theme and language, then loading, error, empty. */
function elementScenes(title: string, own: IndexEntry[], toolbar: Toolbar, problems: string[]): Scene[] {
  const byId = new Map(own.map((entry) => [entry.id, entry]));
  const prefix = own[0].id.split('--')[0];
  const ready = byId.get(`${prefix}--ready`);
  if (!ready) {
    problems.push(`${title}: no story with export name Ready (id ${prefix}--ready)`);
    return [];
  }
  const arabic = own.find((entry) => entry.tags?.includes('arabic')) ?? ready;
  const scenes: Scene[] = [];
  for (const theme of toolbar.themes) {
    const languages = SCHEMES.includes(theme) ? toolbar.languages : toolbar.languages.slice(0, 1);
    for (const lang of languages) scenes.push(scene(lang === 'ar' ? arabic : ready, { theme, lang }, true));
  }
  const states: [string, IndexEntry | undefined][] = [
    ['Loading (export Loading)', byId.get(`${prefix}--loading`)],
    ['an error (export NotFound, "Error: HTTP 404")', byId.get(`${prefix}--not-found`)],
    ['empty (tag "empty")', own.find((entry) => entry.tags?.includes('empty'))],
  ];
  for (const [what, entry] of states) {
    if (entry) scenes.push(scene(entry));
    else problems.push(`${title}: no story for ${what}`);
  }
  return scenes;
}

/**
 * The scenes for a Storybook index, in a stable order, and what is missing from it (a renamed
 * story must be noticed, or its baseline would silently stop being compared).
 */
export function scenesOf(entries: IndexEntry[], toolbar: Toolbar = TOOLBAR): { scenes: Scene[]; problems: string[] } {
  const stories = entries.filter((entry) => entry.type === 'story');
  const problems: string[] = [];
  const titles = [...new Set(stories.map((entry) => entry.title).filter((title) => title.startsWith('Elements/')))].sort();
  const scenes = titles.flatMap((title) => elementScenes(title, stories.filter((entry) => entry.title === title), toolbar, problems));
  for (const id of NEW_PARTS) {
    const entry = stories.find((story) => story.id === id);
    if (entry) scenes.push(scene(entry));
    else problems.push(`no story ${id} (the new parts; see NEW_PARTS in test/visual/scenes.ts)`);
  }
  return { scenes, problems };
}

/** Every scene at every width. */
export function shotsOf(scenes: Scene[], widths: readonly number[] = WIDTHS): Shot[] {
  return scenes.flatMap((one) => widths.map((width) => ({ scene: one, width, file: `${one.key}__${width}.png` })));
}

/** "theme dark · Arabic (ar) · 320 px", or "320 px" for a scene shown as the story has it. */
export function describeShot(shot: Shot): string {
  const { theme, lang } = shot.scene.globals;
  return shot.scene.varied ? `theme ${theme} · language ${lang} · ${shot.width} px` : `${shot.width} px`;
}
