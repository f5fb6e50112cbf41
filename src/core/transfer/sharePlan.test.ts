import { describe, expect, it } from 'vitest';
import { decodeBase64url } from './base64url';
import { decodeShare, encodeShare, type ShareOutcome } from './shareLink';
import { fixture, fullAnswers, fullProfile } from './testFixture';

const now = new Date('2025-06-01T00:00:00Z');
const plan = [
  { id: 'eq_inventory', owner: 'Léa Dupont 😀', target: '2025-09', status: 'doing' as const, note: 'Devis « Solidatech »' },
  { id: 'sk_training', owner: '', target: '', status: 'done' as const, note: '' },
];
const input = { questionnaire: fixture, profile: fullProfile, answers: fullAnswers };

function ok(outcome: ShareOutcome): Extract<ShareOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error}`);
  return outcome;
}

describe('share link and the action plan (opt-in)', () => {
  it('carries no plan unless it is passed, and is then a version 1 link', () => {
    const link = encodeShare(input);
    expect(decodeBase64url(link)?.[0]).toBe(1);
    expect(ok(decodeShare(link, fixture, now)).data.plan).toBeUndefined();
    expect(encodeShare({ ...input, plan: [] })).toBe(link);
  });

  it('carries the plan when asked, names and notes included', () => {
    const link = encodeShare({ ...input, plan });
    // Version 3: version 2 is a colleague's reply to a team diagnostic.
    expect(decodeBase64url(link)?.[0]).toBe(3);
    const { data } = ok(decodeShare(link, fixture, now));
    expect(data.plan).toEqual(plan);
    expect({ ...data.answers }).toEqual(fullAnswers);
    expect(link.length).toBeGreaterThan(encodeShare(input).length);
  });

  it('refuses a plan link cut short or edited', () => {
    const link = encodeShare({ ...input, plan });
    expect(decodeShare(link.slice(0, -6), fixture, now).ok).toBe(false);
    const edited = link.slice(0, 30) + (link[30] === 'A' ? 'B' : 'A') + link.slice(31);
    expect(decodeShare(edited, fixture, now)).toEqual({ ok: false, error: 'checksum' });
  });
});
