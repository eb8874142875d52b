import { defineMain } from '@storybook/web-components-vite/node';

/**
 * Storybook for designers: every element in every state, theme and language (see stories/README.md).
 * Nothing here reaches outside the machine: telemetry, crash reports, update checks and "what's new"
 * are off, fonts are the system's, and every feed a story shows is a fixture answered in the page
 * (stories/support/fixture-fetch.ts).
 */
export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
    disableProjectJson: true,
  },
  docs: { defaultName: 'Docs' },
  // The preview is built with the project's own Vite config minus the library build of dist/.
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    // The preview is not shipped, so it writes no licence files (and Storybook's packages keep theirs elsewhere),
    // and it is not the small entry of dist/si-widgets.js, whose check that it imports nothing statically is for that file.
    const libraryOnly = new Set(['si-widgets:bundled-licenses', 'si-widgets:entry-own-copies']);
    config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && 'name' in p && libraryOnly.has(p.name)));
    return mergeConfig(config, {
      build: { lib: false, license: false, sourcemap: false, chunkSizeWarningLimit: 4096, reportCompressedSize: false },
      publicDir: false,
      // The chunk list is noise in npm test's output; warnings and errors still show.
      logLevel: 'warn',
    });
  },
});
