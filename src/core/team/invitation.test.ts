import { describe, expect, it } from 'vitest';
import { BitWriter } from '../transfer/bits';
import { sealFrame } from '../transfer/frame';
import { decodeInvitation, encodeInvitation, invitationFragment, MAX_INVITE_CHARS, readInvitationFromHash, type InviteOutcome } from './invitation';
import { fixture } from './testTeam';

const now = new Date('2025-06-01T00:00:00Z');
const createdAt = new Date('2025-05-20T08:00:00Z');
const profile = { structureType: 'ETTI', sectors: ['btp'], role: 'director' };
const named = encodeInvitation(fixture, { teamId: 'Ab3-_x9Q', profile, structureName: '  Régie « Nord »  ', createdAt });
const anonymous = encodeInvitation(fixture, { teamId: 'Ab3-_x9Q', profile, createdAt });
const decode = (payload: string): InviteOutcome => decodeInvitation(payload, fixture, now);

describe('invitation link', () => {
  it('carries the team id, the profile (with the starter role), the day, and the name only if typed', () => {
    expect(decode(named)).toEqual({ ok: true, invitation: { teamId: 'Ab3-_x9Q', profile, structureName: 'Régie « Nord »', createdAt: new Date('2025-05-20T00:00:00Z') } });
    const plain = decode(anonymous);
    expect(plain.ok && 'structureName' in plain.invitation).toBe(false);
    expect(anonymous.length).toBeLessThan(named.length);
  });
  it('never carries answers: it has no room for them', () => {
    // The encoder reads the profile alone; answers given alongside change nothing.
    const withAnswers = encodeInvitation(fixture, { teamId: 'Ab3-_x9Q', profile: { ...profile, q1: 'c', q3: 's4' }, createdAt });
    expect(withAnswers).toBe(anonymous);
  });
  it('reads the fragment and leaves the share parameter alone', () => {
    expect(readInvitationFromHash(`${invitationFragment(named)}&lang=fr`)).toBe(named);
    expect(readInvitationFromHash('#r=abc')).toBeNull();
  });
});

describe('invitation link: hostile input', () => {
  it('catches every flipped character and every truncation', () => {
    for (let i = 0; i < named.length; i += 1) {
      const c = named[i] === 'A' ? 'B' : 'A';
      const outcome = decode(named.slice(0, i) + c + named.slice(i + 1));
      expect(outcome.ok, `char ${i}`).toBe(false);
    }
    for (let n = 0; n < named.length; n += 1) expect(decode(named.slice(0, n)).ok, `first ${n}`).toBe(false);
  });
  it('refuses huge, foreign and newer payloads', () => {
    expect(decode('A'.repeat(10 * 1024 * 1024))).toEqual({ ok: false, error: 'tooLong' });
    expect(decode('A'.repeat(MAX_INVITE_CHARS + 1))).toEqual({ ok: false, error: 'tooLong' });
    expect(decode('__proto__')).toEqual({ ok: false, error: 'malformed' });
    const w = new BitWriter();
    w.write(2, 8);
    expect(decode(sealFrame(w.toBytes()))).toEqual({ ok: false, error: 'unknownVersion' });
    const other = encodeInvitation({ ...fixture, profile: fixture.profile.slice(1) }, { teamId: 'Ab3-_x9Q', profile: {} });
    expect(decode(other)).toEqual({ ok: false, error: 'otherQuestionnaire' });
  });
  it('keeps a profile key named like a prototype out of the profile', () => {
    const outcome = decode(encodeInvitation(fixture, { teamId: 'Ab3-_x9Q', profile: JSON.parse('{"__proto__":{"polluted":1},"structureType":"AI"}') }));
    expect(outcome.ok && { ...outcome.invitation.profile }).toEqual({ structureType: 'AI' });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
