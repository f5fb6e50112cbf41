// @vitest-environment jsdom
/**
 * The results' code arrives in its own file (results.js beside embed.js).
 * Not loaded yet when the user gets there: the heading at once, with focus,
 * and a status line, then the results. When it cannot be loaded: a clear
 * message and a button to try again; nothing answered is lost.
 */
import { describe, expect, it, vi } from 'vitest';
import ui from '../../locales/fr/ui.json';
import { personas } from '../personas';
import { click, expectResultsOf, mountWithAnswers, useCleanPage } from './domHelpers';

const late = vi.hoisted(() => ({ failNext: 0, loaded: null as unknown, release: null as null | (() => void) }));
vi.mock('../../src/ui/results/loadResults', async () => {
  const real = await vi.importActual<typeof import('../../src/ui/results/loadResults')>('../../src/ui/results/loadResults');
  return {
    peekResults: () => late.loaded,
    loadResults: async (nonce: string | null) => {
      if (late.failNext-- > 0) throw new Error('results.js could not be loaded');
      if (late.release) await new Promise<void>((resolve) => (late.release = resolve));
      return (late.loaded = await real.loadResults(nonce));
    },
  };
});

useCleanPage();
const persona = personas.find((p) => p.name === 'equippedEi')!;

describe('the results code, loaded after the first screen', () => {
  it('not loaded yet: the heading with focus and a status, then the results, focus kept on the heading', async () => {
    late.loaded = null;
    late.release = () => undefined;
    const w = await mountWithAnswers(persona, 'review');
    await click(w.screen.getByRole('button', { name: 'Voir mes résultats' }));
    const heading = w.screen.getByRole('heading', { level: 2, name: ui.results.title });
    expect(w.screen.getByRole('status').textContent).toBe(ui.late.loading);
    expect(w.el.shadowRoot?.activeElement).toBe(heading);
    late.release?.();
    late.release = null;
    expect(await w.screen.findByRole('region', { name: 'Votre plan d’action' })).toBeTruthy();
    expectResultsOf(w, persona);
    expect(w.el.shadowRoot?.activeElement).toBe(w.screen.getByRole('heading', { level: 2, name: ui.results.title }));
  });

  it('cannot be loaded: says so, keeps every answer, and a retry shows the results', async () => {
    late.loaded = null;
    late.failNext = 1; // the results step's own try (the idle-time fetch waits 1 s in jsdom, which has no requestIdleCallback)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = await mountWithAnswers(persona, 'results');
    expect((await w.screen.findByRole('alert')).textContent).toContain(ui.late.failed);
    expect(w.screen.getByRole('heading', { level: 2, name: ui.results.title })).toBeTruthy();
    await click(w.screen.getByRole('button', { name: ui.late.retry }));
    expect(await w.screen.findByRole('region', { name: 'Votre plan d’action' })).toBeTruthy();
    expectResultsOf(w, persona);
  });
});
