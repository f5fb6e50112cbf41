/**
 * Every language in `locales/` must mirror the French reference: same
 * namespace files, same key paths, same list lengths, same `{{variables}}`
 * in each text, no empty text, and no text left untranslated. Languages are
 * found by listing the folders under `locales/`, so a new one is checked
 * without touching this file.
 *
 * Plurals: i18next picks `key_<category>` from Intl.PluralRules. A plural
 * key is compared by its base name, and each language must have exactly the
 * forms its own plural rules select for the counts this widget shows (see
 * PLURAL_SAMPLE). For French and English both sets are {one, other}, so the
 * two files have identical keys; a language with more forms (Polish: one,
 * few, many, other) is still checked correctly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = fileURLToPath(new URL('../../locales', import.meta.url));
const REFERENCE = 'fr';

/**
 * Texts allowed to be the same as the French one: proper nouns, each
 * language's own name, and words spelt the same in both languages.
 */
const SAME_AS_REFERENCE_ALLOWED: ReadonlySet<string> = new Set([
  'Français',
  'English',
  'Score',
  'Pix',
  'Les Bons Clics',
  'WeTechCare',
  'Capgemini Invent',
  'France Travail',
  'Aidants Connect',
]);

/** Counts a plural form must cover: question counts, the study's sample size. */
const PLURAL_SAMPLE = Array.from({ length: 1001 }, (_, i) => i);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Leaf = { kind: 'text'; value: string } | { kind: 'list'; length: number } | { kind: 'other'; type: string };

const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const jsonFiles = (lng: string): string[] =>
  readdirSync(join(LOCALES, lng))
    .filter((f) => f.endsWith('.json'))
    .sort();
const namespaces = jsonFiles(REFERENCE).map((f) => f.replace(/\.json$/, ''));

function load(lng: string, ns: string): unknown {
  return JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8'));
}

/** Key path → leaf. Array items get their own paths (`steps.0`) as well as the list. */
function flatten(value: unknown, path = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof value === 'string') {
    out.set(path, { kind: 'text', value });
  } else if (Array.isArray(value)) {
    out.set(path, { kind: 'list', length: value.length });
    value.forEach((item, i) => flatten(item, `${path}.${i}`, out));
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) out.set(path, { kind: 'other', type: 'empty object' });
    for (const [k, v] of entries) flatten(v, path === '' ? k : `${path}.${k}`, out);
  } else {
    out.set(path, { kind: 'other', type: value === null ? 'null' : typeof value });
  }
  return out;
}

/** Plural forms `a.b_one`, `a.b_other` → `a.b{plural}`; other paths unchanged. */
const baseOf = (path: string): string => path.replace(PLURAL_SUFFIX, '{plural}');
const isPlural = (path: string): boolean => PLURAL_SUFFIX.test(path);

function requiredPluralForms(lng: string): Set<string> {
  const rules = new Intl.PluralRules(lng);
  return new Set(PLURAL_SAMPLE.map((n) => rules.select(n)));
}

/** `{{name}}`, `{{ name }}`, `{{name, format}}` → name. */
function variables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => (m[1] ?? '').split(',')[0]!.trim());
  return [...new Set(names)].sort();
}
const unbalancedBraces = (text: string): boolean =>
  text.replace(/\{\{\s*[^{}]+?\s*\}\}/g, '').includes('{{') || text.replace(/\{\{\s*[^{}]+?\s*\}\}/g, '').includes('}}');

const list = (items: readonly string[]): string => items.map((i) => `\n  - ${i}`).join('');

describe('locale folders', () => {
  it(`include the reference language "${REFERENCE}" and at least one other`, () => {
    expect(languages).toContain(REFERENCE);
    expect(languages.length).toBeGreaterThan(1);
    expect(namespaces.length).toBeGreaterThan(0);
  });

  it.each(languages.filter((l) => l !== REFERENCE))('%s has the same namespace files as the reference', (lng) => {
    expect(jsonFiles(lng)).toEqual(jsonFiles(REFERENCE));
  });
});

