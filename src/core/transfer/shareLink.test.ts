import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../questionnaire';
import { fastestOf } from '../../../tests/fixtures/cost';
import { decodeBase64url, encodeBase64url } from './base64url';
import { BitWriter, checksum24 } from './bits';
import { fieldsOf, structureHash, writeField } from './shareCodec';
import { decodeShare, encodeShare, MAX_SHARE_CHARS, readShareFromHash, shareFragment, type ShareOutcome } from './shareLink';
import { fixture, fullAnswers, fullProfile, realistic } from './testFixture';

const createdAt = new Date('2025-03-14T15:00:00Z');
const now = new Date('2025-06-01T00:00:00Z');
const full = encodeShare({ questionnaire: fixture, profile: fullProfile, answers: fullAnswers, createdAt });

const realisticFull = encodeShare({
  questionnaire: realistic,
  profile: { type: 'AI', size: 'xl', sectors: ['1', '8'] },
  answers: Object.fromEntries(realistic.questions.map((q) => [q.id, q.kind === 'multiple' ? ['a', 'c', 'e'] : q.kind === 'single' ? 'd' : 'dk'])),
  createdAt,
});

function decode(payload: string, questionnaire: Questionnaire = fixture): ShareOutcome {
  return decodeShare(payload, questionnaire, now);
}

