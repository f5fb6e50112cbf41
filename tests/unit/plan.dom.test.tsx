/** The action plan on the results: set who, when, where it stands, a note; add and remove; kept as plain text. */
import { act, fireEvent, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import recommendationsFr from '../../locales/fr/recommendations.json';
import { buildResult } from '../../src/core/buildResult';
import { defaultContent } from '../../src/data/content';
import { personas } from '../personas';
import { click, mountWithAnswers, useCleanPage } from './domHelpers';

useCleanPage();
const title = (id: string) => (recommendationsFr as Record<string, { title: string }>)[id]!.title;
const persona = personas.find((p) => p.name === 'beginnerAci')!;
const expected = buildResult(defaultContent.questionnaire, persona.answers, persona.profile, defaultContent.benchmark, defaultContent);

async function change(el: HTMLElement, value: string) {
  await act(() => {
    fireEvent.change(el, { target: { value } });
  });
}

describe('the action plan', () => {
  it('starts from the priority actions, each with its funding, and keeps what the user sets across a reload', async () => {
    const w = await mountWithAnswers(persona, 'results');
    const plan = () => within(w.screen.getByRole('region', { name: 'Votre plan d’action' }));
    const first = expected.recommendations.top[0]!.id;
    const fields = plan().getByRole('group', { name: `Suivi de l’action « ${title(first)} »` });
    await change(within(fields).getByLabelText('Qui la porte (prénom ou fonction)'), '<b>Awa</b>, CIP');
    await change(within(fields).getByLabelText('Mois visé'), '2027-03');
    await change(within(fields).getByLabelText('Où en est-elle'), 'doing');
    expect(plan().getByText(/Suivi : En cours · qui : <b>Awa<\/b>, CIP · échéance : 2027-03/)).toBeTruthy();
    expect(w.root().querySelector('b')).toBeNull();

    const added = expected.recommendations.others[0]!.id;
    await change(plan().getByLabelText('Ajouter une autre recommandation au plan'), added);
    await click(plan().getByRole('button', { name: 'Ajouter au plan' }));
    await click(plan().getByRole('button', { name: `Retirer « ${title(expected.recommendations.top[1]!.id)} » du plan` }));
    const titles = () => Array.from(w.screen.getByRole('region', { name: 'Votre plan d’action' }).querySelectorAll('article h4'), (h) => h.textContent);
    expect(titles()).toEqual([title(first), title(expected.recommendations.top[2]!.id), title(added)]);
    expect(plan().getAllByText('D’où peut venir le financement').length).toBeGreaterThan(0);

    const again = await mountWithAnswers(persona, 'results', { storageKey: w.storageKey });
    expect(Array.from(again.screen.getByRole('region', { name: 'Votre plan d’action' }).querySelectorAll('article h4'), (h) => h.textContent)).toEqual(titles());
  });
});