describe.each(languages)('locale "%s"', (lng) => {
  describe.each(namespaces)('%s.json', (ns) => {
    const flat = (): Map<string, Leaf> => flatten(load(lng, ns));

    it('has no empty or whitespace-only text, and only texts, lists and objects', () => {
      const problems: string[] = [];
      for (const [path, leaf] of flat()) {
        if (leaf.kind === 'text' && leaf.value.trim() === '') problems.push(`${path} is empty`);
        if (leaf.kind === 'list' && leaf.length === 0) problems.push(`${path} is an empty list`);
        if (leaf.kind === 'other') problems.push(`${path} is ${leaf.type}, expected a text`);
        if (leaf.kind === 'text' && unbalancedBraces(leaf.value)) problems.push(`${path} has a malformed {{…}}: "${leaf.value}"`);
      }
      expect(problems, `${lng}/${ns}.json:${list(problems)}`).toEqual([]);
    });

    it('has exactly the plural forms its language needs', () => {
      const required = requiredPluralForms(lng);
      const known = new Set<string>(new Intl.PluralRules(lng).resolvedOptions().pluralCategories);
      const forms = new Map<string, Set<string>>();
      for (const path of flat().keys()) {
        if (!isPlural(path)) continue;
        const form = PLURAL_SUFFIX.exec(path)![1]!;
        const base = baseOf(path);
        forms.set(base, (forms.get(base) ?? new Set()).add(form));
      }
      const problems: string[] = [];
      for (const [base, got] of forms) {
        for (const f of required) if (!got.has(f)) problems.push(`${base.replace('{plural}', `_${f}`)} is missing`);
        for (const f of got) if (!known.has(f)) problems.push(`${base.replace('{plural}', `_${f}`)}: "${lng}" has no plural form "${f}"`);
      }
      expect(problems, `${lng}/${ns}.json:${list(problems)}`).toEqual([]);
    });

    if (lng === REFERENCE) return;

    it(`has the same key paths as ${REFERENCE}, both ways`, () => {
      const own = new Set([...flat().keys()].map(baseOf));
      const ref = new Set([...flatten(load(REFERENCE, ns)).keys()].map(baseOf));
      const missing = [...ref].filter((p) => !own.has(p));
      const extra = [...own].filter((p) => !ref.has(p));
      const problems = [
        ...missing.map((p) => `missing in ${lng}: ${p}`),
        ...extra.map((p) => `not in ${REFERENCE}: ${p}`),
      ];
      expect(problems, `${lng}/${ns}.json vs ${REFERENCE}/${ns}.json:${list(problems)}`).toEqual([]);
    });

    it(`has the same kind of value, list lengths and {{variables}} as ${REFERENCE}`, () => {
      const own = flat();
      const ref = flatten(load(REFERENCE, ns));
      const problems: string[] = [];
      for (const [path, leaf] of own) {
        // The same plural form in the reference, or its "other" form.
        const refLeaf = ref.get(path) ?? (isPlural(path) ? ref.get(path.replace(PLURAL_SUFFIX, '_other')) : undefined);
        if (refLeaf === undefined) continue; // reported by the key-path test
        if (leaf.kind !== refLeaf.kind) {
          problems.push(`${path} is a ${leaf.kind} in ${lng} but a ${refLeaf.kind} in ${REFERENCE}`);
        } else if (leaf.kind === 'list' && refLeaf.kind === 'list' && leaf.length !== refLeaf.length) {
          problems.push(`${path} has ${leaf.length} items in ${lng}, ${refLeaf.length} in ${REFERENCE}`);
        } else if (leaf.kind === 'text' && refLeaf.kind === 'text') {
          const got = variables(leaf.value);
          const want = variables(refLeaf.value);
          if (got.join() !== want.join()) {
            problems.push(`${path} uses {{${got.join('}}, {{')}}} in ${lng} but {{${want.join('}}, {{')}}} in ${REFERENCE}`);
          }
        }
      }
      expect(problems, `${lng}/${ns}.json:${list(problems)}`).toEqual([]);
    });

    it(`has no text left identical to ${REFERENCE} outside the allow-list`, () => {
      const ref = flatten(load(REFERENCE, ns));
      const problems: string[] = [];
      for (const [path, leaf] of flat()) {
        const refLeaf = ref.get(path);
        if (leaf.kind !== 'text' || refLeaf?.kind !== 'text') continue;
        if (leaf.value.trim() === refLeaf.value.trim() && !SAME_AS_REFERENCE_ALLOWED.has(leaf.value.trim())) {
          problems.push(`${path}: "${leaf.value}"`);
        }
      }
      expect(problems, `${lng}/${ns}.json, same text as ${REFERENCE}:${list(problems)}`).toEqual([]);
    });
  });
});