function ok(outcome: ShareOutcome): Extract<ShareOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error}`);
  return outcome;
}

/** A link whose body bits are written by hand, with a valid checksum. */
function forge(write: (w: BitWriter) => void, extraBytes: number[] = []): string {
  const w = new BitWriter();
  write(w);
  const body = [...w.toBytes(), ...extraBytes];
  const sum = checksum24(Uint8Array.from(body));
  return encodeBase64url(Uint8Array.from([...body, sum >>> 16, (sum >>> 8) & 0xff, sum & 0xff]));
}

function header(w: BitWriter, version = 1, hash = structureHash(fixture)): void {
  w.write(version, 8);
  w.write(hash, 16);
}

describe('share link: round trips', () => {
  it('restores every kind of answer, hidden questions included, and the day', () => {
    const { data, dropped } = ok(decode(full));
    expect(dropped).toEqual([]);
    expect({ ...data.answers }).toEqual(fullAnswers);
    expect({ ...data.profile }).toEqual(fullProfile);
    expect(data.createdAt?.toISOString()).toBe('2025-03-14T00:00:00.000Z');
    expect(Object.getPrototypeOf(data.answers)).toBeNull();
  });

  it.each([
    ['nothing answered', {}, {}],
    ['"je ne sais pas" everywhere it is offered', {}, { q2: ['dk'], q3: 'dk', q6: 'dk' }],
    ['the last option of each question', { structureType: 'AI', sectors: ['btp', 'services', 'agri'] }, { q1: 'c', q2: ['x', 'y', 'z'], q3: 's4', q4: 'no', q5: ['p', 'q', 'r'], q6: 's4' }],
  ])('restores %s', (_label, profile, answers) => {
    const { data } = ok(decode(encodeShare({ questionnaire: fixture, profile, answers })));
    expect({ ...data.answers }).toEqual(answers);
    expect({ ...data.profile }).toEqual(profile);
    expect('createdAt' in data).toBe(false);
  });

  it('writes multiple choices in option order and leaves unknown answers out', () => {
    const { data } = ok(decode(encodeShare({ questionnaire: fixture, profile: { region: 'idf' }, answers: { q2: ['z', 'x'], q9: 'a', q1: 'zz' } })));
    expect({ ...data.answers }).toEqual({ q2: ['x', 'z'] });
    expect({ ...data.profile }).toEqual({});
  });

  it('leaves out a date it cannot hold (before 2020)', () => {
    const { data } = ok(decode(encodeShare({ questionnaire: fixture, profile: {}, answers: {}, createdAt: new Date('2019-12-31T00:00:00Z') })));
    expect(data.createdAt).toBeUndefined();
  });

  it('still reads links after points change, not after options change', () => {
    const rescored: Questionnaire = { ...fixture, version: 'test-2', questions: fixture.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, points: o.points * 2 })) })) };
    expect(decode(full, rescored).ok).toBe(true);
    const reworded: Questionnaire = { ...fixture, questions: fixture.questions.map((q) => (q.id === 'q1' ? { ...q, options: [...q.options, { id: 'd', points: 3 }] } : q)) };
    expect(decode(full, reworded)).toEqual({ ok: false, error: 'otherQuestionnaire' });
    expect(decode(full, { ...fixture, questions: fixture.questions.slice(1) })).toEqual({ ok: false, error: 'otherQuestionnaire' });
  });
});

describe('share link: length', () => {
  it(`fits a full answer set of the fixture in ${full.length} characters`, () => {
    expect(full).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(full.length).toBeLessThan(30);
  });

  it(`fits a full answer set of 32 questions in ${realisticFull.length} characters`, () => {
    expect(ok(decode(realisticFull, realistic)).dropped).toEqual([]);
    expect(realisticFull.length).toBeLessThan(100);
    console.info(`share link payload: fixture ${full.length} chars, 32 questions ${realisticFull.length} chars`);
  });
});

describe('share link: damaged or foreign links', () => {
  it('catches every flipped character', () => {
    for (let i = 0; i < full.length; i += 1) {
      for (const c of ['A', 'g', '-', '_', '9']) {
        if (full[i] === c) continue;
        const outcome = decode(full.slice(0, i) + c + full.slice(i + 1));
        // Only the unused low bits of the last character can turn "malformed" instead.
        expect(outcome, `char ${i} → ${c}`).toEqual({ ok: false, error: i === full.length - 1 ? expect.stringMatching(/checksum|malformed/) : 'checksum' });
      }
    }
  });

  it('catches every truncation and every appended character', () => {
    for (let n = 0; n < full.length; n += 1) {
      const outcome = decode(full.slice(0, n));
      expect(outcome.ok, `first ${n} chars`).toBe(false);
      expect(['checksum', 'malformed']).toContain(outcome.ok ? '' : outcome.error);
    }
    expect(decode(`${full}A`).ok).toBe(false);
    expect(decode(`${full}AA`).ok).toBe(false);
  });

  it.each([
    ['empty', '', 'malformed'],
    ['foreign characters', `${full.slice(0, -1)}=`, 'malformed'],
    ['percent-encoded', encodeURIComponent('a+b/c='), 'malformed'],
    ['too short for a frame', 'AAAA', 'malformed'],
    ['10 MB', 'A'.repeat(10 * 1024 * 1024), 'tooLong'],
    ['one past the limit', 'A'.repeat(MAX_SHARE_CHARS + 1), 'tooLong'],
  ])('refuses a payload that is %s', (_label, payload, error) => {
    expect(decode(payload)).toEqual({ ok: false, error });
  });

  it('refuses a 10 MB payload on its length alone, without reading it', () => {
    const huge = 'A'.repeat(10 * 1024 * 1024);
    // Reference: one pass over the text, what decoding it would cost at the very least.
    const onePass = fastestOf(1, () => decodeBase64url(huge));
    const refusal = fastestOf(5, () => expect(decode(huge)).toEqual({ ok: false, error: 'tooLong' }));
    expect(refusal).toBeLessThan(onePass / 10);
  });

  it('tells a newer format and another questionnaire apart from damage', () => {
    expect(decode(forge((w) => header(w, 4)))).toEqual({ ok: false, error: 'unknownVersion' });
    // Version 2 is a reply link: without its team section it is damage, not a newer format.
    expect(decode(forge((w) => header(w, 2)))).toEqual({ ok: false, error: 'malformed' });
    // Version 3 carries a plan after the answers: without it, damage too.
    expect(decode(forge((w) => header(w, 3)))).toEqual({ ok: false, error: 'malformed' });
    expect(decode(forge((w) => header(w, 0)))).toEqual({ ok: false, error: 'unknownVersion' });
    expect(decode(forge((w) => header(w, 1, structureHash(fixture) ^ 1)))).toEqual({ ok: false, error: 'otherQuestionnaire' });
    expect(decode(full, realistic)).toEqual({ ok: false, error: 'otherQuestionnaire' });
  });

  it('refuses a body too short or too long for the questionnaire', () => {
    expect(decode(forge((w) => w.write(1, 8)))).toEqual({ ok: false, error: 'malformed' });
    expect(decode(forge((w) => { header(w); w.write(0, 1); }))).toEqual({ ok: false, error: 'malformed' });
    const { profile, questions } = fieldsOf(fixture);
    const complete = (w: BitWriter): void => {
      header(w);
      w.write(0, 1);
      for (const f of [...profile, ...questions]) writeField(w, f, undefined);
    };
    expect(decode(forge(complete)).ok).toBe(true);
    expect(decode(forge(complete, [0]))).toEqual({ ok: false, error: 'malformed' });
  });

  it('drops answers whose codes name no option, and a date in the future', () => {
    const [type, sectors] = fieldsOf(fixture).profile;
    const [q1, q2, ...rest] = fieldsOf(fixture).questions;
    if (!type || !sectors || !q1 || !q2) throw new Error('fixture changed');
    const payload = forge((w) => {
      header(w);
      w.write(1, 1);
      w.write(0xffff, 16);
      w.write(7, 3); // structureType: 4 options, so 5–7 are no code
      writeField(w, sectors, ['agri']);
      writeField(w, q1, 'b');
      w.write(0b11000, 5); // q2: "je ne sais pas" together with an option
      for (const f of rest) writeField(w, f, undefined);
    });
    const { data, dropped } = ok(decode(payload));
    expect(dropped).toEqual(['profile.structureType', 'q2']);
    expect({ ...data.profile }).toEqual({ sectors: ['agri'] });
    expect({ ...data.answers }).toEqual({ q1: 'b' });
    expect(data.createdAt).toBeUndefined();
  });
});

describe('share link: fragment', () => {
  it('writes and reads the fragment', () => {
    expect(shareFragment(full)).toBe(`#r=${full}`);
    expect(readShareFromHash(shareFragment(full))).toBe(full);
  });

  it.each([
    ['#r=abc', 'abc'],
    ['r=abc', 'abc'],
    ['#lang=fr&r=abc&x=1', 'abc'],
    ['#r=abc.', 'abc'],
    ['#r=abc)', 'abc'],
    ['#r=', null],
    ['#rr=abc', null],
    ['#x=1', null],
    ['', null],
    ['#', null],
  ])('reads %j as %j', (hash, payload) => {
    expect(readShareFromHash(hash)).toBe(payload);
  });
});
