/**
 * The results screen in the DOM, for every persona with answers, from a store
 * preloaded with those answers (the click-by-click journey is in
 * journey.dom.test.tsx): review, results matching the core, and the page's
 * own navigation.
 */
import { within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { personas } from '../personas';
import { click, expectResultsOf, mountWithAnswers, useCleanPage } from './domHelpers';

useCleanPage();

describe('results of each persona', () => {
  it.each(personas.filter((p) => Object.keys(p.answers).length > 0).map((p) => [p.name, p] as const))('%s reviews its answers and reads results matching the core', async (_name, persona) => {
    const w = await mountWithAnswers(persona, 'review');
    expect(w.screen.getByRole('heading', { level: 2, name: 'Vérifier vos réponses' })).toBeTruthy();
    await click(w.screen.getByRole('button', { name: 'Voir mes résultats' }));
    expectResultsOf(w, persona);
  });
});

describe('results page', () => {
  it('leads from "Sur cette page" to each section and to the print button, moving focus there', async () => {
    const w = await mountWithAnswers(personas.find((p) => p.name === 'allDontKnow')!, 'results');
    const nav = w.screen.getByRole('navigation', { name: 'Sur cette page' });
    const focused = () => w.el.shadowRoot?.activeElement;
    const go = (name: string | RegExp) => click(within(nav).getByRole('button', { name }));
    await go('L’étude de 2021 et vos réponses');
    expect(focused()).toBe(w.screen.getByRole('heading', { level: 3, name: 'L’étude de 2021 et vos réponses' }));
    await go('Votre plan d’action');
    expect(focused()).toBe(w.screen.getByRole('heading', { level: 3, name: 'Votre plan d’action' }));
    await go(/points? à vérifier$/);
    expect(focused()).toBe(w.screen.getByRole('heading', { level: 3, name: /points? à vérifier$/ }));
    await go('Imprimer, enregistrer ou partager');
    expect(focused()).toBe(w.screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));
  });
});
