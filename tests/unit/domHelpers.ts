/**
 * Helpers for DOM tests: mount the real widget into a shadow root and query
 * it by role and label, as a user would find things.
 */
import { within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import questionnaireFr from '../../locales/fr/questionnaire.json';
import type { AnswerValue } from '../../src/core/questionnaire';
import { DONT_KNOW, pickedOptions } from '../../src/core/questionnaire';
import { mount, type MountOptions } from '../../src/embed/mount';

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
}
