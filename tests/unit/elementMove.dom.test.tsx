// @vitest-environment jsdom
/**
 * <siae-diagnostic> moved in the page or given a new attribute mid-journey:
 * the user stays on their step with their answers, even with storage="none".
 */
import { within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { defineElement } from '../../src/embed/customElement';
import { click, profileLabel, useCleanPage } from './domHelpers';

useCleanPage();
defineElement();

async function startedElement() {
  const el = document.createElement('siae-diagnostic');
  el.setAttribute('lang', 'fr');
  el.setAttribute('storage', 'none');
  document.body.append(el);
  const screen = () => within(el.shadowRoot?.querySelector('.sd-host') as HTMLElement);
  await click(screen().getByRole('button', { name: 'Commencer le diagnostic' }));
  const group = screen().getByRole('group', { name: profileLabel('structureType') });
  await click(within(group).getAllByRole('radio')[1] as HTMLElement);
  return { el, screen, checked: () => (within(screen().getByRole('group', { name: profileLabel('structureType') })).getAllByRole('radio')[1] as HTMLInputElement).checked };
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('<siae-diagnostic> moved or changed mid-journey', () => {
  it('appendChild elsewhere keeps the step and the answers (storage="none")', async () => {
    const w = await startedElement();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(w.el);
    await settle();
    expect(w.screen().getByRole('heading', { level: 2, name: 'Votre structure' })).toBeTruthy();
    expect(w.checked()).toBe(true);
  });

  it('setAttribute lang / accent keeps the step and the answers, focus back on the step heading', async () => {
    const w = await startedElement();
    (w.el.shadowRoot?.querySelector('[data-step-heading]') as HTMLElement).focus();
    await act(() => w.el.setAttribute('accent', '#7b1fa2'));
    await settle();
    expect(w.checked()).toBe(true);
    expect(w.el.shadowRoot?.activeElement?.hasAttribute('data-step-heading')).toBe(true);
    await act(() => w.el.setAttribute('lang', 'fr-FR'));
    await settle();
    expect(w.checked()).toBe(true);
    expect(w.el.shadowRoot?.querySelectorAll('.sd-host')).toHaveLength(1);
  });

  it('removed for good, it still unmounts', async () => {
    const w = await startedElement();
    w.el.remove();
    await settle();
    expect(w.el.shadowRoot?.querySelectorAll('.sd-host')).toHaveLength(0);
  });
});
