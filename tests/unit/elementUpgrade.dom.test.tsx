// @vitest-environment jsdom
/**
 * Elements already in the page when embed.js defines <siae-diagnostic> (the
 * partner's usual page): each shows one widget, with the attributes it has
 * once the script has run; one removed right away shows none.
 */
import { waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { defineElement } from '../../src/embed/customElement';
import { useCleanPage } from './domHelpers';

useCleanPage();

const element = (attributes: Record<string, string>) => {
  const el = document.createElement('siae-diagnostic');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
};

describe('<siae-diagnostic> in the page before the script', () => {
  it('shows one widget each, with its attributes as changed since; none once removed', async () => {
    const kept = element({ lang: 'fr', storage: 'none' });
    const removed = element({ lang: 'fr', storage: 'none' });
    defineElement();
    kept.setAttribute('storage', 'session');
    removed.remove();
    await waitFor(() => expect(kept.shadowRoot?.querySelectorAll('.sd-host')).toHaveLength(1));
    const screen = within(kept.shadowRoot?.querySelector('.sd-host') as HTMLElement);
    expect(screen.getByRole('button', { name: 'Commencer le diagnostic' })).toBeTruthy();
    expect(screen.getByText(/restent dans cet onglet le temps de votre visite/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(removed.shadowRoot?.querySelector('.sd-host') ?? null).toBeNull();
    expect(kept.shadowRoot?.querySelectorAll('.sd-host')).toHaveLength(1);
  });

  it('mounts at once when added after the script', () => {
    const later = element({ lang: 'fr', storage: 'none' });
    expect(within(later.shadowRoot?.querySelector('.sd-host') as HTMLElement).getByRole('button', { name: 'Commencer le diagnostic' })).toBeTruthy();
  });
});
