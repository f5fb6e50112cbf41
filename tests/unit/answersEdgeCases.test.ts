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
const recos = (r: ReturnType<typeof run>) => [...r.recommendations.top, ...r.recommendations.next, ...r.recommendations.others].map((x) => x.id);
const position = (r: ReturnType<typeof run>, id: string) => r.indicators.find((i) => i.id === id)?.position;

describe('partial answers', () => {
  it('scores what is answered and counts the rest as unanswered', () => {
    // 3 + 3 points of the equipment dimension's 17 (3 + 3 + 3 + 4 + 2 + 2).
    const r = run({ eq_sufficiency: 'fully', eq_staff_computers: 'all' }, { structureType: 'aci' });
    expect(dim(r, 'equipment')).toMatchObject({ score: 35, completion: { answered: 2, visible: 6 } });
    expect(r.dimensions.filter((d) => d.id !== 'equipment').every((d) => d.score === 0)).toBe(true);
    expect(r.score).toBe(5);
    expect([position(r, 'equipmentSufficient'), position(r, 'softwareUses')]).toEqual(['in', 'unknown']);
  });
});

describe('answers to hidden questions', () => {
  it('are ignored in scores, and the questions a "no" rules out count at 0 of their maximum', () => {
    const withoutSoftware = { sw_pro_email: 'all', sw_uses: 'no' };
    const stale = { ...withoutSoftware, sw_domains: ['payroll_hr', 'planning'], sw_shared_docs: 'never', sw_fit: 'not_at_all' };
    // 3 of 17 points (email 3, uses 2, domains 4, shared 3, fit 3, IAE platforms 2): the "no" earns 0,
    // the three follow-ups it rules out count at 0; iae_who is still shown, unanswered.
    expect(dim(run(withoutSoftware), 'software')?.score).toBe(18);
    expect(dim(run(stale), 'software')).toMatchObject({ score: 18, ruledOut: 3, completion: { answered: 2, visible: 3 } });
  });
  it('do not trigger the advice of the hidden question', () => {
    const stale = run({ sw_uses: 'no', sw_shared_docs: 'never', sw_fit: 'not_at_all' });
    expect(recos(stale)).toContain('firstSoftware');
    expect(recos(stale)).not.toContain('sharedWorkspace');
  });
  it('left over from another structure type change neither score nor advice', () => {
    const { answers, profile } = ettiToolsNotPeople;
    const r = run({ ...answers, sk_supervisors: 'low' }, profile);
    // direction 3 + CIP 0 + admin 1 + IAE platforms 2 + appetite 1 = 7 of 15; sk_supervisors does not apply.
    expect(dim(r, 'skills')?.score).toBe(47);
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
      // An option of 2026.1 that 2026.2 redefined.
      strat_plan: 'ad_hoc',
    };
    const r = run(old);
    expect(r.completion.answered).toBe(1);
    expect(dim(r, 'equipment')?.completion.answered).toBe(0);
    expect([position(r, 'equipmentSufficient'), position(r, 'softwareUses'), position(r, 'processesDigitised')]).toEqual(['unknown', 'unknown', 'in']);
    // recruitment: 1 point of 16 (4 + 3 + 2 + 4 + 3, no type-specific question without a type).
    expect([dim(r, 'processes')?.score, dim(r, 'strategy')?.score]).toEqual([6, 0]);
  });
});

describe('a multiple choice with an exclusive "none"', () => {
  it('"none" alone earns nothing, places the structure outside the 98 %, and fires its advice', () => {
    const r = run({ proc_digitised: ['none'] });
    expect(dim(r, 'processes')?.completion.answered).toBe(1);
    expect(dim(r, 'processes')?.score).toBe(0);
    expect(position(r, 'processesDigitised')).toBe('out');
    // The figure stays the study's own (98), never a complement of it.
    expect(r.indicators.find((i) => i.id === 'processesDigitised')?.value).toBe(98);
    expect(recos(r)).toContain('digitiseOneProcess');
  });
  it('is capped at its maximum: five processes earn what four do', () => {
    const four = run({ proc_digitised: ['recruitment', 'pathway', 'admin', 'planning'] });
    const five = run({ proc_digitised: ['recruitment', 'pathway', 'commercial', 'admin', 'planning'] });
    expect(dim(five, 'processes')?.score).toBe(dim(four, 'processes')?.score);
    // 4 of 16.
    expect(dim(five, 'processes')?.score).toBe(25);
  });
  it('"je ne sais pas" replaces any other pick', () => {
    const r = run({ proc_digitised: ['recruitment', 'dk'] });
    expect(position(r, 'processesDigitised')).toBe('unknown');
    expect(r.dontKnow).toEqual([{ question: 'proc_digitised', dimension: 'processes', askWho: 'direction' }]);
  });
});
