import frResultsUi from '../../locales/fr/resultsUi.json';
import enUi from '../../locales/en/ui.json';
import { describe, expect, it, vi } from 'vitest';
import { bundleFor, type Bundle } from './bundles';
import { createI18n } from './createI18n';
import { handOver, type CreateTranslator } from './handOver';
import { createReader } from './reader';

const fr = bundleFor('fr') as Bundle;

describe('handing the wording over to i18next', () => {
  it('keeps what was read before: the late wording added, another language loaded, the language shown', async () => {
    const handed = handOver(createReader('fr', fr), {});
    handed.addResourceBundle('fr', 'resultsUi', frResultsUi, true, false);
    handed.addResourceBundle('en', 'ui', enUi, true, false);
    const before = { print: handed.getFixedT('fr')('results.print'), next: handed.getFixedT('en')('nav.next') };
    await handed.changeLanguage('en');
    const create = vi.fn(createI18n as CreateTranslator);
    handed.takeOver(create);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toBe('en');
    expect(handed.language).toBe('en');
    expect(handed.getFixedT('fr')('results.print')).toBe(before.print);
    expect(handed.getFixedT('en')('nav.next')).toBe(before.next);
    expect(before.next).toBe('Next');
  });

  it('sends every later call to i18next, once, through the same t', () => {
    const handed = handOver(createReader('fr', fr), {});
    const t = handed.getFixedT('fr');
    let instance: ReturnType<typeof createI18n> | undefined;
    const create: CreateTranslator = (lng, bundle, options) => (instance = createI18n(lng, bundle, options));
    handed.takeOver(create);
    handed.takeOver(() => {
      throw new Error('taken over twice');
    });
    handed.addResourceBundle('fr', 'team', { team: { title: 'Vue d’équipe' } }, true, false);
    expect(instance?.getFixedT('fr')('team:team.title')).toBe('Vue d’équipe');
    expect(t('team:team.title')).toBe('Vue d’équipe');
  });

  it('reports a missing key through the partner’s handler with either reader', () => {
    const onMissingKey = vi.fn();
    const handed = handOver(createReader('fr', fr, { onMissingKey }), { onMissingKey });
    handed.getFixedT('fr')('no.such');
    handed.takeOver(createI18n as CreateTranslator);
    handed.getFixedT('fr')('no.such');
    expect(onMissingKey.mock.calls).toEqual([
      ['fr', 'ui:no.such'],
      ['fr', 'ui:no.such'],
    ]);
  });
});
