/**
 * The embed's own words (mount and iframe-page messages), in the language of the place they are
 * shown. They are said outside any element's update, so they pick their catalogue themselves.
 */
import { msg } from '@lit/localize';
import { say } from '../data/message.js';
import { matchLocale } from '../data/locale.js';
import { availableCatalogues, ensureLocalization, languageOf, loadCatalogue, withCatalogue, type Catalogue } from '../core/localize.js';
import type { EmbedProblem } from './embed-query.js';

/** Runs `words` with the catalogue for `element`'s language, loading it first if needed. */
export async function inLanguageOf<T>(element: Element, words: () => T): Promise<{ text: T; catalogue: Catalogue }> {
  ensureLocalization();
  const catalogue = matchLocale(languageOf(element) ?? document.documentElement.lang, availableCatalogues());
  try {
    await loadCatalogue(catalogue);
  } catch {
    // The language file could not be loaded: Swedish words rather than none (the console says why).
    return { text: words(), catalogue: 'sv' };
  }
  return { text: withCatalogue(catalogue, words), catalogue };
}

/** A `data-si-widget` that names no widget, or a `data-si-widget` or `?widget=` that names one that does not exist. */
export function unknownWidgetMessage(value: string, known: string): string {
  return value
    ? say(msg('Widgeten "{value}" finns inte. Välj en av: {known}.'), { value, known })
    : say(msg('Ange vilken widget som ska visas med data-si-widget, till exempel {known}.'), { known });
}

/** What is wrong with embed.html's query string, for the visitor (the console gets the detail). */
export function embedProblemMessage(problem: EmbedProblem): string {
  switch (problem.kind) {
    case 'no-widget':
      // The example is a value, not text of the message: it is isolated, and no translation holds an "&".
      return say(msg('Ange vilken widget som ska visas, till exempel {example}.'), { example: '?widget=project-card&feed=…&project=…' });
    case 'unknown-widget':
      return unknownWidgetMessage(problem.widget, problem.known.join(', '));
    case 'no-feed':
      return msg('Ange projektflödets adress med parametern feed.');
    case 'bad-feed':
      return say(msg('Projektflödets adress "{feed}" går inte att använda: ange en http- eller https-adress.'), { feed: problem.feed });
  }
}
