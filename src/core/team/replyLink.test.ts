import { describe, expect, it } from 'vitest';
import { BitWriter } from '../transfer/bits';
import { sealFrame } from '../transfer/frame';
import { fieldsOf, structureHash, writeField } from '../transfer/shareCodec';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from '../transfer/shareLink';
import { fixture as plainFixture, fullAnswers, fullProfile } from '../transfer/testFixture';
import { fixture } from './testTeam';
import { decodeReplyLink, encodeReplyLink, type ReplyOutcome } from './replyLink';

const now = new Date('2025-06-01T00:00:00Z');
const answeredAt = new Date('2025-03-14T15:00:00Z');
const teamId = 'Ab3-_x9Q';
const reply = encodeReplyLink(fixture, { teamId, role: 'cip', firstName: 'Zoé', profile: fullProfile, answers: fullAnswers, answeredAt });

function ok(outcome: ReplyOutcome): Extract<ReplyOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.reason}`);
  return outcome;
}
const decode = (payload: string) => decodeReplyLink(payload, fixture, now);

describe('reply link (share link version 2)', () => {
  it('carries the team id, the role, the first name, the day and every answer', () => {
    const { reply: r, reasked } = ok(decode(reply));
    expect(r).toMatchObject({ teamId, role: 'cip', firstName: 'Zoé', answeredOn: '2025-03-14' });
    expect({ ...r.answers }).toEqual(fullAnswers);
    expect(reasked).toBe(0);
    expect(r.key).toMatch(/^[0-9a-f]{8}$/);
  });
  it('leaves the first name out when none was typed, and reads the same answers to the same key', () => {
    const anonymous = ok(decode(encodeReplyLink(fixture, { teamId, role: 'supervisor', firstName: '  ', profile: {}, answers: fullAnswers, answeredAt }))).reply;
    expect('firstName' in anonymous).toBe(false);
    expect(anonymous.role).toBe('supervisor');
    const again = ok(decode(encodeReplyLink(fixture, { teamId, role: 'supervisor', profile: fullProfile, answers: { ...fullAnswers }, answeredAt }))).reply;
    expect(again.key).toBe(anonymous.key);
  });
  it('keeps a name to 40 characters and a role it does not know as "autre"', () => {
    const long = ok(decode(encodeReplyLink(fixture, { teamId, role: 'admin', firstName: `\u0007${'é'.repeat(300)}`, profile: {}, answers: {}, answeredAt }))).reply;
    expect(long.firstName).toBe('é'.repeat(40));
    const noRole = encodeShare({ questionnaire: fixture, profile: {}, answers: {}, team: { id: teamId } });
    expect(ok(decode(noRole)).reply.role).toBe('other');
  });
  it('is what a share link was, plus the team section: plain share links are still version 1', () => {
    // Written by the encoder before reply links existed (commit d572d52).
    const legacy = 'AeP1g7WqhzYAxDHT';
    expect(encodeShare({ questionnaire: plainFixture, profile: fullProfile, answers: fullAnswers, createdAt: answeredAt })).toBe(legacy);
    const shared = decodeShare(legacy, plainFixture, now);
    expect(shared.ok && { ...shared.data.answers }).toEqual(fullAnswers);
    expect(shared.ok && 'team' in shared.data).toBe(false);
    expect(decodeReplyLink(legacy, plainFixture, now)).toEqual({ ok: false, reason: 'notAReply' });
    // Flags, team id, and "Zoé" (1 + 6 + 5 bytes), and 3 bits of role.
    expect(reply.length - legacy.length).toBeLessThanOrEqual(17);
  });
});

describe('reply link: hostile input', () => {
  it('catches every flipped character and every truncation', () => {
    for (let i = 0; i < reply.length; i += 1) {
      const c = reply[i] === 'A' ? 'B' : 'A';
      expect(decode(reply.slice(0, i) + c + reply.slice(i + 1)), `char ${i}`).toEqual({ ok: false, reason: 'damaged' });
    }
    for (let n = 0; n < reply.length; n += 1) expect(decode(reply.slice(0, n)), `first ${n}`).toEqual({ ok: false, reason: 'damaged' });
    expect(decode(`${reply}A`)).toEqual({ ok: false, reason: 'damaged' });
  });
  it('refuses a huge payload on its length alone, at once', () => {
    const start = performance.now();
    expect(decode('A'.repeat(10 * 1024 * 1024))).toEqual({ ok: false, reason: 'damaged' });
    expect(decode('A'.repeat(MAX_SHARE_CHARS + 1))).toEqual({ ok: false, reason: 'damaged' });
    expect(performance.now() - start).toBeLessThan(50);
  });
  /** A version 2 body written by hand, with a valid checksum. */
  const forge = (flags: number, name: number[], version = 2): string => {
    const w = new BitWriter();
    w.write(version, 8);
    w.write(structureHash(fixture), 16);
    w.write(flags, 8);
    for (const b of [1, 2, 3, 4, 5, 6]) w.write(b, 8);
    if (name.length) {
      w.write(name.length, 8);
      for (const b of name) w.write(b, 8);
    }
    const { profile, questions } = fieldsOf(fixture);
    for (const f of [...profile, ...questions]) writeField(w, f, undefined);
    return sealFrame(w.toBytes());
  };
  it('refuses flags no version sets, a missing team section and a newer version', () => {
    expect(ok(decode(forge(0x40, []))).reply.teamId).toBe('AQIDBAUG');
    expect(decode(forge(0x41, []))).toEqual({ ok: false, reason: 'damaged' });
    expect(decode(forge(0x00, []))).toEqual({ ok: false, reason: 'damaged' });
    expect(decode(forge(0x40, [], 4))).toEqual({ ok: false, reason: 'newerFormat' });
    expect(decode(encodeShare({ questionnaire: { ...fixture, questions: fixture.questions.slice(1) }, profile: {}, answers: {}, team: { id: teamId } }))).toEqual({ ok: false, reason: 'otherQuestionnaire' });
  });
  it('drops a first name that is not UTF-8, and reads prototype keys as plain text', () => {
    const bad = ok(decode(forge(0x60, [0xc3, 0x28]))).reply;
    expect('firstName' in bad).toBe(false);
    const proto = ok(decode(forge(0x60, [...new TextEncoder().encode('__proto__')]))).reply;
    expect(proto.firstName).toBe('__proto__');
    expect(Object.getPrototypeOf(proto.answers)).toBeNull();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
