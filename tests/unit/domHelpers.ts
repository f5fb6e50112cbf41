/**
 * Helpers for DOM tests: mount the real widget into a shadow root and query
 * it by role and label, as a user would find things.
 */
import { within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, expect, vi } from 'vitest';
import questionnaireFr from '../../locales/fr/questionnaire.json';
import recommendationsFr from '../../locales/fr/recommendations.json';
const recoWording = recommendationsFr as Record<string, { title: string }>;
import type { AnswerValue } from '../../src/core/questionnaire';
import { DONT_KNOW, pickedOptions } from '../../src/core/questionnaire';
import { buildResult } from '../../src/core/buildResult';
import { defaultContent } from '../../src/data/content';
import { mount, type MountOptions } from '../../src/embed/mount';
import { createDiagnosticStore } from '../../src/store/diagnosticStore';
import { createSafeStorage } from '../../src/store/safeStorage';
import { loadResults } from '../../src/ui/results/loadResults';
import type { Persona } from '../personas/persona';

// Tests start with the results code loaded, as a visitor has it by the results step (the widget
// fetches it in idle time after the first screen), so results render in the frame of the step
// change. Here, not in a setup file, so that a test's vi.mock of a module it imports still applies.
// The lazy path itself (loading, failure, retry) is tested in resultsLazy.dom.test.tsx and in the
// browser (tests/browser/embed-late.test.mjs).
await loadResults(null);

let counter = 0;

export function mountWidget(options: MountOptions = {}) {
  const el = document.createElement('div');
  document.body.append(el);
  const storageKey = options.storageKey ?? `test-${++counter}`;
  // French unless a test says otherwise: jsdom's browser language is English.
  let handle = mount(el, { storage: 'local', lang: 'fr', ...options, storageKey });
  // Testing Library takes an element, not a shadow root: query from the widget's top element.
  const root = () => el.shadowRoot?.querySelector('.sd-host') as HTMLElement;
  return {
    el,
    storageKey,
    get screen() {
      return within(root());
    },
    root,
    /** Simulates a reload: a new widget reading the same storage. */
    remount(next: MountOptions = {}) {
      handle.unmount();
      handle = mount(el, { storage: 'local', lang: 'fr', ...options, storageKey, ...next });
    },
    unmount() {
      handle.unmount();
      el.remove();
    },
  };
}

type Wording = { questions: Record<string, { label: string; options: Record<string, string> }>; profile: Record<string, { label: string; options: Record<string, string> }> };
const wording = questionnaireFr as unknown as Wording;

export const questionLabel = (id: string) => wording.questions[id]?.label ?? id;
export const profileLabel = (id: string) => wording.profile[id]?.label ?? id;

/** Ticks the options of `value` in the question named `legend`, like a user would. */
export async function answer(screen: ReturnType<typeof within>, legend: string, optionLabels: (id: string) => string, value: AnswerValue) {
  const group = screen.getByRole('group', { name: legend });
  for (const id of pickedOptions(value)) {
    const name = id === DONT_KNOW ? 'Je ne sais pas' : optionLabels(id);
    const input = within(group).getByRole(Array.isArray(value) ? 'checkbox' : 'radio', { name }) as HTMLInputElement;
    await act(() => {
      input.click();
    });
  }
}

/**
 * A widget whose store starts with a persona's answers, saved at `step` as a
 * previous visit would have left them (written by the real store), resumed
 * with the button a user would press. Cheaper than clicking every answer;
 * the one click-by-click journey lives in journey.dom.test.tsx.
 */
export async function mountWithAnswers(persona: Persona, step: 'review' | 'results', options: MountOptions = {}) {
  const storageKey = options.storageKey ?? `preloaded-${++counter}`;
  const previous = createDiagnosticStore(defaultContent.questionnaire, createSafeStorage('local'), storageKey);
  previous.getState().replaceAll(persona.profile, persona.answers);
  previous.getState().goTo(step);
  const w = mountWidget({ ...options, storageKey });
  await click(w.screen.getByRole('button', { name: 'Reprendre où j’en étais' }));
  return w;
}

/** The results screen shows what the core computes for the persona: overall score, each dimension, every recommendation. */
export function expectResultsOf(w: ReturnType<typeof mountWidget>, persona: Persona) {
  const { questionnaire, benchmark } = defaultContent;
  const expected = buildResult(questionnaire, persona.answers, persona.profile, benchmark, defaultContent);
  expect(w.screen.getByRole('heading', { level: 2, name: 'Vos résultats' })).toBeTruthy();
  expect(w.root().querySelector('.sd-summary__number')?.textContent).toBe(String(expected.score));
  const rows = w.screen.getAllByRole('row').slice(1);
  expect(rows.map((r) => r.querySelectorAll('td')[0]?.textContent)).toEqual(expected.dimensions.map((d) => String(d.score)));
  // Each recommendation once: the priority actions as the plan, the rest folded.
  expect(w.screen.getAllByRole('article').length).toBe(expected.recommendations.top.length + expected.recommendations.next.length + expected.recommendations.others.length);
  const plan = w.screen.getByRole('region', { name: 'Votre plan d’action' });
  expect(Array.from(plan.querySelectorAll('article h4'), (h) => h.textContent)).toEqual(expected.recommendations.top.map((r) => recoWording[r.id]?.title));
}

export const optionOf = (question: string) => (id: string) => wording.questions[question]?.options[id] ?? id;
export const profileOptionOf = (question: string) => (id: string) => wording.profile[question]?.options[id] ?? id;

export async function click(el: HTMLElement) {
  await act(() => {
    el.click();
  });
}

/** Fails the test on any wording key missing at run time. */
export function watchMissingKeys() {
  const warn = vi.spyOn(console, 'warn');
  return () => warn.mock.calls.filter((args) => String(args[0]).includes('missing wording')).map((args) => String(args[0]));
}

/** Every DOM test starts with empty storage and a bare page, and fails on a missing wording key. */
export function useCleanPage() {
  let missingKeys: () => string[] = () => [];
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    missingKeys = watchMissingKeys();
  });
  afterEach(() => {
    expect(missingKeys()).toEqual([]);
    document.body.innerHTML = '';
    document.documentElement.lang = '';
  });
  // Preact runs effects on the next frame, with a 100 ms fallback timer that calls
  // cancelAnimationFrame: if the file ends first, that timer fires after jsdom's globals are
  // gone and vitest reports an uncaught ReferenceError (seen in CI, tests/unit/teamLazy).
  afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));
}
