/**
 * locales/check-translations.ts on a tiny project: it must fail on a missing translation, on
 * locale files older than the source, and on generated modules older than the locale files.
 * (The project lives under .tmp/ in the repository, so that it finds @lit/localize.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { checkTranslations } from '../../locales/check-translations.js';

const tmp = join(import.meta.dirname, '../../.tmp');
let project: string;
let configPath: string;

function write(path: string, text: string): void {
  writeFileSync(join(project, path), text);
}

function localizer(): RuntimeLitLocalizer {
  const config = readConfigFileAndWriteSchema(configPath);
  return new RuntimeLitLocalizer({ ...config, output: config.output as RuntimeOutputConfig });
}

/** What `npm run locales:extract` then `locales:build` do. */
async function extractAndBuild(): Promise<void> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    await localizer().writeInterchangeFiles();
    await localizer().build();
  } finally {
    console.warn = warn;
  }
}

function translate(from: string, to: string): void {
  const xliff = readFileSync(join(project, 'locales/en.xlf'), 'utf8');
  const unit = `<source>${from}</source>`;
  assert.ok(xliff.includes(unit), `no unit for ${from}`);
  write('locales/en.xlf', xliff.replace(unit, `${unit}\n  <target>${to}</target>`));
}

before(async () => {
  mkdirSync(tmp, { recursive: true });
  project = mkdtempSync(join(tmp, 'check-translations-'));
  configPath = join(project, 'lit-localize.json');
  mkdirSync(join(project, 'src'));
  mkdirSync(join(project, 'locales'));
  write(
    'lit-localize.json',
    JSON.stringify({
      $schema: 'https://raw.githubusercontent.com/lit/lit/main/packages/localize-tools/config.schema.json',
      sourceLocale: 'sv',
      targetLocales: ['en'],
      tsConfig: 'tsconfig.json',
      // lit-localize writes this one relative to the working directory, not to the config.
      output: { mode: 'runtime', outputDir: 'generated', localeCodesModule: join(project, 'generated-codes.ts') },
      interchange: { format: 'xliff', xliffDir: 'locales' },
    }),
  );
  // Without the DOM library the TypeScript program is built in a fraction of the time.
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022'], types: [], skipLibCheck: true, noEmit: true },
      include: ['src'],
    }),
  );
  write('src/words.ts', "import { msg } from '@lit/localize';\nexport const words = () => [msg('Hej'), msg('Adjö')];\n");
  await extractAndBuild();
  translate('Hej', 'Hello');
  translate('Adjö', 'Goodbye');
  await extractAndBuild();
});

after(() => rmSync(project, { recursive: true, force: true }));

describe('check-translations', () => {
  it('passes a project whose every message is translated and built', async () => {
    assert.deepEqual(await checkTranslations(configPath), []);
  });

  it('fails on a new message nobody translated, naming it and the command to run', async () => {
    write('src/words.ts', "import { msg } from '@lit/localize';\nexport const words = () => [msg('Hej'), msg('Adjö'), msg('Tack')];\n");
    const stale = await checkTranslations(configPath);
    assert.ok(stale.some((problem) => /missing en translation of \w+ \("Tack"/.test(problem)), stale.join('\n'));
    assert.ok(stale.some((problem) => problem.includes('run `npm run locales:extract`')), stale.join('\n'));

    await extractAndBuild(); // extracted and built, but still not translated
    const untranslated = await checkTranslations(configPath);
    assert.equal(untranslated.length, 1, untranslated.join('\n'));
    assert.match(untranslated[0], /missing en translation .*"Tack".*add a <target> in locales\/en\.xlf/);
  });

  it('fails when the generated modules are older than the translations', async () => {
    translate('Tack', 'Thanks');
    const problems = await checkTranslations(configPath);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /generated\/en\.ts is out of date .*npm run locales:build/);
    await extractAndBuild();
    assert.deepEqual(await checkTranslations(configPath), []);
  });
});

