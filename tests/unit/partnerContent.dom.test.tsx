/**
 * A partner's resources in the mounted widget: checked with the results code,
 * which the widget has once the first screen is idle, so the warning comes
 * then, without opening the results; the replacement shows on the results.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personas } from '../personas';
import { mountWidget, mountWithAnswers, useCleanPage } from './domHelpers';

useCleanPage();
afterEach(() => vi.restoreAllMocks());

const beginner = personas.find((p) => p.name === 'beginnerAci')!;
const regional = { id: 'lesBonsClics', name: 'Le pôle numérique de la fédération', url: 'https://federation.example/numerique' };

describe('a partner’s resources', () => {
  it('are checked while the first screen shows: one warning for an invalid one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = mountWidget({ resources: [regional, { id: 'lesBonsClics', name: 'X', url: 'http://federation.example' }] });
    expect(w.screen.getByRole('button', { name: 'Commencer le diagnostic' })).toBeTruthy();
    // Loaded when idle (1 s without requestIdleCallback, as in jsdom), then checked in an idle task of its own.
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce(), { timeout: 3000 });
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/invalid resource\(s\) ignored/);
  });

  it('replace the widget’s own in the recommendations', async () => {
    const w = await mountWithAnswers(beginner, 'results', { resources: [regional] });
    const link = w.screen.getAllByRole('link', { name: /Le pôle numérique de la fédération/ })[0];
    expect(link?.getAttribute('href')).toBe(regional.url);
    expect(w.screen.queryByRole('link', { name: /^Les Bons Clics/ })).toBeNull();
  });
});
