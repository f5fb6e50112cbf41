/**
 * People who answered questionnaire 2026.1 keep what still means the same in
 * 2026.2 (a mapping in src/data/revisions.ts), are asked again the rest, and
 * are told so: saved answers, export files and share links alike. The link
 * and the file below were produced by the 2026.1 code itself (commit 207230e).
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, parseExport } from '../../src/core/transfer';
import { legacyLayouts, withLegacyLayouts } from '../../src/data/legacyLayouts';
import { questionnaire } from '../../src/data/questionnaire';
import { readShareLink } from '../../src/store/openShareLink';
import { parseSaved } from '../../src/store/savedState';

const OLD_LINK = 'AYqdhOmSAgAYcAAAAAgAAGEAAAmAZKKH';
const oldAnswers = {
  eq_sufficiency: 'mostly',
  eq_maintenance: 'provider',
  sw_uses: 'yes',
  sw_domains: ['payroll_hr', 'planning'],
  sk_direction: 'basic',
  pw_training: 'some',
  pw_steps: ['payslip_access'],
  strat_plan: 'ad_hoc',
  strat_lead: 'named',
};
const profile = { structureType: 'aci', permanentStaff: 'p1_5' };
/** Kept: same wording and options. Asked again: upkeep split, skills scale, steps and plan options redefined. */
const kept = { eq_sufficiency: 'mostly', sw_uses: 'yes', sw_domains: ['payroll_hr', 'planning'], pw_training: 'some', strat_lead: 'named' };

describe('answers to questionnaire 2026.1', () => {
  it('the questionnaire is a new version', () => {
    expect(questionnaire.version).toBe('2026.2');
  });

  it('every earlier version has its frozen layout, so its links stay readable', () => {
    expect((questionnaire.revisions ?? []).map((r) => r.from).filter((from) => !legacyLayouts[from])).toEqual([]);
  });

  it('a share link of 2026.1 still opens, with what still means the same', () => {
    // As the results code reads links: with the frozen layouts, which the first screens do without.
    const outcome = decodeShare(OLD_LINK, withLegacyLayouts(questionnaire), new Date('2026-12-01T00:00:00Z'));
    if (!outcome.ok) throw new Error(outcome.error);
    expect({ ...outcome.data.answers }).toEqual(kept);
    expect({ ...outcome.data.profile }).toEqual(profile);
    expect(outcome.reasked).toBe(4);
    expect(outcome.data.createdAt?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('the same link opened through the store, as a visitor does, shows those answers read-only', () => {
    const read = readShareLink(questionnaire, `#r=${OLD_LINK}`);
    expect(read && 'shared' in read ? { ...read.shared?.answers } : read).toEqual(kept);
    // Without the frozen layouts (the first screens' questionnaire), the old link is another questionnaire's.
    expect(decodeShare(OLD_LINK, questionnaire)).toEqual({ ok: false, error: 'otherQuestionnaire' });
  });

  it('an export file of 2026.1 imports what still means the same, and counts what is asked again', () => {
    const file = JSON.stringify({ format: 'siae-diagnostic', formatVersion: 1, questionnaireVersion: '2026.1', exportedAt: '2026-11-20T10:00:00.000Z', profile, answers: oldAnswers });
    const outcome = parseExport(file, questionnaire, { now: new Date('2026-12-01T00:00:00Z') });
    if (!outcome.ok) throw new Error(outcome.error);
    expect({ ...outcome.data.answers }).toEqual(kept);
    expect(outcome.reasked).toBe(4);
  });

  it('a current export file is not revised', () => {
    const file = JSON.stringify({ format: 'siae-diagnostic', formatVersion: 1, questionnaireVersion: '2026.2', exportedAt: '2026-11-20T10:00:00.000Z', profile, answers: kept });
    const outcome = parseExport(file, questionnaire, { now: new Date('2026-12-01T00:00:00Z') });
    expect(outcome.ok && outcome.reasked).toBe(0);
  });

  it('answers saved in the browser by 2026.1 (saved version 3) are carried over, and the user is told', () => {
    const saved = JSON.stringify({ version: 3, profile, answers: oldAnswers, step: 'skills', structureName: '', startedAt: null, updatedAt: null, earlier: null, language: null });
    const { state, notice } = parseSaved(saved, questionnaire);
    expect(notice).toBe('revised');
    expect({ ...state?.answers }).toEqual(kept);
    expect(state?.questionnaireVersion).toBe('2026.2');
  });

  it('answers saved by 2026.2 are read as they are, with no notice', () => {
    const saved = JSON.stringify({ version: 4, questionnaireVersion: '2026.2', profile, answers: kept, step: 'skills', structureName: '', startedAt: null, updatedAt: null, earlier: null, language: null });
    expect(parseSaved(saved, questionnaire).notice).toBeNull();
  });
});
