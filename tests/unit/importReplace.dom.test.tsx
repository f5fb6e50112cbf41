// @vitest-environment jsdom
/** Importing a file over current answers: "Comparer" first for an older file, replacing asked twice, undone once. */
import { within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { serializeExport } from '../../src/core/transfer';
import { defaultContent } from '../../src/data/content';
import { beginnerAci, equippedEi } from '../personas';
import { click, mountWithAnswers, useCleanPage } from './domHelpers';

useCleanPage();
type Widget = Awaited<ReturnType<typeof mountWithAnswers>>;
const focused = (w: Widget) => w.el.shadowRoot?.activeElement ?? null;
const score = (w: Widget) => w.root().querySelector('.sd-summary__number')?.textContent;
const choice = (w: Widget) => within(w.screen.getByRole('group', { name: 'Que faire du fichier importé ?' }));
const fileOf = (savedAt: Date) => serializeExport({ questionnaire: defaultContent.questionnaire, profile: equippedEi.profile, answers: equippedEi.answers, savedAt });
const DAY = 24 * 60 * 60 * 1000;

async function importText(w: Widget, text: string) {
  const input = w.screen.getByLabelText('Importer des réponses') as HTMLInputElement;
  // jsdom's File has no text(): what the widget reads of a chosen file.
  Object.defineProperty(input, 'files', { value: [{ name: 'export.json', size: text.length, text: async () => text }], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('importing a file over current answers', () => {
  it('an older file offers "Comparer" first; replacing is confirmed, then undone once, exactly', { timeout: 30_000 }, async () => {
    const w = await mountWithAnswers(beginnerAci, 'results');
    const before = score(w);
    const saved = localStorage.getItem(w.storageKey);
    await importText(w, fileOf(new Date(Date.now() - 30 * DAY)));
    expect(choice(w).getByText(/Il est plus ancien que vos réponses actuelles\./)).toBeTruthy();
    expect(choice(w).getAllByRole('button').map((b) => b.textContent)).toEqual(['Comparer avec mes réponses actuelles', 'Remplacer mes réponses actuelles', 'Annuler']);

    await click(choice(w).getByRole('button', { name: 'Remplacer mes réponses actuelles' }));
    const question = choice(w).getByText(/^Vos réponses actuelles, modifiées le .+, seront remplacées\.$/);
    expect(focused(w)).toBe(question);
    expect(score(w)).toBe(before);
    await click(choice(w).getByRole('button', { name: 'Annuler' }));
    expect(focused(w)).toBe(choice(w).getByRole('button', { name: 'Remplacer mes réponses actuelles' }));

    await click(choice(w).getByRole('button', { name: 'Remplacer mes réponses actuelles' }));
    await click(choice(w).getByRole('button', { name: 'Oui, remplacer' }));
    expect(w.screen.queryByRole('group', { name: 'Que faire du fichier importé ?' })).toBeNull();
    expect(score(w)).not.toBe(before);
    // Focus on the new message, a live region (announced too), just before the undo button.
    expect(focused(w)).toBe(w.screen.getByText('Les réponses du fichier ont remplacé vos réponses.'));
    expect(focused(w)?.getAttribute('role')).toBe('status');

    const undo = w.screen.getByRole('button', { name: 'Annuler le remplacement' });
    await click(undo);
    expect(score(w)).toBe(before);
    expect(localStorage.getItem(w.storageKey)).toBe(saved);
    expect(w.screen.queryByRole('button', { name: 'Annuler le remplacement' })).toBeNull();
    expect(focused(w)?.textContent).toBe('Vos réponses précédentes sont rétablies.');
  });

  it('a newer file keeps "Remplacer" first, still asks, and its undo goes when the user does something else', { timeout: 30_000 }, async () => {
    const w = await mountWithAnswers(beginnerAci, 'results');
    await importText(w, fileOf(new Date(Date.now() + 60_000)));
    expect(choice(w).queryByText(/plus ancien/)).toBeNull();
    expect(choice(w).getAllByRole('button')[0]?.textContent).toBe('Remplacer mes réponses actuelles');
    await click(choice(w).getByRole('button', { name: 'Remplacer mes réponses actuelles' }));
    await click(choice(w).getByRole('button', { name: 'Oui, remplacer' }));
    expect(w.screen.getByRole('button', { name: 'Annuler le remplacement' })).toBeTruthy();

    await importText(w, fileOf(new Date(Date.now() - DAY)));
    expect(w.screen.queryByRole('button', { name: 'Annuler le remplacement' })).toBeNull();
    await click(choice(w).getByRole('button', { name: 'Annuler' }));
    expect(focused(w)).toBe(w.screen.getByRole('heading', { name: 'Votre copie des réponses' }));
  });
});
