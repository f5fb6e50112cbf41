// @vitest-environment jsdom
/** Controls that remove or replace themselves leave focus in the widget, on the question or the next control. */
import { within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SAVED_VERSION } from '../../src/store/savedState';
import { click, mountWidget, profileLabel, useCleanPage } from './domHelpers';

useCleanPage();
const focused = (w: ReturnType<typeof mountWidget>) => w.el.shadowRoot?.activeElement ?? null;

describe('focus is never dropped to <body>', () => {
  it('"Retirer ma réponse" moves focus to its question', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    const group = w.screen.getByRole('group', { name: profileLabel('structureType') });
    await click(within(group).getAllByRole('radio')[0] as HTMLElement);
    const clear = within(group).getByRole('button', { name: /Retirer ma réponse/ });
    clear.focus();
    await click(clear);
    expect(clear.isConnected).toBe(false);
    expect(focused(w)).toBe(w.screen.getByRole('group', { name: profileLabel('structureType') }));
  });

  it('asking to erase focuses the question, cancelling returns to the button, erasing to the heading', async () => {
    localStorage.setItem('focus-test', JSON.stringify({ version: SAVED_VERSION, profile: { structureType: 'ei' }, answers: {}, step: 'profile', structureName: '', startedAt: null, updatedAt: '2026-12-01T10:00:00.000Z', earlier: null, language: null }));
    const w = mountWidget({ storageKey: 'focus-test' });
    await click(w.screen.getByRole('button', { name: 'Effacer mes réponses de ce navigateur' }));
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
    expect(focused(w)?.textContent).toMatch(/Effacer toutes les réponses/);
    await click(w.screen.getByRole('button', { name: 'Annuler' }));
    expect(focused(w)).toBe(w.screen.getByRole('button', { name: 'Effacer mes réponses de ce navigateur' }));
    await click(w.screen.getByRole('button', { name: 'Effacer mes réponses de ce navigateur' }));
    await click(w.screen.getByRole('button', { name: 'Oui, effacer' }));
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
    expect(focused(w)?.hasAttribute('data-step-heading')).toBe(true);
  });
});
