// @vitest-environment jsdom
/** The share link handed to others never carries the host page's query. */
import { describe, expect, it } from 'vitest';
import { SAVED_VERSION } from '../../src/store/savedState';
import { click, mountWidget, useCleanPage } from './domHelpers';

useCleanPage();

async function linkOn(address: string, options = {}) {
  history.replaceState(null, '', address);
  localStorage.setItem('share-test', JSON.stringify({ version: SAVED_VERSION, profile: { structureType: 'ei' }, answers: {}, step: 'results', structureName: '', startedAt: null, updatedAt: null, earlier: null, language: null }));
  const w = mountWidget({ storageKey: 'share-test', ...options });
  await click(w.screen.getByRole('button', { name: 'Reprendre où j’en étais' }));
  await click(w.screen.getByRole('button', { name: 'Créer un lien de partage' }));
  const field = w.screen.getByRole('textbox', { name: 'Lien à copier' }) as HTMLInputElement;
  // The button that made the link replaced itself: focus is on the link, not <body>.
  expect(w.el.shadowRoot?.activeElement).toBe(field);
  return field.value;
}

describe('share link address', () => {
  it('is built from origin and path: a session token or an e-mail in the query stays behind, a hash route stays', async () => {
    const link = await linkOn('/espace/diagnostic?session=SECRET&email=a%40b.fr#/diagnostic');
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/espace\/diagnostic#\/diagnostic&r=[\w-]+$/);
  });

  it('uses the partner’s shareUrl when given', async () => {
    const link = await linkOn('/intranet?token=1', { shareUrl: 'https://partenaire.fr/diagnostic' });
    expect(link).toMatch(/^https:\/\/partenaire\.fr\/diagnostic#r=[\w-]+$/);
  });
});
