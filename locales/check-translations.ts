/**
 * `npm run locales:check`: fails (exit 1) when a translation is missing, has the wrong
 * placeholders, or when locales/*.xlf or src/generated/ are not up to date with the source.
 *
 * lit-localize itself checks none of this: `lit-localize build` quietly ships the Swedish text in
 * place of a missing translation (lit#5084), and `extract` quietly drops units whose source text
 * changed (lit#5089). So a missing English or Arabic word would reach a page; this makes it fail
 * the build instead. Runs lit-localize's own extractor and generator on temporary copies, so what
 * is compared is exactly what `npm run locales:extract` / `locales:build` would write.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import type { XliffConfig } from '@lit/localize-tools/lib/types/formatters.js';
import type { Message, ProgramMessage } from '@lit/localize-tools/lib/messages.js';
import { parsePlural, slotsOf, type PluralMessage } from '../src/data/message.js';

/** Every problem with the translations of the project configured by `configPath`. */
export async function checkTranslations(configPath: string): Promise<string[]> {
  const root = dirname(resolve(configPath));
  const config = readConfigFileAndWriteSchema(resolve(configPath));
  const output = config.output as RuntimeOutputConfig;
  const interchange = config.interchange as XliffConfig;
  const xliffDir = config.resolve(interchange.xliffDir);
  const generatedDir = config.resolve(output.outputDir);
  const localeCodesModule = config.resolve(output.localeCodesModule ?? '');

  const scratch = mkdtempSync(join(tmpdir(), 'si-locales-'));
  const problems: string[] = [];

  try {
    // The committed XLIFF files, copied, so that extracting into them shows what would change.
    const scratchXliff = join(scratch, 'xliff');
    cpSync(xliffDir, scratchXliff, { recursive: true });
    const localizer = new RuntimeLitLocalizer({
      ...config,
      interchange: { ...interchange, xliffDir: scratchXliff },
      output: {
        ...output,
        outputDir: join(scratch, 'generated/locales'),
        localeCodesModule: join(scratch, 'generated/locale-codes.ts'),
      },
    });

    const { messages, errors } = localizer.extractSourceMessages();
    for (const error of errors) {
      const where = error.file ? `${relative(root, error.file.fileName)}: ` : '';
      problems.push(`${where}${typeof error.messageText === 'string' ? error.messageText : error.messageText.messageText}`);
    }

    // Every message of the source, translated into every target language.
    const { translations } = localizer.readTranslationsSync();
    for (const locale of config.targetLocales) {
      const translated = new Set((translations.get(locale) ?? []).map((message) => message.name));
      for (const message of messages) {
        if (translated.has(message.name)) continue;
        const source = message.contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');
        const file = relative(root, message.file.fileName);
        problems.push(`missing ${locale} translation of ${message.name} ("${source}", ${file}): add a <target> in locales/${locale}.xlf`);
      }
    }
    problems.push(...localizer.validateTranslations().errors);
    problems.push(...sourcePluralProblems(messages, config.sourceLocale, root));
    problems.push(...slotProblems(messages, translations, config.targetLocales));

    // The XLIFF files are what `extract` would write now (no unit missing, none left over).
    await localizer.writeInterchangeFiles();
    for (const locale of config.targetLocales) {
      const name = `${locale}.xlf`;
      const committed = readIfThere(join(xliffDir, name));
      if (committed !== readFileSync(join(scratchXliff, name), 'utf8')) {
        problems.push(`locales/${name} is out of date with the source: run \`npm run locales:extract\`, then translate`);
      }
    }

    problems.push(...(await buildProblems(localizer, { root, scratch, generatedDir, localeCodesModule })));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  return problems;
}

interface Places {
  root: string;
  scratch: string;
  generatedDir: string;
  localeCodesModule: string;
}

/**
 * The generated modules are what `build` would write now: built from the committed XLIFF (the
 * translations were read before extracting into the copies). A build that refuses the translations
 * (a placeholder left out) writes nothing: then its reason is the problem, never a crash.
 */
async function buildProblems(localizer: RuntimeLitLocalizer, places: Places): Promise<string[]> {
  const { root, scratch, generatedDir, localeCodesModule } = places;
  const warn = console.warn;
  console.warn = () => {}; // "message … is missing": reported by the caller, once, with the fix
  try {
    await localizer.build();
  } catch (error) {
    return [`lit-localize build refuses the translations: ${error instanceof Error ? error.message : String(error)}`];
  } finally {
    console.warn = warn;
  }
  const problems: string[] = [];
  const expected = new Map<string, string>([[localeCodesModule, join(scratch, 'generated/locale-codes.ts')]]);
  for (const file of readdirIfThere(join(scratch, 'generated/locales'))) {
    expected.set(join(generatedDir, file), join(scratch, 'generated/locales', file));
  }
  for (const file of readdirIfThere(generatedDir)) {
    if (!expected.has(join(generatedDir, file))) problems.push(`${relative(root, join(generatedDir, file))} is not generated by lit-localize any more: delete it`);
  }
  for (const [committed, fresh] of expected) {
    if (readIfThere(committed) !== readIfThere(fresh)) {
      problems.push(`${relative(root, committed)} is out of date with locales/: run \`npm run locales:build\``);
    }
  }
  return problems;
}

function textOf(message: Message): string {
  return message.contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');
}

/** A `{` or `}` that is not part of a `{slot}`: a slot mistyped by hand. */
function strayBrace(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[A-Za-z]\w*\}/g, ''));
}

