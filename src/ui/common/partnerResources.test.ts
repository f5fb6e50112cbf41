import { describe, expect, it, vi } from 'vitest';
import type { Resource } from '../../core/recommendations';
import { withPartnerResources } from './partnerResources';

const base: Resource[] = [
  { id: 'pix', name: 'Pix', url: 'https://pix.fr' },
  { id: 'franceNum', name: 'France Num', url: 'https://www.francenum.gouv.fr' },
];

describe('withPartnerResources', () => {
  it('keeps the list as it is when the partner gives none', () => {
    expect(withPartnerResources(base, undefined)).toBe(base);
  });

  it('replaces a resource by id with the partner’s name and https address', () => {
    const warn = vi.fn();
    const out = withPartnerResources(base, [{ id: 'franceNum', name: ' Réseau numérique Hauts-de-France ', url: 'https://example.org/numerique' }], warn);
    expect(out).toEqual([base[0], { id: 'franceNum', name: 'Réseau numérique Hauts-de-France', url: 'https://example.org/numerique' }]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores unknown ids, non-https or script addresses and wrong shapes, with one warning', () => {
    const warn = vi.fn();
    const out = withPartnerResources(base, [
      { id: 'pix', name: 'Pix', url: 'javascript:alert(1)' },
      { id: 'pix', name: 'Pix', url: 'http://pix.fr' },
      { id: 'unknown', name: 'X', url: 'https://x.org' },
      'https://x.org',
    ], warn);
    expect(out).toEqual(base);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('survives a value that is not a list', () => {
    const warn = vi.fn();
    expect(withPartnerResources(base, { pix: 'https://x.org' }, warn)).toEqual(base);
    expect(warn).toHaveBeenCalledOnce();
  });
});
