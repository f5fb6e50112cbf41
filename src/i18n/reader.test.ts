/**
 * The first screens' reader must read exactly what i18next reads once it takes over: every key of
 * every namespace of every language in `locales/`, with each count and each variable its text
 * uses, plus the partner's texts and missing keys. A difference would change the wording on
 * screen when results.js arrives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from './createI18n';
import type { Bundle } from './bundles';
import type { Language } from './languages';
import { createReader } from './reader';
import type { I18nOptions } from './translator';

const LOCALES = fileURLToPath(new URL('../../locales', import.meta.url));
const languages = readdirSync(LOCALES) as Language[];
const bundleOf = (lng: string): Bundle =>
  Object.fromEntries(readdirSync(join(LOCALES, lng)).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(LOCALES, lng, f), 'utf8'))])) as Bundle;

/** Every text's key (plural forms by their base name), with its namespace and the variables it uses. */
function keysOf(bundle: Bundle): { ns: string; key: string; vars: string[]; plural: boolean }[] {
  const found = new Map<string, { ns: string; key: string; vars: Set<string>; plural: boolean }>();
  const walk = (ns: string, node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      const last = path.at(-1) ?? '';
      const plural = /_(zero|one|two|few|many|other)$/.test(last);
      const key = [...path.slice(0, -1), plural ? last.replace(/_[a-z]+$/, '') : last].join('.');
      const entry = found.get(`${ns}:${key}`) ?? { ns, key, vars: new Set(), plural };
      for (const m of node.matchAll(/\{\{(.+?)\}\}/g)) entry.vars.add(m[1]!.trim());
      found.set(`${ns}:${key}`, entry);
    } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(ns, v, [...path, k]);
  };
  for (const [ns, tree] of Object.entries(bundle)) walk(ns, tree, []);
  return [...found.values()].map((e) => ({ ...e, vars: [...e.vars] }));
}

const both = (lng: Language, options: I18nOptions = {}) => {
  const bundle = bundleOf(lng);
  return { bundle, reader: createReader(lng, bundle, options).getFixedT(lng), i18next: createI18n(lng, bundle, options).getFixedT(lng) };
};

describe('the first screens’ reader', () => {
  it.each(languages)('reads every key of %s as i18next does, with each count and variable', (lng) => {
    const { bundle, reader, i18next } = both(lng);
    const keys = keysOf(bundle);
    expect(keys.length).toBeGreaterThan(300);
    for (const { ns, key, vars, plural } of keys) {
      for (const count of plural ? [0, 1, 2, 5, 21] : [undefined]) {
        const options = { ns, ...Object.fromEntries(vars.map((v, i) => [v, i % 2 ? 12 : `«${v}»`])), ...(count === undefined ? {} : { count }) };
        expect(reader(key, options), `${lng} ${ns}:${key} ${count ?? ''}`).toBe(i18next(key, options));
        expect(reader(`${ns}:${key}`, options)).toBe(i18next(`${ns}:${key}`, options));
      }
    }
  });

  it('leaves a variable not given as written, and writes one given as undefined as nothing, like i18next', () => {
    const { reader, i18next } = both('fr');
    for (const options of [{ count: 3 }, { count: 3, total: undefined }, { count: 1, total: 0 }]) {
      expect(reader('results.completion', options)).toBe(i18next('results.completion', options));
    }
    expect(reader('results.completion', { count: 2 })).toContain('{{total}}');
  });

  it('falls back to the results’ namespace, and reports a missing key with its namespace, as i18next does', () => {
    const readerMissing = vi.fn();
    const i18nextMissing = vi.fn();
    const { bundle } = both('fr');
    const reader = createReader('fr', bundle, { onMissingKey: readerMissing }).getFixedT('fr');
    const i18next = createI18n('fr', bundle, { onMissingKey: i18nextMissing }).getFixedT('fr');
    expect(reader('results.print')).toBe(i18next('results.print'));
    expect(reader('results.print')).not.toBe('results.print');
    for (const key of ['no.such.key', 'team:no.such']) expect(reader(key)).toBe(i18next(key));
    expect(readerMissing.mock.calls).toEqual(i18nextMissing.mock.calls);
    expect(readerMissing).toHaveBeenCalledWith('fr', 'ui:no.such.key');
  });

  it('shows a partner’s text literally, only for the allowed keys and when not blank', () => {
    const overrides = { fr: { 'welcome.title': 'Bienvenue $t(app.title) chez {{name}}', 'welcome.intro': '  ', ...({ 'nav.next': 'Piraté' } as object) } };
    const { reader, i18next } = both('fr', { overrides });
    for (const key of ['welcome.title', 'ui:welcome.title', 'welcome.intro', 'nav.next']) expect(reader(key, { name: 'x' })).toBe(i18next(key, { name: 'x' }));
    expect(reader('welcome.title')).toBe('Bienvenue $t(app.title) chez {{name}}');
  });

  it('adds wording without overwriting, and switches language like i18next', async () => {
    const reader = createReader('fr', bundleOf('fr'));
    reader.addResourceBundle('fr', 'ui', { welcome: { title: 'Autre', extra: 'Ajouté' } }, true, false);
    expect(reader.getFixedT('fr')('welcome.title')).toBe(createI18n('fr', bundleOf('fr')).getFixedT('fr')('welcome.title'));
    expect(reader.getFixedT('fr')('welcome.extra')).toBe('Ajouté');
    expect(reader.hasResourceBundle('en', 'ui')).toBe(false);
    reader.addResourceBundle('en', 'ui', bundleOf('en').ui, true, false);
    await reader.changeLanguage('en');
    expect(reader.language).toBe('en');
    expect(reader.getFixedT('en')('nav.next')).toBe(createI18n('en', bundleOf('en')).getFixedT('en')('nav.next'));
  });
});
