import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/data/questionnaire';
import { aggregate } from '../../../src/core/network/aggregate';
import { toBenchmarkFile } from '../../../src/core/network/benchmarkFile';
import type { NetworkEntry } from '../../../src/core/network/readInput';
import { validateBenchmark } from '../../../src/core/network/validateBenchmark';

const DIMS = questionnaire.dimensions.map((d) => d.id);
const entry = (i: number, overall: number, structureType: string | null, month: string): NetworkEntry => ({
  key: `k${i}`, structureType, month, overall, dimensions: Object.fromEntries(DIMS.map((d, j) => [d, Math.min(100, overall + j)])),
});
const entries = [
  ...[10, 20, 30, 40, 50, 60].map((s, i) => entry(i, s, 'aci', i < 3 ? '2026-02' : '2026-09')),
  ...[70, 80].map((s, i) => entry(10 + i, s, 'ei', '2026-10')),
  ...[1, 2, 3, 4, 5].map((s, i) => entry(20 + i, s, null, '2026-10')),
];
const options = { publisher: '  Fédération\u0000 Grand Est ', title: 'Diagnostics numériques du réseau', reviewedAt: '2026-11', method: (n: number) => `médiane des diagnostics de ${n} structures` };
const file = toBenchmarkFile(aggregate(questionnaire, entries), options);

describe('toBenchmarkFile', () => {
  it('publishes the medians overall and for each type of at least 5, with a full source', () => {
    expect(file?.version).toBe('network-2026-10');
    const all = file?.dimensionAverages.filter((a) => a.structureType === undefined) ?? [];
    expect(all.map((a) => a.value)).toEqual(DIMS.map((_, j) => Math.round(entries.map((e) => e.overall + j).sort((a, b) => a - b)[6] ?? 0)));
    expect(all[0]?.source).toEqual({ publisher: 'Fédération Grand Est', title: 'Diagnostics numériques du réseau', date: '2026-02/2026-10', reviewedAt: '2026-11', sampleSize: 13, method: 'médiane des diagnostics de 13 structures' });
    const aci = file?.dimensionAverages.filter((a) => a.structureType === 'aci') ?? [];
    expect(aci).toHaveLength(DIMS.length);
    expect(aci[0]).toMatchObject({ dimension: DIMS[0], value: 35, source: { sampleSize: 6, method: 'médiane des diagnostics de 6 structures' } });
    // EI has 2 structures; the 5 without a type form no type figure.
    expect(file?.dimensionAverages.some((a) => a.structureType === 'ei')).toBe(false);
    expect(file?.dimensionAverages).toHaveLength(2 * DIMS.length);
  });

  it('is read back by the widget validator exactly', () => {
    const check = validateBenchmark(JSON.parse(JSON.stringify(file)), questionnaire);
    expect(check).toEqual({ ok: true, version: file?.version, dimensionAverages: file?.dimensionAverages });
  });

  it('publishes nothing without a name or under the threshold', () => {
    expect(toBenchmarkFile(aggregate(questionnaire, entries), { ...options, publisher: ' \t ' })).toBeNull();
    expect(toBenchmarkFile(aggregate(questionnaire, entries.slice(0, 4)), options)).toBeNull();
    expect(toBenchmarkFile(aggregate(questionnaire, entries, 14), options)).toBeNull();
  });
});

describe('validateBenchmark: hostile files', () => {
  const good = JSON.parse(JSON.stringify(file)) as { version: string; dimensionAverages: Record<string, unknown>[] };
  const first = good.dimensionAverages[0] as Record<string, unknown>;
  const src = first['source'] as Record<string, unknown>;
  const withFirst = (changes: Record<string, unknown>) => ({ ...good, dimensionAverages: [{ ...first, ...changes }, ...good.dimensionAverages.slice(1)] });
  const withSource = (changes: Record<string, unknown>) => withFirst({ source: { ...src, ...changes } });

  it.each([
    ['null', null],
    ['a string', '{"version":"x"}'],
    ['an array', [good]],
    ['a huge number', 1e308],
    ['no version', { dimensionAverages: good.dimensionAverages }],
    ['a numeric version', { ...good, version: 2027 }],
    ['an empty list', { ...good, dimensionAverages: [] }],
    ['averages as an object', { ...good, dimensionAverages: { 0: first } }],
    ['10 000 averages', { ...good, dimensionAverages: Array.from({ length: 10_000 }, () => first) }],
    ['an average that is a number', { ...good, dimensionAverages: [54] }],
    ['an unknown dimension', withFirst({ dimension: 'marketing' })],
    ['a value as text', withFirst({ value: '54' })],
    ['a huge value', withFirst({ value: 1e308 })],
    ['a negative value', withFirst({ value: -1 })],
    ['NaN', withFirst({ value: NaN })],
    ['Infinity', withFirst({ value: Infinity })],
    ['an unknown structure type', withFirst({ structureType: 'sas' })],
    ['a structure type that is a list', withFirst({ structureType: ['aci'] })],
    ['a figure without a source', withFirst({ source: undefined })],
    ['a source that is text', withFirst({ source: 'Fédération' })],
    ['no publisher', withSource({ publisher: '' })],
    ['no title', withSource({ title: undefined })],
    ['a day-less date that is not one', withSource({ date: 'novembre' })],
    ['month 13', withSource({ date: '2026-13' })],
    ['no review date', withSource({ reviewedAt: undefined })],
    ['n under the threshold', withSource({ sampleSize: 4 })],
    ['n missing', withSource({ sampleSize: undefined })],
    ['n fractional', withSource({ sampleSize: 12.5 })],
    ['n huge', withSource({ sampleSize: 1e308 })],
    ['a 10 KB publisher', withSource({ publisher: 'x'.repeat(10_000) })],
    ['the same figure twice', { ...good, dimensionAverages: [first, first] }],
  ])('refuses %s', (_label, raw) => {
    const check = validateBenchmark(raw, questionnaire);
    expect(check.ok).toBe(false);
  });

  it('reads only own keys: prototype keys neither count nor pollute', () => {
    const text = JSON.stringify(good)
      .replace('{"version"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"version"')
      .replace('"source":{', '"source":{"__proto__":{"sampleSize":999},');
    const check = validateBenchmark(JSON.parse(text), questionnaire);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.dimensionAverages[0]?.source.sampleSize).toBe(13);
    const onlyInherited = JSON.parse('{"__proto__":{"version":"x","dimensionAverages":[]}}') as unknown;
    expect(validateBenchmark(onlyInherited, questionnaire).ok).toBe(false);
    const inheritedSource = Object.assign(Object.create({ source: src }) as object, { dimension: DIMS[0], value: 50 });
    expect(validateBenchmark({ ...good, dimensionAverages: [inheritedSource] }, questionnaire).ok).toBe(false);
  });

  it('cleans control characters and keeps nothing it does not know', () => {
    const check = validateBenchmark({ ...withSource({ publisher: 'Réseau\u0007 A', extra: '<script>', url: 'javascript:alert(1)' }), indicators: [{ id: 'x' }] }, questionnaire);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.dimensionAverages[0]?.source.publisher).toBe('Réseau A');
    expect(JSON.stringify(check)).not.toContain('script');
    expect(check.dimensionAverages[0]?.source).not.toHaveProperty('url');
    expect(Object.keys(check)).toEqual(['ok', 'version', 'dimensionAverages']);
  });
});
