import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import type { Benchmark, Source } from './benchmark';
import { buildResult } from './buildResult';
import { levelOf } from './levels';
import type { Recommendation } from './recommendations';

const source: Source = { publisher: 'Réseau test', title: 'Enquête test', date: '2026', reviewedAt: '2026-11-29' };
const noFigures: Benchmark = { version: 't', indicators: [], findings: [], dimensionAverages: [] };
const rec = (id: string, dimension: string, priority: 1 | 2 | 3, extra: Partial<Recommendation> = {}): Recommendation => ({
  id, dimension, rank: 2, priority, effort: 'quick', resources: [], steps: 2, when: { dimension, levelAtMost: 4 }, ...extra,
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
    expect(r.recommendations.top.map((x) => x.id)).toEqual(['a1', 'a2', 'b1']);
    expect(r.recommendations.next.map((x) => x.id)).toEqual(['a3', 'b2']);
    expect(r.recommendations.others).toEqual([]);
  });

  it('puts a declared prerequisite (lower rank) first, whatever the scores', () => {
    const recs = [rec('organise', 'a', 1, { rank: 3 }), rec('equip', 'b', 3, { rank: 1 })];
    const r = buildResult(miniQuestionnaire, { b_often: 'often' }, {}, noFigures, { recommendations: recs, resources: [] });
    expect(r.recommendations.top.map((x) => x.id)).toEqual(['equip', 'organise']);
  });

  it('keeps at most three priorities and three next ones, the rest folded', () => {
    const recs = ['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => rec(`r${n}`, 'a', 1));
    const r = buildResult(miniQuestionnaire, {}, {}, noFigures, { recommendations: recs, resources: [] }).recommendations;
    expect([r.top.length, r.next.length, r.others.length]).toEqual([3, 3, 2]);
  });

  it('quotes back the answers that triggered a recommendation', () => {
    const recs = [rec('r', 'a', 1, { when: { all: [{ question: 'a_uses', anyOf: ['no'] }, { not: { question: 'b_often', anyOf: ['always'] } }] } })];
    const r = buildResult(miniQuestionnaire, { a_uses: 'no', b_often: 'never' }, {}, noFigures, { recommendations: recs, resources: [] });
    expect(r.recommendations.top[0]?.because).toEqual([
      { question: 'a_uses', options: ['no'] },
      { question: 'b_often', options: ['never'] },
    ]);
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

describe('questions ruled out by an answer', () => {
  it('count at 0 of their maximum, and are neither shown nor unanswered', () => {
    const r = buildResult(miniQuestionnaire, { a_uses: 'no' }, {}, noFigures, none);
    const a = r.dimensions.find((d) => d.id === 'a');
    expect(a?.ruledOut).toBe(1);
    expect(a?.completion).toEqual({ answered: 1, visible: 1 });
    expect(a?.score).toBe(0);
  });
});
