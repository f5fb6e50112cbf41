/**
 * The diagnostic as a structure meets it, in the DOM: one journey clicked
 * through start, profile, every dimension, review and results; resume; back
 * navigation; conditional questions; erase; broken storage and saved data.
 */
import { waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { visibleQuestions } from '../../src/core/scoring';
import { defaultContent } from '../../src/data/content';
import { personas } from '../personas';
import { answer, click, expectResultsOf, mountWidget, optionOf, profileLabel, profileOptionOf, questionLabel, useCleanPage } from './domHelpers';

const { questionnaire } = defaultContent;
type Widget = ReturnType<typeof mountWidget>;
useCleanPage();

const next = (w: Widget) => click(w.screen.getByRole('button', { name: 'Suivant' }));

/** Answers a persona's profile and every visible question, step by step. */
async function answerAll(w: Widget, persona: (typeof personas)[number]) {
  await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
  for (const [id, value] of Object.entries(persona.profile)) await answer(w.screen, profileLabel(id), profileOptionOf(id), value);
  await next(w);
  for (const d of questionnaire.dimensions) {
    for (const q of questionnaire.questions.filter((x) => x.dimension === d.id)) {
      const value = persona.answers[q.id];
      const shown = visibleQuestions(questionnaire, persona.answers, persona.profile).includes(q);
      if (value !== undefined && shown) await answer(w.screen, questionLabel(q.id), optionOf(q.id), value);
    }
    await next(w);
  }
}

describe('a full journey', () => {
  // One persona clicked through every step; the others reach their results
  // from a preloaded store in results.dom.test.tsx (the browser tests walk it again).
  const persona = personas.find((p) => p.name === 'equippedEi')!;
  it(`${persona.name} answers every step and reads results matching the core`, async () => {
    const w = mountWidget();
    await answerAll(w, persona);
    expect(w.screen.getByRole('heading', { level: 2, name: 'Vérifier vos réponses' })).toBeTruthy();
    await click(w.screen.getByRole('button', { name: 'Voir mes résultats' }));
    expectResultsOf(w, persona);
  });
});

describe('the page title', () => {
  it('follows the step and the language on the standalone page, which the widget owns', async () => {
    const w = mountWidget({ pageTitle: true });
    await waitFor(() => expect(document.title).toBe('Diagnostic numérique SIAE'));
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await waitFor(() => expect(document.title).toBe('Étape 1 sur 9 : Votre structure – Diagnostic numérique SIAE'));
    expect(document.documentElement.lang).toBe('fr');
  });

  it('is never touched by an embed', async () => {
    document.title = 'Le site du réseau';
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    // Wait until the step has changed (and any title effect has run) before checking nothing was touched.
    await w.screen.findByRole('heading', { level: 2, name: 'Votre structure' });
    expect(document.title).toBe('Le site du réseau');
    expect(document.documentElement.lang).toBe('');
  });
});

describe('welcome', () => {
  it('counts the themes from the questionnaire itself', () => {
    const w = mountWidget();
    expect(w.screen.getByText(`Un court profil, puis ${questionnaire.dimensions.length} thèmes`, { exact: false })).toBeTruthy();
  });
});

describe('moving around', () => {
  it('moves focus to the new step heading and announces the step', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    const heading = w.screen.getByRole('heading', { level: 2, name: 'Votre structure' });
    expect(w.el.shadowRoot?.activeElement).toBe(heading);
    expect(w.screen.getByText(/^Étape 1 sur 9$/)).toBeTruthy();
  });

  it('keeps answers when going back', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await next(w);
    await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'mostly');
    await next(w);
    await click(w.screen.getByRole('button', { name: 'Précédent' }));
    const group = w.screen.getByRole('group', { name: questionLabel('eq_sufficiency') });
    expect((group.querySelector('input[value="mostly"]') as HTMLInputElement).checked).toBe(true);
  });

  it('shows questions on software only to structures that use software', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await next(w);
    await next(w);
    expect(w.screen.getByRole('heading', { level: 2 }).textContent).toMatch(/logiciel/i);
    const countGroups = () => w.screen.getAllByRole('group').length;
    await answer(w.screen, questionLabel('sw_uses'), optionOf('sw_uses'), 'no');
    const without = countGroups();
    await answer(w.screen, questionLabel('sw_uses'), optionOf('sw_uses'), 'yes');
    expect(countGroups()).toBeGreaterThan(without);
  });
});

