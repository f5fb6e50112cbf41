/** Answers that are partial, stale, from an older version, or contradictory: never fatal. */
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/core/buildResult';
import type { Profile } from '../../src/core/questionnaire';
import { benchmark } from '../../src/data/benchmark';
import { questionnaire } from '../../src/data/questionnaire';
import { recommendations } from '../../src/data/recommendations';
import { resources } from '../../src/data/resources';
import { ettiToolsNotPeople } from '../personas';

const run = (answers: Readonly<Record<string, unknown>>, profile: Profile = {}) =>
  buildResult(questionnaire, answers, profile, benchmark, { recommendations, resources });
const dim = (r: ReturnType<typeof run>, id: string) => r.dimensions.find((d) => d.id === id);
const recos = (r: ReturnType<typeof run>) => [...r.recommendations.top, ...r.recommendations.others].map((x) => x.id);
const position = (r: ReturnType<typeof run>, id: string) => r.indicators.find((i) => i.id === id)?.position;

describe('partial answers', () => {
  it('scores what is answered and counts the rest as unanswered', () => {
    // 3 + 3 points of the equipment dimension's 16.
    const r = run({ eq_sufficiency: 'fully', eq_staff_computers: 'all' }, { structureType: 'aci' });
    expect(dim(r, 'equipment')).toMatchObject({ score: 38, completion: { answered: 2, visible: 5 } });
    expect(r.dimensions.filter((d) => d.id !== 'equipment').every((d) => d.score === 0)).toBe(true);
    expect(r.score).toBe(5);
    expect([position(r, 'equipmentSufficient'), position(r, 'softwareUses')]).toEqual(['in', 'unknown']);
  });
});

describe('answers to hidden questions', () => {
  it('are ignored in scores', () => {
    const withoutSoftware = { sw_pro_email: 'all', sw_uses: 'no' };
    const stale = { ...withoutSoftware, sw_domains: ['payroll_hr', 'planning'], sw_shared_docs: 'never', sw_fit: 'not_at_all' };
    // 3 of 5 points: sw_pro_email and sw_uses only.
    expect(dim(run(withoutSoftware), 'software')?.score).toBe(60);
    expect(dim(run(stale), 'software')).toMatchObject({ score: 60, completion: { answered: 2, visible: 2 } });
  });
  it('do not trigger the advice of the hidden question', () => {
    const stale = run({ sw_uses: 'no', sw_shared_docs: 'never', sw_fit: 'not_at_all' });
    expect(recos(stale)).toContain('firstSoftware');
    expect(recos(stale)).not.toContain('sharedWorkspace');
    expect(recos(stale)).not.toContain('reviewToolsWithUsers');
  });
  it('left over from another structure type change neither score nor advice', () => {
    const { answers, profile } = ettiToolsNotPeople;
    const r = run({ ...answers, sk_supervisors: 'low' }, profile);
    expect(dim(r, 'skills')?.score).toBe(42);
    expect(recos(r)).not.toContain('supervisorsAtWorkstation');
  });
});

describe('answers from an older version of the questionnaire', () => {
  it('drops unknown questions, unknown options, wrong shapes and garbage, without failing', () => {
    const old = {
      eq_old_printer: 'yes',
      eq_sufficiency: 'plenty',
      eq_staff_computers: 42,
      eq_connection: null,
      sw_uses: ['yes'],
      proc_digitised: ['recruitment', 'blockchain'],
      strat_plan: 'plan',
    };
    const r = run(old);
    expect(r.completion.answered).toBe(2);
    expect(dim(r, 'equipment')?.completion.answered).toBe(0);
    expect([position(r, 'equipmentSufficient'), position(r, 'softwareUses'), position(r, 'processesDigitised')]).toEqual(['unknown', 'unknown', 'in']);
    // recruitment: 1 of 4 points on a 17-point dimension; plan: 3 of 12.
    expect([dim(r, 'processes')?.score, dim(r, 'strategy')?.score]).toEqual([6, 25]);
  });
});

describe('a multiple choice with an exclusive "none"', () => {
  it('"none" alone earns nothing, places the structure outside the 98 %, and fires its advice', () => {
    const r = run({ proc_digitised: ['none'] });
    expect(dim(r, 'processes')?.completion.answered).toBe(1);
    expect(dim(r, 'processes')?.score).toBe(0);
    expect(position(r, 'processesDigitised')).toBe('out');
    expect(r.indicators.find((i) => i.id === 'processesDigitised')?.share).toBe(2);
    expect(recos(r)).toContain('digitiseOneProcess');
  });
  it('is capped at its maximum: five processes earn what four do', () => {
    const four = run({ proc_digitised: ['recruitment', 'pathway', 'admin', 'planning'] });
    const five = run({ proc_digitised: ['recruitment', 'pathway', 'commercial', 'admin', 'planning'] });
    expect(dim(five, 'processes')?.score).toBe(dim(four, 'processes')?.score);
    expect(dim(five, 'processes')?.score).toBe(24);
  });
  it('"je ne sais pas" replaces any other pick', () => {
    const r = run({ proc_digitised: ['recruitment', 'dk'] });
    expect(position(r, 'processesDigitised')).toBe('unknown');
    expect(r.dontKnow).toEqual([{ question: 'proc_digitised', dimension: 'processes' }]);
  });
});
