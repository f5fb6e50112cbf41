import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/data/questionnaire';
import { aggregate, safeThreshold } from '../../../src/core/network/aggregate';
import { collect, EMPTY_COLLECTION } from '../../../src/core/network/collect';
import type { NetworkEntry } from '../../../src/core/network/readInput';
import { statsOf } from '../../../src/core/network/stats';
import { NOW, exportOf } from './testInputs';

const DIMS = questionnaire.dimensions.map((d) => d.id);
const entry = (i: number, overall: number, structureType: string | null, month: string | null = '2026-01'): NetworkEntry => ({
  key: `k${i}`,
  structureType,
  month,
  overall,
  dimensions: Object.fromEntries(DIMS.map((d) => [d, overall])),
});

describe('statsOf', () => {
  it('gives the median and quartiles by linear interpolation, and the count per level', () => {
    expect(statsOf([10, 20, 30, 40, 50])).toEqual({ n: 5, q1: 20, median: 30, q3: 40, levels: [2, 3, 0, 0] });
    expect(statsOf([0, 100, 51, 76, 26, 25])).toEqual({ n: 6, q1: 25.3, median: 38.5, q3: 69.8, levels: [2, 1, 1, 2] });
    expect(statsOf([])).toBeNull();
  });

  it('skips what is not a number and clamps what is out of range', () => {
    expect(statsOf([NaN, Infinity, -Infinity, 1e308, -5, 50])).toMatchObject({ n: 3, median: 50, levels: [1, 1, 0, 1] });
  });
});

describe('safeThreshold', () => {
  it.each([
    [undefined, 5], [3, 5], [0, 5], [-10, 5], [NaN, 5], ['abc', 5], [Infinity, 5], [5, 5], [7, 7], ['8', 8], [6.9, 6], [1e308, 1_000_000],
  ])('%s → %s: raised, never lowered under 5', (value, expected) => {
    expect(safeThreshold(value)).toBe(expected);
  });
});

describe('aggregate', () => {
  const entries = [
    ...[10, 20, 30, 40, 50, 60].map((s, i) => entry(i, s, 'aci', i < 3 ? '2026-01' : '2026-03')),
    ...[70, 80].map((s, i) => entry(10 + i, s, 'ei', '2026-03')),
    entry(20, 90, null, null),
  ];
  const summary = aggregate(questionnaire, entries);

  it('counts by type and by month, hiding every group under 5 (its count too)', () => {
    expect(summary.total).toBe(9);
    expect(summary.byType).toEqual([{ key: 'aci', n: 6 }, { key: 'ei', n: null }, { key: null, n: null }]);
    expect(summary.byMonth).toEqual([{ key: '2026-01', n: null }, { key: '2026-03', n: 5 }, { key: null, n: null }]);
    expect(summary.period).toEqual({ from: '2026-01', to: '2026-03' });
  });

  it('gives the median and quartiles overall and per dimension, and none for a small group', () => {
    expect(summary.all.n).toBe(9);
    expect(summary.all.overall).toMatchObject({ median: 50, q1: 30, q3: 70 });
    expect(summary.all.dimensions.map((d) => d.stats?.median)).toEqual(DIMS.map(() => 50));
    const [aci, ei, none] = summary.types;
    expect(aci).toMatchObject({ type: 'aci', n: 6, overall: { median: 35 } });
    expect(ei).toMatchObject({ type: 'ei', n: null, overall: null });
    expect(ei?.dimensions.every((d) => d.stats === null)).toBe(true);
    expect(none).toMatchObject({ type: null, n: null });
  });

  it('hides everything when the threshold is raised above the total, and refuses to lower it', () => {
    expect(aggregate(questionnaire, entries, 10).all).toMatchObject({ n: null, overall: null });
    expect(aggregate(questionnaire, entries, 2).types[1]?.n).toBeNull();
    expect(aggregate(questionnaire, entries.slice(0, 4)).all.n).toBeNull();
  });

  it('survives hostile entries: odd types, prototype keys, missing or absurd scores', () => {
    const hostile: NetworkEntry[] = Array.from({ length: 6 }, (_, i) => ({
      key: `h${i}`,
      structureType: ['__proto__', 'constructor', 'toString'][i % 3] ?? null,
      month: i % 2 ? '9999-99' : null,
      overall: [NaN, 1e308, -1, 50, Infinity, 20][i] ?? 0,
      dimensions: JSON.parse('{"__proto__": 12, "equipment": "70"}') as Record<string, number>,
    }));
    const s = aggregate(questionnaire, hostile);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(s.all.n).toBe(6);
    expect(s.all.overall).toMatchObject({ n: 4, median: 35 });
    expect(s.all.dimensions.every((d) => d.stats === null)).toBe(true);
    expect(s.types.map((t) => t.type)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(s.types.every((t) => t.n === null)).toBe(true);
  });

  it('aggregates real export files scored with buildResult', () => {
    const files = [1, 2, 3, 4, 5, 6].map((day, i) => ({ name: `f${i}`, text: exportOf(i, i < 5 ? 'aci' : 'ei', `2026-0${(i % 3) + 1}-0${day}T10:00:00Z`) }));
    const held = collect(EMPTY_COLLECTION, files, questionnaire, NOW);
    const s = aggregate(questionnaire, held.entries);
    // Personas 0–4 then 0 again: overall 16, 84, 57 (the ETTI persona as an ACI sees no ETTI question), 0, 0, 16.
    expect(s.all.overall).toMatchObject({ n: 6, median: 16, q1: 4, q3: 46.8 });
    expect(s.types[0]).toMatchObject({ type: 'aci', n: 5 });
  });
});