describe('keeping answers in the browser', () => {
  it('offers to resume after a reload, at the step left', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await next(w);
    await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'partly');
    w.remount();
    await click(w.screen.getByRole('button', { name: 'Reprendre où j’en étais' }));
    const group = w.screen.getByRole('group', { name: questionLabel('eq_sufficiency') });
    expect((group.querySelector('input[value="partly"]') as HTMLInputElement).checked).toBe(true);
  });

  it('erases its own answers, and only those, after confirmation', async () => {
    localStorage.setItem('partner-setting', 'keep me');
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await next(w);
    await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'fully');
    w.remount();
    await click(w.screen.getByRole('button', { name: 'Effacer mes réponses de ce navigateur' }));
    await click(w.screen.getByRole('button', { name: 'Oui, effacer' }));
    expect(localStorage.getItem(w.storageKey)).toBeNull();
    expect(localStorage.getItem('partner-setting')).toBe('keep me');
    expect(w.screen.queryByRole('button', { name: 'Reprendre où j’en étais' })).toBeNull();
  });

  it('works in memory and says so when storage throws', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      const w = mountWidget();
      expect(w.screen.getAllByText(/ne peuvent pas être enregistrées|ne permet pas d’enregistrer/).length).toBeGreaterThan(0);
      await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
      await next(w);
      await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'fully');
      const group = w.screen.getByRole('group', { name: questionLabel('eq_sufficiency') });
      expect((group.querySelector('input[value="fully"]') as HTMLInputElement).checked).toBe(true);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('keeps nothing when the partner turns storage off, and says so', async () => {
    const w = mountWidget({ storage: 'none' });
    expect(w.screen.getByText(/ne sont pas enregistrées/)).toBeTruthy();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await next(w);
    await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'fully');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps answers for the tab only with session storage', async () => {
    const w = mountWidget({ storage: 'session' });
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await next(w);
    await answer(w.screen, questionLabel('eq_sufficiency'), optionOf('eq_sufficiency'), 'fully');
    expect(localStorage.getItem(w.storageKey)).toBeNull();
    expect(sessionStorage.getItem(w.storageKey)).toContain('eq_sufficiency');
  });

  it('tells the user when saved data is corrupt, and starts afresh', () => {
    localStorage.setItem('corrupt-key', '{"version":1,"answers":{');
    const w = mountWidget({ storageKey: 'corrupt-key' });
    expect(w.screen.getByText(/illisibles/)).toBeTruthy();
    expect(w.screen.getByRole('button', { name: 'Commencer le diagnostic' })).toBeTruthy();
  });

  it('leaves answers saved by a newer version untouched, says so, and lets the user erase them', async () => {
    const newer = JSON.stringify({ version: 99, answers: { eq_sufficiency: 'mostly' } });
    localStorage.setItem('newer-key', newer);
    const w = mountWidget({ storageKey: 'newer-key' });
    expect(w.screen.getByText(/version plus récente du diagnostic, que cette page ne sait pas relire/)).toBeTruthy();
    expect(w.screen.getByText(/Vos nouvelles réponses ne sont pas enregistrées/)).toBeTruthy();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    await answer(w.screen, profileLabel('structureType'), profileOptionOf('structureType'), 'ei');
    expect(localStorage.getItem('newer-key')).toBe(newer);
    w.remount();
    await click(w.screen.getByRole('button', { name: 'Effacer mes réponses de ce navigateur' }));
    await click(w.screen.getByRole('button', { name: 'Oui, effacer' }));
    expect(localStorage.getItem('newer-key')).toBeNull();
    expect(w.screen.getByText(/Vos réponses \(et la langue choisie\) restent dans ce navigateur/)).toBeTruthy();
  });

  it('keeps what still means the same from an older questionnaire and says the rest is asked again', async () => {
    localStorage.setItem('old-key', JSON.stringify({ version: 1, step: 'dim:equipment', profile: {}, answers: { eq_sufficiency: 'mostly', removed_question: 'yes' } }));
    const w = mountWidget({ storageKey: 'old-key' });
    expect(w.screen.getByText(/Le questionnaire a été revu/)).toBeTruthy();
    await click(w.screen.getByRole('button', { name: 'Reprendre où j’en étais' }));
    const group = w.screen.getByRole('group', { name: questionLabel('eq_sufficiency') });
    expect((group.querySelector('input[value="mostly"]') as HTMLInputElement).checked).toBe(true);
  });
});
