// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeShare, shareFragment } from '../core/transfer';
import { questionnaire } from '../data/questionnaire';
import { beginnerAci } from '../../tests/personas';
import { mount } from './mount';

const source = { publisher: 'Fédération Test', title: 'Diagnostics du réseau', date: '2026-02/2027-01', sampleSize: 37, reviewedAt: '2027-01', method: 'médiane des diagnostics de 37 structures' };
const network = {
  version: 'network-2027-01',
  dimensionAverages: [
    { dimension: 'equipment', value: 54, source },
    { dimension: 'equipment', value: 41, structureType: 'aci', source: { ...source, sampleSize: 12, method: 'médiane des diagnostics de 12 structures' } },
    { dimension: 'software', value: 63, structureType: 'ei', source: { ...source, sampleSize: 9 } },
  ],
};

function mountShared(options: Record<string, unknown>) {
  location.hash = shareFragment(encodeShare({ questionnaire, profile: beginnerAci.profile, answers: beginnerAci.answers }));
  const el = document.createElement('div');
  document.body.append(el);
  const handle = mount(el, { lang: 'fr', storage: 'none', ...options });
  const text = () => el.shadowRoot?.textContent?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
  return { el, handle, text };
}

/** Rendering the results in jsdom takes seconds on a loaded machine. */
const WAIT = { timeout: 8000 };

afterEach(() => {
  document.body.innerHTML = '';
  location.hash = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a network benchmark in the widget', { timeout: 30_000 }, () => {
  it('shows the figure for the user type, with n, the years and the source, apart from the study', async () => {
    const { text } = mountShared({ benchmark: network });
    await vi.waitFor(() => expect(text()).toContain('Médiane du réseau Fédération Test, Atelier et chantier d’insertion (ACI) : 41, n = 12, 2026–2027.'), WAIT);
    expect(text()).toContain('Chiffre du réseau, distinct de l’étude de 2021.');
    // The EI figure is for another type and there is no general one for software.
    expect(text()).not.toContain(': 63');
    expect(text()).not.toContain(': 54,');
  });

  it('fetches benchmark-src once and shows it; the option wins over it', async () => {
    const fetchMock = vi.fn(async (_url: unknown) => new Response(JSON.stringify(network), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const first = mountShared({ benchmarkSrc: '/reseau/benchmark.json' });
    await vi.waitFor(() => expect(first.text()).toContain('n = 12'), WAIT);
    const second = mountShared({ benchmarkSrc: '/reseau/benchmark.json' });
    await vi.waitFor(() => expect(second.text()).toContain('n = 12'), WAIT);
    mountShared({ benchmarkSrc: '/autre.json', benchmark: network });
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(String(fetchMock.mock.calls[0]?.[0] ?? '')).toMatch(/^http:\/\/localhost(:\d+)?\/reseau\/benchmark\.json$/);
  });

  it.each([
    ['invalid data', { benchmark: { ...network, dimensionAverages: [{ dimension: 'equipment', value: 54, source: { ...source, sampleSize: 3 } }] } }, undefined],
    ['an unreachable file', { benchmarkSrc: '/missing.json' }, async () => new Response('nope', { status: 404 })],
    ['a file that is not JSON', { benchmarkSrc: '/broken.json' }, async () => new Response('<html>', { status: 200 })],
    ['a refused request', { benchmarkSrc: '/blocked.json' }, async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s: one warning, and the widget works on the study alone', async (_label, options, response) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    if (response) vi.stubGlobal('fetch', vi.fn(response));
    const { text } = mountShared(options);
    await vi.waitFor(() => expect(text()).toContain('Pas de référence chiffrée dans l’étude'), WAIT);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce(), WAIT);
    await new Promise((r) => setTimeout(r, 20));
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/showing the study alone/);
    expect(text()).not.toContain('Médiane du réseau');
  });
});
