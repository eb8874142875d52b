/**
 * Talking to a built Storybook's preview through its channel, as its toolbar does: shared by the
 * story test (test/storybook/) and the visual review (test/visual/).
 */
import type { Page } from 'puppeteer-core';

export type Channel = {
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
  emit(event: string, payload: unknown): void;
};

declare global {
  interface Window {
    __STORYBOOK_ADDONS_CHANNEL__?: Channel;
  }
}

/** Sets toolbar globals (theme, language); resolves when Storybook has taken them, or after `timeoutMs`. */
export async function updateGlobals(page: Page, globals: Record<string, string>, timeoutMs: number): Promise<void> {
  await page.evaluate(
    (values: Record<string, string>, timeout: number) =>
      new Promise<void>((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return resolve();
        const timer = setTimeout(finish, timeout);
        function finish() {
          clearTimeout(timer);
          channel?.off('globalsUpdated', finish);
          resolve();
        }
        channel.on('globalsUpdated', finish);
        channel.emit('updateGlobals', { globals: values });
      }),
    globals,
    timeoutMs,
  );
}

/** Shows one story in the preview; resolves with Storybook's error, or '' when it rendered. */
export function showStory(page: Page, id: string, timeoutMs: number): Promise<string> {
  return page.evaluate(
    (storyId: string, timeout: number) =>
      new Promise<string>((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return resolve('no Storybook channel in the preview');
        const describe = (payload: unknown) => {
          const error = payload as { title?: string; description?: string; message?: string } | undefined;
          return [error?.title, error?.description, error?.message].filter(Boolean).join(': ');
        };
        const handlers: [string, (payload: unknown) => void][] = [
          // After the render and its afterEach hooks (the a11y addon's own axe run, should it run).
          ['storyFinished', (finished) => (finished as { storyId?: string } | undefined)?.storyId === storyId && done('')],
          // Asked for the story already shown (its re-render for new globals has happened).
          ['storyUnchanged', (unchanged) => unchanged === storyId && done('')],
          ['storyErrored', (error) => done(`Storybook could not show it: ${describe(error)}`)],
          ['storyThrewException', (error) => done(`the story threw: ${describe(error)}`)],
          ['storyMissing', () => done('Storybook does not know this story')],
        ];
        const timer = setTimeout(() => done(`not rendered within ${timeout} ms`), timeout);
        function done(error: string) {
          clearTimeout(timer);
          for (const [event, listener] of handlers) channel?.off(event, listener);
          resolve(error);
        }
        for (const [event, listener] of handlers) channel.on(event, listener);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
    timeoutMs,
  );
}
