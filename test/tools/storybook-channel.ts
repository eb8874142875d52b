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
