/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/si-widgets.js';
import { installFixtureFetch } from '../stories/support/fixture-fetch.js';
import { forStorybook, type Manifest } from '../stories/support/manifest.js';
import { embedSnippet, renderElement, siParameters } from '../stories/support/stories.js';
import './themes.css';

// Written by `cem analyze` from the elements' JSDoc; `npm run storybook` and `build-storybook` run it first.
const manifests = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (!manifest) {
  throw new Error('dist/custom-elements.json is missing: run `npm run manifest` (the storybook scripts do it first).');
}
setCustomElementsManifest(forStorybook(manifest));
installFixtureFetch();

const LANGUAGES = {
  sv: { title: 'Svenska', dir: 'ltr' },
  en: { title: 'English', dir: 'ltr' },
  ar: { title: 'العربية (RTL)', dir: 'rtl' },
} as const;

const THEMES = {
  default: 'Default',
  dark: 'Dark',
  'region-skane': 'Region Skåne-like (example)',
  coompanion: 'Coompanion-like (example)',
  university: 'University-like (example)',
} as const;

type Language = keyof typeof LANGUAGES;
type Theme = keyof typeof THEMES;

/** What the story test reads after a story renders (test/storybook/stories.test.ts). */
export interface StoryExpectations {
  id: string;
  state: string;
  console: string[];
}

declare global {
  interface Window {
    __SI_STORY__?: StoryExpectations;
  }
}

/**
 * The host page around the story: `lang` and `dir` from the Language toolbar and the look from the
 * Theme toolbar, on a wrapper element, as a partner's page would have them. `keyed` makes a new
 * element when either changes, so it resolves its language afresh.
 */
const withHostPage: Decorator = (story, context) => {
  const lang: Language = context.globals.lang in LANGUAGES ? context.globals.lang : 'sv';
  const theme: Theme = context.globals.theme in THEMES ? context.globals.theme : 'default';
  const si = siParameters(context);
  if (context.viewMode === 'story') {
    window.__SI_STORY__ = { id: context.id, state: si.state ?? 'ready', console: si.console ?? [] };
  }
  const classes = `si-host si-host--${si.host ?? 'column'}${context.viewMode === 'story' ? ' si-host--story' : ''}`;
  return html`${keyed(
    `${lang}|${theme}`,
    html`<div class=${classes} data-si-theme=${theme} lang=${lang} dir=${LANGUAGES[lang].dir}>${story()}</div>`,
  )}`;
};

/** `'light' | 'dark' | 'auto'`, maybe `| undefined`: a select of those values. */
const UNION_OF_STRINGS = /^'[^']*'( \| '[^']*')+( \| undefined)?$/;

/** Controls for what `cem analyze` cannot type: colours, ranges, choices, and the read-only `state`. */
function siArgTypes(argTypes: StrictArgTypes): StrictArgTypes {
  const result: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const enhanced: StrictInputType = { ...argType };
    if (name === 'state' || name === '(default)') {
      // Set by the element itself, or slotted content: nothing for a control to set.
      enhanced.control = false;
    } else if (name.startsWith('--si-')) {
      enhanced.control = name.startsWith('--si-color-') ? { type: 'color' } : { type: 'text' };
    } else if (UNION_OF_STRINGS.test(argType.table?.type?.summary ?? '')) {
      const options = [...(argType.table?.type?.summary ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]);
      enhanced.control = { type: 'select' };
      enhanced.options = [undefined, ...options];
    } else if (name === 'heading-level') {
      enhanced.control = { type: 'number', min: 1, max: 6, step: 1 };
    } else if (name === 'timeout') {
      enhanced.control = { type: 'number', min: 0, step: 1000 };
    } else if (name === 'data') {
      enhanced.control = { type: 'object' };
    }
    result[name] = enhanced;
  }
  return result;
}

const preview: Preview = {
  tags: ['autodocs'],
  render: renderElement,
  decorators: [withHostPage],
  argTypesEnhancers: [(context) => siArgTypes(context.argTypes)],
  globalTypes: {
    lang: {
      description: 'Language of the host page (lang and dir on the element’s container)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, { title }]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Look of the host page and the widget (only documented --si-* custom properties)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'default' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    viewport: {
      options: {
        phone: { name: 'Phone 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: {
      // Violations fail the story in the a11y panel and in any test run through Storybook.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    docs: {
      canvas: { sourceState: 'shown' },
      source: {
        language: 'html',
        // The decorators' wrapper is the host page, not part of what a partner pastes.
        excludeDecorators: true,
        transform: (_code: string, context: Parameters<typeof embedSnippet>[0]) => embedSnippet(context),
      },
    },
  },
};

export default preview;
