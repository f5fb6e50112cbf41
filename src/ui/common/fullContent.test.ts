import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartnerContent } from '../../core/content';
import { defaultContent } from '../../data/content';
import { questionnaire } from '../../data/questionnaire';
import { fullContent } from './fullContent';

const source = { publisher: 'Fédération Test', title: 'Diagnostics du réseau', date: '2026-02/2027-01', sampleSize: 37, reviewedAt: '2027-01', method: 'médiane des diagnostics de 37 structures' };
const network = (value: number) => ({ version: `network-${value}`, dimensionAverages: [{ dimension: 'equipment', value, source }] });
const start = { questionnaire };

afterEach(() => vi.restoreAllMocks());

/** The results code completes the first screens' content with the data it carries and the partner's additions. */
describe('fullContent', () => {
  it('is the default content when the partner adds nothing', () => {
    expect(fullContent(start, { benchmarks: [] })).toEqual(defaultContent);
  });

  it('takes the partner’s resource, and warns once about what it ignores however often it is asked', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const partner: PartnerContent = { resources: [{ id: 'pix', name: 'Pix en région', url: 'https://region.example/pix' }, { id: 'pix', url: 'http://x' }], benchmarks: [] };
    const content = fullContent(start, partner);
    expect(content.resources.find((r) => r.id === 'pix')).toEqual({ id: 'pix', name: 'Pix en région', url: 'https://region.example/pix' });
    expect(fullContent(start, partner)).toBe(content);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('puts a later benchmark over an earlier one, and keeps the study when one is invalid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const both = fullContent(start, { benchmarks: [{ raw: network(41), from: 'option' }, { raw: network(57), from: '/reseau.json' }] });
    expect(both.benchmark.dimensionAverages).toEqual([expect.objectContaining({ dimension: 'equipment', value: 57 })]);
    expect(both.benchmark.indicators).toEqual(defaultContent.benchmark.indicators);
    const invalid = fullContent(start, { benchmarks: [{ raw: { version: 'x' }, from: '/broken.json' }] });
    expect(invalid.benchmark).toEqual(defaultContent.benchmark);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/Invalid benchmark \/broken\.json/);
  });
});
