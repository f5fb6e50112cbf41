import frResultsUi from '../../locales/fr/resultsUi.json';
import { describe, expect, it, vi } from 'vitest';
import { bundleFor, type Bundle } from './bundles';
import { createI18n } from './createI18n';

// With the results' wording, which comes with results.js in the widget.
const fr: Bundle = { ...(bundleFor('fr') as Bundle), resultsUi: frResultsUi };

describe('partner texts', () => {
  it('are shown literally, also when they contain i18next syntax such as $t(…) or {{…}}', () => {
    const onMissingKey = vi.fn();
    const literal = 'Bienvenue $t(app.title) chez {{name}} $t(storage.erase)';
    const i18n = createI18n('fr', fr, { overrides: { fr: { 'welcome.title': literal, 'sheet.contact': 'Contact : $t(nope)' } }, onMissingKey });
    const t = i18n.getFixedT('fr');
    expect(t('welcome.title')).toBe(literal);
    expect(t('sheet.contact')).toBe('Contact : $t(nope)');
    expect(onMissingKey).not.toHaveBeenCalled();
    // Other wording is untouched, and a blank override keeps the default.
    expect(t('app.title')).toBe('Diagnostic numérique SIAE');
    expect(createI18n('fr', fr, { overrides: { fr: { 'welcome.title': '  ' } } }).getFixedT('fr')('welcome.title')).toBe(fr.ui['welcome'] && (fr.ui['welcome'] as Record<string, string>)['title']);
  });
});