/**
 * The `{slots}` of every translation (src/data/message.ts), and the forms of every plural message
 * (ICU plural syntax, in the source too): a translation may not add a slot nor mistype one, nor drop
 * one, except that a plural form may leave out its count ("مشروع واحد" says its number); a plural
 * message has a form for each category its language has, and none for a category it has not.
 */
function slotProblems(messages: readonly Message[], translations: Map<string, Message[]>, locales: readonly string[]): string[] {
  const problems: string[] = [];
  const sources = new Map(messages.map((message) => [message.name, textOf(message)]));
  for (const locale of locales) {
    for (const translation of translations.get(locale) ?? []) {
      const source = sources.get(translation.name);
      if (source === undefined) continue;
      const text = textOf(translation);
      const where = `${locale} translation of ${translation.name} ("${text}", locales/${locale}.xlf)`;
      problems.push(...translationProblems(source, text, locale).map((problem) => `${where} ${problem}`));
    }
  }
  return problems;
}

/** The plural messages of the source that are malformed or lack a category of its language. */
function sourcePluralProblems(messages: readonly ProgramMessage[], sourceLocale: string, root: string): string[] {
  return messages.flatMap((message) => {
    const plural = parsePlural(textOf(message));
    const where = `the source of ${message.name} ("${textOf(message)}", ${relative(root, message.file.fileName)})`;
    return plural ? pluralProblems(plural, sourceLocale).map((problem) => `${where} ${problem}`) : [];
  });
}

/** What is wrong with `text`, the translation into `locale` of the message `source`. */
function translationProblems(source: string, text: string, locale: string): string[] {
  const sourcePlural = parsePlural(source);
  const plural = parsePlural(text);
  if (sourcePlural === undefined) {
    return plural === undefined ? formProblems(text, slotsOf(source)) : ['is a plural message, but the source is not: translate it as one text'];
  }
  if ('error' in sourcePlural) return []; // reported once, with the source
  if (plural === undefined) return [`is not a plural message: write it as the source is, {${sourcePlural.slot}, plural, … other {…}}`];
  const problems = pluralProblems(plural, locale);
  if ('error' in plural) return problems;
  if (plural.slot !== sourcePlural.slot) problems.push(`counts {${plural.slot}}, the source counts {${sourcePlural.slot}}`);
  const wanted = new Set([sourcePlural.slot, ...[...sourcePlural.forms.values()].flatMap(slotsOf)]);
  for (const [selector, form] of plural.forms) {
    problems.push(...formProblems(form, [...wanted], sourcePlural.slot).map((problem) => `in its "${selector}" form ${problem}`));
  }
  return problems;
}

/**
 * The slots of `text` (a plain translation or one plural form) against the source's `wanted` ones:
 * none added or mistyped, none dropped but the count of a plural form (`count`), which a form may
 * leave out or write as `#`.
 */
function formProblems(text: string, wanted: readonly string[], count?: string): string[] {
  const given = new Set(slotsOf(text));
  const problems: string[] = [];
  for (const slot of given) if (!wanted.includes(slot)) problems.push(`has {${slot}}, which the source has not: use ${wanted.map((s) => `{${s}}`).join(', ') || 'no slot'}`);
  for (const slot of wanted) if (slot !== count && !given.has(slot)) problems.push(`lacks {${slot}}`);
  if (strayBrace(text)) problems.push('has a "{" or "}" that is not a {slot}');
  return problems;
}

/** The CLDR plural categories in their usual order, the order `Intl` does not keep. */
const CATEGORY_ORDER: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A plural message that is malformed, lacks a category `locale` has, or has one it has not. */
function pluralProblems(plural: PluralMessage | { error: string }, locale: string): string[] {
  if ('error' in plural) return [`is a malformed plural message: ${plural.error}`];
  const categories: string[] = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
  const selectors = [...plural.forms.keys()];
  const missing = categories.filter((category) => !plural.forms.has(category));
  const unknown = selectors.filter((selector) => !selector.startsWith('=') && !categories.includes(selector));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`has no ${missing.join(', ')} form: ${locale} needs ${categories.join(', ')}`);
  if (unknown.length > 0) problems.push(`has a form for ${unknown.join(', ')}, which ${locale} has not: its categories are ${categories.join(', ')}`);
  return problems;
}

function readdirIfThere(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const configPath = resolve(import.meta.dirname, '../lit-localize.json');
  const problems = await checkTranslations(configPath);
  if (problems.length > 0) {
    console.error(`Translations: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error('How to add or change words: docs/languages.md');
    process.exit(1);
  }
  console.log('Translations: every message of the source is translated into every target language.');
}
