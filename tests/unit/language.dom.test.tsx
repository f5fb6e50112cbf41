/**
 * Languages in the DOM: chosen by option, by the host page's <html lang>,
 * switched mid-journey without losing answers or the step; formatting per language.
 */
import { waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import enInvite from '../../locales/en/invite.json';
import enQuestionnaire from '../../locales/en/questionnaire.json';
import enRecommendations from '../../locales/en/recommendations.json';
import enStudy from '../../locales/en/study.json';
import enResultsUi from '../../locales/en/resultsUi.json';
import enUi from '../../locales/en/ui.json';
import { registerBundle } from '../../src/i18n/bundles';
import { createFormatters } from '../../src/i18n/format';
import { pickLanguage } from '../../src/i18n/languages';
import { answer, click, mountWidget, optionOf, questionLabel, useCleanPage } from './domHelpers';

beforeAll(() => registerBundle('en', { ui: enUi, resultsUi: enResultsUi, questionnaire: enQuestionnaire, recommendations: enRecommendations, study: enStudy, invite: enInvite }));
useCleanPage();

describe('choosing the language', () => {
  it('follows the lang option', () => {
    const w = mountWidget({ lang: 'en' });
    expect(w.screen.getByRole('button', { name: enUi.welcome.start })).toBeTruthy();
    expect(w.root().querySelector('.sd-root')?.getAttribute('lang')).toBe('en');
  });

  it('follows the host page <html lang> when no option is given', () => {
    document.documentElement.lang = 'en-GB';
    const w = mountWidget({ lang: '' });
    expect(w.screen.getByRole('button', { name: enUi.welcome.start })).toBeTruthy();
  });

  it('falls back without error: option, page, browser, French', () => {
    expect(pickLanguage('xx', 'de', ['es-ES', 'en-US'])).toBe('en');
    expect(pickLanguage('!!', '', ['de'])).toBe('fr');
    expect(pickLanguage(undefined, 'fr-CA', ['en'])).toBe('fr');
    // A language the user switched to comes after the partner's option, before the page's.
    expect(pickLanguage('', 'fr', ['fr'], 'en')).toBe('en');
    expect(pickLanguage('fr', 'fr', [], 'en')).toBe('fr');
  });
});

describe('switching mid-journey', () => {
  it('keeps the answers and the current step', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await click(w.screen.getByRole('button', { name: 'Suivant' }));
    await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'mostly');
    await click(w.screen.getByRole('button', { name: 'English' }));
    expect(await w.screen.findByText(/^Step 2 of 9$/)).toBeTruthy();
    const group = w.screen.getByRole('group', { name: enQuestionnaire.questions.eq_sufficiency.label });
    expect((group.querySelector('input[value="mostly"]') as HTMLInputElement).checked).toBe(true);
    expect(w.screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('comes back in the chosen language after a reload, even on a French page', async () => {
    document.documentElement.lang = 'fr';
    const w = mountWidget({ lang: '' });
    await click(w.screen.getByRole('button', { name: 'English' }));
    await click(await w.screen.findByRole('button', { name: enUi.welcome.start }));
    await click(w.screen.getByRole('button', { name: enUi.nav.next }));
    await answer(w.screen, enQuestionnaire.questions.eq_sufficiency.label, (id) => enQuestionnaire.questions.eq_sufficiency.options[id as 'mostly'], 'mostly');
    w.remount();
    expect(w.screen.getByRole('button', { name: enUi.welcome.resume })).toBeTruthy();
    expect(w.root().querySelector('.sd-root')?.getAttribute('lang')).toBe('en');
    // A partner's explicit lang still wins (e.g. its own language switch changed the attribute).
    w.remount({ lang: 'fr' });
    expect(w.screen.getByRole('button', { name: 'Reprendre où j’en étais' })).toBeTruthy();
  });

  it('on the standalone page, sets <html lang> and the title in the language chosen', async () => {
    const w = mountWidget({ pageTitle: true });
    expect(document.documentElement.lang).toBe('fr');
    await click(w.screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.title).toBe(enUi.app.title);
  });

  it('does not save a language choice made before any answer', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'English' }));
    await w.screen.findByRole('button', { name: enUi.welcome.start });
    expect(localStorage.getItem(w.storageKey)).toBeNull();
    w.remount();
    expect(w.screen.getByRole('button', { name: 'Commencer le diagnostic' })).toBeTruthy();
  });
});

describe('formatting', () => {
  it('writes percentages and dates the way each language does', () => {
    const fr = createFormatters('fr');
    const en = createFormatters('en');
    const date = new Date('2026-11-28T12:00:00Z');
    expect(fr.percent(82)).toBe('82\u202f%');
    expect(en.percent(82)).toBe('82%');
    expect(fr.date(date)).toBe('28/11/2026');
    expect(en.date(date)).toBe('28 Nov 2026');
  });
});
