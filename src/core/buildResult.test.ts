import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import type { Benchmark, Source } from './benchmark';
import { buildResult } from './buildResult';
import { levelOf } from './levels';
import type { Recommendation } from './recommendations';

const source: Source = { publisher: 'Réseau test', title: 'Enquête test', date: '2026', reviewedAt: '2026-11-29' };
const noFigures: Benchmark = { version: 't', indicators: [], findings: [], dimensionAverages: [] };
const rec = (id: string, dimension: string, priority: 1 | 2 | 3, extra: Partial<Recommendation> = {}): Recommendation => ({
  id, dimension, priority, effort: 'quick', resources: [], steps: 2, when: { dimension, levelAtMost: 4 }, ...extra,
});
const none = { recommendations: [], resources: [] };

describe('levels', () => {
  it.each([[0, 1], [25, 1], [26, 2], [50, 2], [51, 3], [75, 3], [76, 4], [100, 4]])('%i is level %i', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe('dimension averages', () => {
  const withAverages: Benchmark = {
    ...noFigures,
    dimensionAverages: [
      { dimension: 'a', value: 40, source },
      { dimension: 'a', value: 65, structureType: 'ei', source },
    ],
  };

  it('are absent from the result when the benchmark has none (never made up)', () => {
    const r = buildResult(miniQuestionnaire, {}, {}, noFigures, none);
    expect(r.dimensions.every((d) => d.average === undefined)).toBe(true);
  });

  it('prefer the figure for the structure type, else the general one, each with its source', () => {
    const ei = buildResult(miniQuestionnaire, {}, { structureType: 'ei' }, withAverages, none);
    const aci = buildResult(miniQuestionnaire, {}, { structureType: 'aci' }, withAverages, none);
    expect(ei.dimensions[0]?.average).toEqual({ value: 65, structureType: 'ei', source });
    expect(aci.dimensions[0]?.average).toEqual({ value: 40, source });
    expect(aci.dimensions[1]?.average).toBeUndefined();
  });
});

describe('recommendation selection', () => {
  it('puts the weakest dimension first, spreads the top over dimensions, keeps the rest after', () => {
    const recs = [rec('b1', 'b', 2), rec('a1', 'a', 1), rec('a2', 'a', 1), rec('a3', 'a', 1), rec('b2', 'b', 3)];
    // a: 0/100 (everything unanswered); b: "often" = 2/3 → 67.
    const r = buildResult(miniQuestionnaire, { b_often: 'often' }, {}, noFigures, { recommendations: recs, resources: [] });
    expect(r.recommendations.top.map((x) => x.id)).toEqual(['a1', 'a2', 'b1', 'b2', 'a3']);
    expect(r.recommendations.others).toEqual([]);
  });

  it('follows the structure type when a recommendation names one', () => {
    const recs = [rec('forEi', 'a', 1, { when: { profile: 'structureType', anyOf: ['ei'] } })];
    const ids = (type: string) => buildResult(miniQuestionnaire, {}, { structureType: type }, noFigures, { recommendations: recs, resources: [] }).recommendations.top.map((x) => x.id);
    expect(ids('ei')).toEqual(['forEi']);
    expect(ids('aci')).toEqual([]);
  });

  it('resolves resource ids to names and URLs, skipping unknown ones', () => {
    const recs = [rec('r', 'a', 1, { resources: ['pix', 'gone'] })];
    const r = buildResult(miniQuestionnaire, {}, {}, noFigures, { recommendations: recs, resources: [{ id: 'pix', name: 'Pix', url: 'https://pix.fr' }] });
    expect(r.recommendations.top[0]?.resources).toEqual([{ id: 'pix', name: 'Pix', url: 'https://pix.fr' }]);
  });
});
