import { describe, expect, it } from 'vitest';
import { fullAnswers, fullProfile } from '../transfer/testFixture';
import { encodeShare } from '../transfer/shareLink';
import { addReplies, readReplies, removeReply } from './addReplies';
import { encodeInvitation, invitationFragment } from './invitation';
import { parseReplyFile, serializeReplyFile } from './replyFile';
import { encodeReplyLink, type ReplyInput } from './replyLink';
import { fixture } from './testTeam';

const now = new Date('2025-06-01T00:00:00Z');
const teamId = 'Ab3-_x9Q';
const base: ReplyInput = { teamId, role: 'cip', firstName: 'Zoé', profile: fullProfile, answers: fullAnswers, answeredAt: new Date('2025-05-30T10:00:00Z') };
const page = 'https://reseau.example/diagnostic/#r=';
const link = (input: Partial<ReplyInput> = {}) => page + encodeReplyLink(fixture, { ...base, ...input });
const read = (text: string) => readReplies(text, fixture, now);

describe('reading replies', () => {
  it('reads several links at once, pasted with spaces, lines and a trailing dot', () => {
    const outcomes = read(`${link()}\n\n  ${link({ role: 'supervisor', firstName: '' })}. `);
    expect(outcomes.map((o) => o.ok && o.reply.role)).toEqual(['cip', 'supervisor']);
  });
  it('reads a reply file to the same reply as its link', () => {
    const file = serializeReplyFile(fixture, base);
    const [fromFile] = read(file);
    const [fromLink] = read(link());
    expect(fromFile?.ok && fromLink?.ok && fromFile.reply).toEqual(fromLink?.ok && fromLink.reply);
  });
  it.each([
    ['a truncated link', () => link().slice(0, -4), 'damaged'],
    ['a link with one character changed', () => link().replace(/#r=(.)/, (_m, c: string) => `#r=${c === 'A' ? 'B' : 'A'}`), 'damaged'],
    ['a page address without a reply', () => 'https://reseau.example/diagnostic/', 'damaged'],
    ['a 10 MB paste', () => 'A'.repeat(10 * 1024 * 1024), 'damaged'],
    ['a plain share link', () => page + encodeShare({ questionnaire: fixture, profile: {}, answers: fullAnswers }), 'notAReply'],
    ['an invitation', () => `https://reseau.example/${invitationFragment(encodeInvitation(fixture, { teamId, profile: {} }))}`, 'notAReply'],
    ['a reply to another questionnaire', () => page + encodeReplyLink({ ...fixture, questions: fixture.questions.slice(2) }, base), 'otherQuestionnaire'],
    ['an export file', () => '{"format":"siae-diagnostic","formatVersion":1}', 'notAReply'],
    ['a newer reply file', () => serializeReplyFile(fixture, base).replace('"formatVersion": 1', '"formatVersion": 2'), 'newerFormat'],
    ['a reply file for another questionnaire version', () => serializeReplyFile(fixture, base).replace('"test-1"', '"test-9"'), 'otherQuestionnaire'],
    ['a truncated reply file', () => serializeReplyFile(fixture, base).slice(0, 80), 'damaged'],
    ['a reply file without team id', () => serializeReplyFile(fixture, base).replace(`"${teamId}"`, '"x"'), 'damaged'],
  ])('refuses %s', (_label, text, reason) => {
    expect(read(text())).toEqual([{ ok: false, reason }]);
  });
  it('keeps prototype keys of a reply file out of its answers', () => {
    const text = serializeReplyFile(fixture, base).replace('"answers": {', '"answers": {"__proto__": {"polluted": 1}, "constructor": "x",');
    const outcome = parseReplyFile(text, fixture, now);
    expect(outcome.ok && Object.keys(outcome.reply.answers)).toEqual(Object.keys(fullAnswers));
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('adding replies', () => {
  const first = read(link());
  const start = addReplies(teamId, [], first).replies;
  it('adds a reply, then refuses the same one again and one from another team, changing nothing', () => {
    expect(start).toHaveLength(1);
    const again = addReplies(teamId, start, [...read(link()), ...read(serializeReplyFile(fixture, base)), ...read(link({ teamId: 'zzzzzzzz' }))]);
    expect(again.refused).toEqual(['duplicate', 'duplicate', 'otherTeam']);
    expect(again.replies).toBe(start);
    expect(again.added).toEqual([]);
  });
  it('adds the good ones of a mixed batch and says why the others were refused', () => {
    const batch = addReplies(teamId, start, read(`${link({ role: 'admin' })} ${link().slice(0, -3)} ${link({ role: 'admin' })}`));
    expect(batch.added.map((r) => r.role)).toEqual(['admin']);
    expect(batch.refused).toEqual(['damaged', 'duplicate']);
    expect(batch.replies).toHaveLength(2);
    expect(removeReply(batch.replies, batch.added[0]?.key ?? '')).toEqual(start);
  });
  it('counts a colleague who changed an answer as a new reply', () => {
    const changed = addReplies(teamId, start, read(link({ answers: { ...fullAnswers, q1: 'c' } })));
    expect(changed.added).toHaveLength(1);
  });
});
