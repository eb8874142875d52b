/**
 * What an element whose code could not be loaded shows (dist/si-widgets.js imports this only then):
 * a message in the element's language before its fallback content, which stays.
 */
import { msg } from '@lit/localize';
import { inLanguageOf } from './words.js';

export async function showLoadFailure(element: Element): Promise<void> {
  const message = document.createElement('p');
  message.setAttribute('data-si-message', '');
  message.setAttribute('role', 'alert');
  const { text, catalogue } = await inLanguageOf(element, () =>
    msg('Widgeten kunde inte laddas: dess kod saknas eller nätverket svarar inte. Ladda om sidan för att försöka igen.'),
  );
  message.textContent = text;
  message.lang = catalogue;
  element.prepend(message);
  element.dispatchEvent(new CustomEvent('si-state-change', { detail: { state: 'error', message: text }, bubbles: true, composed: true }));
}
