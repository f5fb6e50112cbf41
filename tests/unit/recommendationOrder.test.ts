/**
 * How recommendations are chosen and ordered, over the real content: each
 * structure type gets advice of its own, prerequisites come first, people
 * on a pathway are never left out of the priorities when that theme is weak.
 */
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/core/buildResult';
import type { Question } from '../../src/core/questionnaire';
import { benchmark } from '../../src/data/benchmark';
import { questionnaire } from '../../src/data/questionnaire';
import { recommendations } from '../../src/data/recommendations';
import { resources } from '../../src/data/resources';
import { personas } from '../personas';

const lowest = (q: Question) => {
  const none = q.options.find((o) => o.exclusive);
  if (q.kind === 'multiple') return [none?.id ?? q.options[0]!.id];
  return [...q.options].sort((a, b) => a.points - b.points)[0]!.id;
};
/** A structure weak everywhere, every type-specific question answered too. */
const weakAnswers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, lowest(q)]));
const all = (type: string) => {
  const r = buildResult(questionnaire, weakAnswers, { structureType: type, permanentStaff: 'p6_15' }, benchmark, { recommendations, resources }).recommendations;
  return [...r.top, ...r.next, ...r.others].map((x) => x.id);
};

describe('recommendations by structure type', () => {
  const aci = all('aci');
  // "several" (ensemblier) is run like an ACI on purpose: it has workshops and chantiers.
  it.each(['ei', 'etti', 'ai', 'eiti'])('an %s gets at least three recommendations an ACI does not', (type) => {
    const own = all(type).filter((id) => !aci.includes(id));
    expect(own.length).toBeGreaterThanOrEqual(3);
  });
  it('an ETTI or an AI is never told to set slots at the office', () => {
    expect(all('etti')).not.toContain('accessTimeSlots');
    expect(all('ai')).not.toContain('accessTimeSlots');
  });
  it('an EITI gets no advice written for employees (work time, missions, payslips)', () => {
    for (const id of ['trainInWorkTime', 'trainBetweenMissions', 'missionDocsOnline', 'tempWorkerSpace']) expect(all('eiti')).not.toContain(id);
  });
});

describe('order of the recommendations', () => {
  const rankOf = new Map(recommendations.map((r) => [r.id, r.rank]));
  it.each(personas.map((p) => [p.name, p] as const))('%s: at most 3 + 3, in declared rank order, people on a pathway in the priorities when weak', (_name, p) => {
    const r = buildResult(questionnaire, p.answers, p.profile, benchmark, { recommendations, resources });
    const { top, next, others } = r.recommendations;
    expect(top.length).toBeLessThanOrEqual(3);
    expect(next.length).toBeLessThanOrEqual(3);
    const ranks = [...top, ...next].map((x) => rankOf.get(x.id) ?? 0);
    // Only a pathway priority may be pulled forward past a lower rank.
    const ordered = ranks.every((rank, i) => i === 0 || rank >= ranks[i - 1]! || [...top, ...next][i - 1]!.dimension === 'pathway');
    expect(ordered).toBe(true);
    const pathway = r.dimensions.find((d) => d.id === 'pathway')!;
    const pathwayRecs = [...top, ...next, ...others].filter((x) => x.dimension === 'pathway');
    if (pathway.level <= 2 && pathwayRecs.length > 0) expect(top.some((x) => x.dimension === 'pathway')).toBe(true);
    for (const rec of [...top, ...next]) expect(rec.because.length).toBeGreaterThan(0);
  });
});
