/**
 * Feeds for `npm run fuzz`: random feeds generated from the shipped JSON Schema
 * (src/data/feed.schema.json), mostly valid, and mutations of them (values swapped for hostile
 * strings, wrong types, prototype keys, deep nesting; the text cut, a BOM, control characters).
 * Deterministic: the same `rnd` (mulberry32 from test/bench/feeds.js) gives the same feed text.
 */
import { readFileSync } from 'node:fs';
import { pick } from '../bench/feeds.js';

const schema = JSON.parse(readFileSync(new URL('../../src/data/feed.schema.json', import.meta.url), 'utf8'));

/** Called by any script a feed manages to run (the page defines it): the fuzz run fails. */
export const TRAP = '__siFuzzTrap';

export const HOSTILE_STRINGS = [
  `<img src=x onerror="${TRAP}()">`,
  `<script>${TRAP}()</script>`,
  `</script><script>${TRAP}()</script>`,
  `"><svg onload="${TRAP}()">`,
  `javascript:${TRAP}()`,
  ` JaVa\tScRiPt:${TRAP}()`,
  `data:text/html,<script>${TRAP}()</script>`,
  '<style>*{display:none!important}</style>',
  '__proto__',
  'constructor',
  '',
  ' ',
  '\u0000\u001b[8m\u202e',
  '\ud800',
  'x'.repeat(5000),
  '{{7*7}}${7*7}',
];
/** Stands for 20,000 levels of nesting, written in at the text level (JSON.stringify would overflow). */
const DEEP = '\u0000deep\u0000';
const DEEP_TEXT = `${'[{"a":'.repeat(10_000)}1${'}]'.repeat(10_000)}`;
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Valid values for the schema's patterned strings, by $defs name (each is checked against its pattern). */
const EXAMPLES = {
  LanguageTag: ['sv', 'en', 'ar', 'sv-SE', 'se', 'fi', 'en-GB'],
  LinkUrl: ['https://example.org/projekt/a', 'http://example.org/', 'mailto:info@example.org', 'https://example.org/ä?q=1#x'],
  ImageUrl: ['https://logos.fuzz.example/a.png', 'https://logos.fuzz.example/b.svg'],
  WebUrl: ['https://example.org/rapport.pdf', 'http://example.org/', 'https://example.org/ä?q=1#x'],
  // Valid and invalid codes alike: the widgets check the form, the CLI's strict checks the list.
  Currency: ['SEK', 'EUR', 'NOK', 'XXQ'],
};
/** Patterned properties without a $defs name, by property name. */
const PROPERTY_EXAMPLES = {
  orgNumber: ['232100-0016', '2321000016', '556000-0000'],
  email: ['projekt@example.org', 'a.b@example.se'],
  phone: ['+46 40 000 00 00', '040-00 00 00', '(040) 12 34 56'],
};
const WORDS = ['social', 'innovation', 'Malmö', 'Lund', 'samverkan', 'hälsa', 'unga', 'مشروع', 'Zenit', 'företag', 'Ystad', '—', '&', '"citat"'];
const IDS = ['asif', 'p-1', 'p-2', 'region-skane', 'coompanion', 'mau', 'x', 'ÅÄÖ', 'a b'];