describe('check-translations: slots and plural forms (src/data/message.ts)', () => {
  const source = [
    "import { msg, str } from '@lit/localize';",
    'export const words = (name: string) => [',
    "  msg('Hej'), msg('Adjö'), msg('Tack'),",
    "  msg('{n, plural, one {{n} kaka} other {{n} kakor}}', { id: 'cakes' }),",
    "  msg('{total, plural, one {{done} av {total} klar} other {{done} av {total} klara}}', { id: 'done' }),",
    "  msg('Hej {name}'), msg(str`Välkommen ${name}`),",
    '];',
  ].join('\n');
  const cakes = '{n, plural, one {{n} kaka} other {{n} kakor}}';
  const done = '{total, plural, one {{done} av {total} klar} other {{done} av {total} klara}}';

  function setTarget(from: string, to: string, locale = 'en'): void {
    const xliff = readFileSync(join(project, `locales/${locale}.xlf`), 'utf8');
    const unit = new RegExp(`(<source>${from.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}</source>)(\\s*<target>.*?</target>)?`);
    assert.match(xliff, unit, `no unit for ${from}`);
    write(`locales/${locale}.xlf`, xliff.replace(unit, `$1\n  <target>${to}</target>`));
  }

  before(async () => {
    write('src/words.ts', source);
    await extractAndBuild();
    setTarget(cakes, '{n, plural, one {one cake} other {{n} cakes}}');
    setTarget(done, '{total, plural, one {{done} of {total} done} other {{done} of {total} done}}');
    setTarget('Hej {name}', 'Hello {name}');
    setTarget('Välkommen <x id="0" equiv-text="${name}"/>', 'Welcome <x id="0" equiv-text="${name}"/>');
    await extractAndBuild();
  });

  it('lets a plural form leave its number out', async () => {
    assert.deepEqual(await checkTranslations(configPath), []);
  });

  it('takes # for the count, and a form that leaves out only the count', async () => {
    setTarget(cakes, '{n, plural, one {a cake} other {# cakes}}');
    setTarget(done, '{total, plural, one {{done} of the one done} other {{done} of {total} done}}');
    await extractAndBuild();
    assert.deepEqual(await checkTranslations(configPath), []);
  });

  it('names the message of a slot that is mistyped, added or dropped', async () => {
    setTarget(cakes, '{n, plural, one {one cake} other {{count} cakes}}');
    setTarget(done, '{total, plural, one {{done} of {total} done} other {{total} done}}');
    setTarget('Hej {name}', 'Hello {nmae');
    await extractAndBuild();
    const problems = await checkTranslations(configPath);
    assert.ok(problems.some((p) => /translation of cakes .* in its "other" form has \{count\}, which the source has not: use \{n\}/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /translation of done .* in its "other" form lacks \{done\}/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /translation of \w+ \("Hello \{nmae".* lacks \{name\}/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /"Hello \{nmae".* has a "\{" or "\}" that is not a \{slot\}/.test(p)), problems.join('\n'));
    setTarget(cakes, '{n, plural, one {one cake} other {{n} cakes}}');
    setTarget(done, '{total, plural, one {{done} of {total} done} other {{done} of {total} done}}');
    setTarget('Hej {name}', 'Hello {name}');
    await extractAndBuild();
  });

  it('reports a lit-localize placeholder left out, with the message id, and does not crash', async () => {
    setTarget('Välkommen <x id="0" equiv-text="${name}"/>', 'Welcome');
    const problems = await checkTranslations(configPath);
    assert.ok(problems.length > 0);
    assert.ok(problems.some((p) => /\b[sh][0-9a-f]{16}\b/.test(p) || p.includes('Welcome')), problems.join('\n'));
    setTarget('Välkommen <x id="0" equiv-text="${name}"/>', 'Welcome <x id="0" equiv-text="${name}"/>');
  });

  it('names a plural message that lacks a category the language has, or has one it has not', async () => {
    setTarget(cakes, '{n, plural, few {a few cakes} other {{n} cakes}}');
    await extractAndBuild();
    const problems = await checkTranslations(configPath);
    assert.ok(problems.some((p) => /en translation of cakes .* has no one form: en needs one, other/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /en translation of cakes .* has a form for few, which en has not/.test(p)), problems.join('\n'));
  });

  it('names a malformed plural message or a plain translation of one, and does not crash', async () => {
    setTarget(cakes, '{n, plural, one {one cake} other {{n} cakes}');
    setTarget(done, '{done} of {total} done');
    await extractAndBuild();
    const problems = await checkTranslations(configPath);
    assert.ok(problems.some((p) => /en translation of cakes .* is a malformed plural message: no "\}" closes the message/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /en translation of done .* is not a plural message: write it as the source is, \{total, plural, … other \{…\}\}/.test(p)), problems.join('\n'));
    setTarget(cakes, '{count, plural, one {one cake} other {# cakes}}');
    await extractAndBuild();
    const renamed = await checkTranslations(configPath);
    assert.ok(renamed.some((p) => /en translation of cakes .* counts \{count\}, the source counts \{n\}/.test(p)), renamed.join('\n'));
  });

  it('checks the forms of the source against its own language', async () => {
    write('src/words.ts', source.replace('{n, plural, one {{n} kaka} other', '{n, plural, other'));
    await extractAndBuild();
    const problems = await checkTranslations(configPath);
    assert.ok(problems.some((p) => /the source of cakes \("\{n, plural, other \{\{n\} kakor\}\}", src\/words\.ts\) has no one form: sv needs one, other/.test(p)), problems.join('\n'));
  });

  it('wants every category of each target language: six in Arabic', async () => {
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    write('lit-localize.json', JSON.stringify({ ...config, targetLocales: ['en', 'ar'] }));
    write('src/words.ts', source);
    await extractAndBuild();
    const arabic = (forms: string) => setTarget(cakes, `{n, plural, ${forms}}`, 'ar');
    arabic('one {كعكة واحدة} other {{n} كعكة}');
    let problems = (await checkTranslations(configPath)).filter((p) => p.includes('cakes'));
    assert.ok(problems.some((p) => /ar translation of cakes .* has no zero, two, few, many form: ar needs/.test(p)), problems.join('\n'));
    arabic('zero {لا كعك} one {كعكة واحدة} two {كعكتان} few {# كعكات} many {# كعكةً} other {# كعكة}');
    problems = (await checkTranslations(configPath)).filter((p) => p.includes('cakes') && p.startsWith('ar '));
    assert.deepEqual(problems, []);
    write('lit-localize.json', JSON.stringify(config));
  });
});
