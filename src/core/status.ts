/**
 * The one way every element shows loading, empty and error states, and the words for them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { say } from '../data/message.js';
import type { FeedError } from './feed-store.js';
import { feedTimeoutMessage } from './words.js';

/**
 * What a visitor reads when the feed cannot be shown, in words a visitor knows (no header names:
 * the console gets those, in `FeedError.detail`). Numbers are formatted in `language`.
 */
export function feedErrorMessage(error: FeedError, language: string): string {
  switch (error.kind) {
    case 'no-feed':
      return msg('Inget projektflöde är angivet för den här widgeten.');
    case 'no-inline':
      return say(msg('Det inbäddade projektflödet {source} finns inte på sidan.'), { source: error.source }, language);
    case 'http':
      return say(msg('Projektflödet kunde inte hämtas: servern svarade med felkod {status}.'), { status: error.status ?? '' }, language);
    case 'not-json':
      return msg('Projektflödet kunde inte läsas: det är inte giltig JSON.');
    case 'not-object':
    case 'no-projects':
      return msg('Projektflödet kunde inte läsas: det saknar en lista med projekt.');
    case 'version':
      return msg('Projektflödet har en version som den här widgeten inte kan läsa.');
    case 'timeout':
      return feedTimeoutMessage(error.timeoutMs ?? 0, language);
    case 'too-large':
      return say(msg('Projektflödet är för stort för att visas: det är större än {megabytes} MB.'), { megabytes: Math.round((error.maxBytes ?? 0) / 2 ** 20) }, language);
    case 'network':
      return msg(
        'Projektflödet kunde inte nås. Antingen går det inte att ansluta, eller så tillåter flödets server inte att det visas på andra webbplatser.',
      );
  }
}

export type StatusView =
  | {
      state: 'loading';
      label: string;
      /** Whether the light DOM holds something to show (not only whitespace or a JSON-LD script). */
      hasFallback: boolean;
      onSlotChange?: (event: Event) => void;
      /** The element's own skeleton, shaped like its ready view; else plain lines. */
      skeleton?: TemplateResult;
    }
  | { state: 'empty'; message: string }
  | { state: 'error'; message: string; onRetry?: () => void };

/**
 * Loading shows the editor's fallback content (the light DOM) as it was before the script came, at
 * its own size, so nothing moves when the element takes over; without fallback content a skeleton
 * keeps the space the ready view will need. The polite announcement is made by the element's live
 * region, not here, and the region holds the same words: the visible message is hidden from
 * assistive tech, so that it is in the accessibility tree (and read) once. Only this view has a
 * slot: the ready view never shows the light DOM.
 */
export function renderStatus(view: StatusView): TemplateResult {
  switch (view.state) {
    case 'loading':
      return html`<div class="status-loading" part="loading">
        <slot @slotchange=${view.onSlotChange}></slot>
        ${view.hasFallback ? nothing : (view.skeleton ?? html`<div class="skeleton" aria-hidden="true"></div>`)}
      </div>`;
    case 'empty':
      return html`<div class="status-empty panel" part="empty"><p aria-hidden="true">${view.message}</p></div>`;
    case 'error':
      return html`<div class="status-error panel" part="error">
        <p aria-hidden="true">${view.message}</p>
        ${view.onRetry
          ? html`<button type="button" part="retry-button" @click=${view.onRetry}>${msg('Försök igen')}</button>`
          : nothing}
      </div>`;
  }
}