function resolveRef(node) {
  if (!node.$ref) return [node, undefined];
  const name = node.$ref.replace('#/$defs/', '');
  return [{ ...schema.$defs[name], ...node, $ref: undefined }, name];
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function patterned(rnd, node, name, key) {
  if (name && EXAMPLES[name]) return pick(rnd, EXAMPLES[name]);
  if (key && PROPERTY_EXAMPLES[key]) return pick(rnd, PROPERTY_EXAMPLES[key]);
  if (name === 'Date') return `20${pad(10 + Math.floor(rnd() * 20))}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
  if (key === 'updated') return `2026-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}T${pad(Math.floor(rnd() * 24))}:00:00Z`;
  throw new Error(`test/fuzz/generate.js: no example for the pattern ${node.pattern} (${name ?? key}); add one`);
}

function words(rnd, count) {
  return Array.from({ length: count }, () => pick(rnd, WORDS)).join(' ');
}

function text(rnd, node, name, key) {
  if (node.pattern) {
    const value = patterned(rnd, node, name, key);
    if (!new RegExp(node.pattern).test(value)) throw new Error(`example ${value} does not match ${node.pattern}`);
    return value;
  }
  if (key === 'id' || name === 'Id') return pick(rnd, IDS);
  return words(rnd, 1 + Math.floor(rnd() * 6));
}

/** A value valid for `node` (a schema or a $ref), built with `rnd`. `key`: the property it is for. */
export function fromSchema(rnd, node, key = '', depth = 0) {
  const [resolved, name] = resolveRef(node);
  if ('const' in resolved) return resolved.const;
  if (resolved.enum) return pick(rnd, resolved.enum);
  if (resolved.oneOf) return fromSchema(rnd, pick(rnd, resolved.oneOf), key, depth);
  switch (resolved.type) {
    case 'string':
      return text(rnd, resolved, name, key);
    case 'integer':
      return (resolved.minimum ?? 0) + Math.floor(rnd() * ((resolved.maximum ?? 100) - (resolved.minimum ?? 0) + 1));
    case 'number':
      return Math.round(rnd() * 1000) / (rnd() < 0.5 ? 1 : 10);
    case 'array': {
      const length = Math.floor(rnd() * (depth === 0 ? 12 : 4));
      const items = Array.from({ length }, () => fromSchema(rnd, resolved.items, key, depth + 1));
      return resolved.uniqueItems ? [...new Set(items)] : items;
    }
    case 'object':
      return objectFromSchema(rnd, resolved, name, depth);
    default:
      throw new Error(`test/fuzz/generate.js: cannot generate ${JSON.stringify(resolved).slice(0, 80)}`);
  }
}

function objectFromSchema(rnd, node, name, depth) {
  if (!node.properties) {
    // A Text map: language tags to strings.
    const entries = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => [pick(rnd, EXAMPLES.LanguageTag), words(rnd, 3)]);
    return Object.fromEntries(entries);
  }
  const required = new Set(node.required ?? []);
  const value = {};
  for (const [key, property] of Object.entries(node.properties)) {
    if (key === '$schema') continue;
    if (required.has(key) || rnd() < 0.6) value[key] = fromSchema(rnd, property, key, depth + 1);
  }
  if (name === undefined && depth === 0) return uniqueAndLinked(rnd, value);
  return value;
}

/** A whole feed made consistent: unique ids, references to organisations that exist. */
function uniqueAndLinked(rnd, feed) {
  feed.organizations.forEach((organization, i) => (organization.id = `org-${i}`));
  feed.projects.forEach((project, i) => {
    project.id = `${project.id.replace(/\s/g, '-')}-${i}`;
    project.organizations = feed.organizations.length
      ? project.organizations.map((ref, n) => ({ ...ref, id: feed.organizations[(i + n) % feed.organizations.length].id }))
      : [];
    project.organizations = project.organizations.filter((ref, n, all) => all.findIndex((r) => r.id === ref.id) === n);
    project.goals?.forEach((goal, n) => (goal.id = `g-${n}`));
  });
  return feed;
}

/** A feed object valid against the schema. */
export function validFeed(rnd) {
  return fromSchema(rnd, schema);
}

function junk(rnd, depth = 0) {
  switch (Math.floor(rnd() * 9)) {
    case 0: return pick(rnd, HOSTILE_STRINGS);
    case 1: return pick(rnd, [0, -1, 1e308, -0, 0.5, 18, 2 ** 53 + 1]);
    case 2: return null;
    case 3: return rnd() < 0.5;
    case 4: return depth > 2 ? [] : [junk(rnd, depth + 1), junk(rnd, depth + 1)];
    case 5: return depth > 2 ? {} : { [pick(rnd, [...PROTOTYPE_KEYS, 'sv', 'en', 'x'])]: junk(rnd, depth + 1) };
    case 6: return DEEP;
    case 7: return pick(rnd, ['2024-02-30', '2024-13-45', '2024-99-99T99:99', '12/08/2026', 'sv_SE', 'LEAD']);
    default: return pick(rnd, IDS);
  }
}

/** Every [container, key] in `value`, the root's own keys included. */
function slots(value, found = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      found.push([value, key]);
      slots(value[key], found);
    }
  }
  return found;
}

/** One structural change to `feed`, in place. */
function mutateValue(rnd, feed) {
  const all = slots(feed);
  if (all.length === 0) return;
  const [container, key] = pick(rnd, all);
  const kind = rnd();
  if (kind < 0.45) container[key] = junk(rnd);
  else if (kind < 0.6 && !Array.isArray(container)) delete container[key];
  else if (kind < 0.75 && Array.isArray(container)) container.push(structuredClone(container[key]));
  else if (kind < 0.9 && container[key] && typeof container[key] === 'object' && !Array.isArray(container[key])) {
    // A prototype key made own, writable and configurable as JSON.parse makes it (a later mutation may
    // replace or delete it), holding something that would pollute.
    Object.defineProperty(container[key], pick(rnd, PROTOTYPE_KEYS), { value: { polluted: 'yes', version: 2 }, enumerable: true, writable: true, configurable: true });
  } else if (typeof container[key] === 'string') container[key] = `${container[key]}${pick(rnd, HOSTILE_STRINGS)}`;
}

/** One change to the feed's text. */
function mutateText(rnd, text) {
  const at = Math.floor(rnd() * text.length);
  switch (Math.floor(rnd() * 5)) {
    case 0: return text.slice(0, at);
    case 1: return `\ufeff${text}`;
    case 2: return `${text.slice(0, at)}${String.fromCharCode(Math.floor(rnd() * 32))}${text.slice(at)}`;
    case 3: return `${text.slice(0, at)}${text.slice(at + 1)}`;
    default: return `${text}${pick(rnd, ['', ' ', '\n', 'x', ',{}', '\u0000'])}`;
  }
}

/** `feed` with `payload` appended to every string but the enumerations and dates, ids and URLs included. */
function salted(feed, payload) {
  const salt = (value, key) => {
    if (typeof value === 'string') return /^(status|role|start|end|updated|language)$/.test(key) ? value : `${value}${payload}`;
    if (Array.isArray(value)) return value.map((item) => salt(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, salt(v, k)]));
    return value;
  };
  return salt(feed, '');
}

/**
 * The feed text of one fuzz case: a valid feed from the schema (a quarter of cases), the same with
 * one hostile string appended to every text (a quarter), or one with 1–5 structural mutations,
 * sometimes also changed as text.
 */
export function fuzzFeedText(rnd) {
  const feed = validFeed(rnd);
  const kind = rnd();
  if (kind < 0.25) return JSON.stringify(feed);
  if (kind < 0.5) return JSON.stringify(salted(feed, pick(rnd, HOSTILE_STRINGS)));
  const mutations = 1 + Math.floor(rnd() * 5);
  for (let i = 0; i < mutations; i++) mutateValue(rnd, feed);
  const text = JSON.stringify(feed).replaceAll(JSON.stringify(DEEP), DEEP_TEXT);
  return kind < 0.85 ? text : mutateText(rnd, text);
}
