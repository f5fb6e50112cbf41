import { createInstance } from 'i18next';
import frResultsUi from '../../locales/fr/resultsUi.json';
import { describe, expect, it, vi } from 'vitest';
import { bundleFor, type Bundle } from './bundles';
import { createI18n } from './createI18n';

// With the results' wording, which comes with results.js in the widget.
const fr: Bundle = { ...(bundleFor('fr') as Bundle), resultsUi: frResultsUi };

describe('createI18n', () => {
  it('uses French plural rules: 0 is singular', () => {
    const { t } = createI18n('fr', fr);
    expect(t('results.completion', { count: 0, total: 30 })).toBe('0 question répondue sur 30.');
    expect(t('results.completion', { count: 2, total: 30 })).toBe('2 questions répondues sur 30.');
  });

  it('lets a partner replace only the allowed texts, kept as given (JSX renders them as text)', () => {
    const { t } = createI18n('fr', fr, { overrides: { fr: { 'welcome.title': '<b>Notre diagnostic</b>', ...({ 'nav.next': 'Piraté' } as object) } } });
    expect(t('welcome.title')).toBe('<b>Notre diagnostic</b>');
    expect(t('nav.next')).toBe('Suivant');
  });

  it('reports a missing key instead of failing silently', () => {
    const missing = vi.fn();
    const { t } = createI18n('fr', fr, { onMissingKey: missing });
    t('no.such.key');
    expect(missing).toHaveBeenCalledWith('fr', 'ui:no.such.key');
  });

  it('is private: a host page instance of i18next is left untouched', () => {
    const host = createInstance();
    void host.init({ lng: 'de', resources: { de: { translation: { hello: 'Hallo' } } }, initAsync: false });
    createI18n('fr', fr);
    expect(host.language).toBe('de');
    expect(host.t('hello')).toBe('Hallo');
  });
});
