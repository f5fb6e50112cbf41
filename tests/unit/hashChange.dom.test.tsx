// @vitest-environment jsdom
/** A share link pasted into the address bar of a tab that already shows the widget. */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeShare, shareFragment } from '../../src/core/transfer';
import { defaultContent } from '../../src/data/content';
import { click, mountWidget, useCleanPage } from './domHelpers';

useCleanPage();
afterEach(() => history.replaceState(null, '', '/'));

describe('hashchange', () => {
  it('opens the shared view instead of staying on the current step', async () => {
    const w = mountWidget();
    await click(w.screen.getByRole('button', { name: 'Commencer le diagnostic' }));
    const payload = encodeShare({ questionnaire: defaultContent.questionnaire, profile: { structureType: 'ei' }, answers: {} });
    await act(() => {
      history.replaceState(null, '', `/page${shareFragment(payload)}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(w.screen.getByRole('heading', { level: 2, name: 'Résultats partagés' })).toBeTruthy();
  });

  it('a damaged link pasted the same way says so', async () => {
    const w = mountWidget();
    await act(() => {
      history.replaceState(null, '', '/page#r=');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(w.screen.getByRole('status').textContent).toMatch(/lien/i);
  });
});
