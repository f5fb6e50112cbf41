import { describe, expect, it } from 'vitest';
import { fullAnswers } from '../transfer/testFixture';
import { makeReply } from './replyLink';
import { parseTeamFile, serializeTeamFile, TEAM_FORMAT } from './teamFile';
import { fixture } from './testTeam';
import type { Team } from './types';

const team: Team = { id: 'Ab3-_x9Q', profile: { structureType: 'AI', role: 'director' }, structureName: 'Relais', createdOn: '2025-05-20' };
const replies = [makeReply(team.id, 'cip', 'Zoé', '2025-05-30', fullAnswers), makeReply(team.id, 'admin', undefined, undefined, { q1: 'b' })];
const file = serializeTeamFile(fixture, team, replies, new Date('2025-06-01T00:00:00Z'));
const edit = (change: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(file) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
};

describe('team file', () => {
  it('round-trips the team and its replies, keys included', () => {
    const outcome = parseTeamFile(file, fixture);
    expect(outcome.ok && outcome.team).toEqual(team);
    expect(outcome.ok && outcome.replies.map((r) => ({ ...r, answers: { ...r.answers } }))).toEqual(replies);
    expect(JSON.parse(file)).toMatchObject({ format: TEAM_FORMAT, formatVersion: 1, questionnaireVersion: 'test-1' });
  });
  it('drops unreadable replies and keeps the rest', () => {
    const outcome = parseTeamFile(edit((d) => (d['replies'] as unknown[]).push({ role: 'boss', answers: {} }, 'x', { role: 'cip', answeredOn: 'hier', answers: {} })), fixture);
    expect(outcome.ok && [outcome.replies.length, outcome.droppedReplies]).toEqual([2, 3]);
  });
  it.each([
    ['not JSON', () => file.slice(0, 50), 'damaged'],
    ['an export file', () => '{"format":"siae-diagnostic","formatVersion":1}', 'notATeam'],
    ['a newer format', () => edit((d) => (d['formatVersion'] = 2)), 'newerFormat'],
    ['another questionnaire version', () => edit((d) => (d['questionnaireVersion'] = 'test-9')), 'otherQuestionnaire'],
    ['a broken team id', () => edit((d) => ((d['team'] as Record<string, unknown>)['id'] = '<script>')), 'damaged'],
    ['replies that are not a list', () => edit((d) => (d['replies'] = { 0: {} })), 'damaged'],
    ['a format hidden under __proto__', () => `{"__proto__":{"format":"${TEAM_FORMAT}","formatVersion":1}}`, 'damaged'],
  ])('refuses %s', (_label, text, error) => {
    expect(parseTeamFile(text(), fixture)).toEqual({ ok: false, error });
    expect(Object.prototype).not.toHaveProperty('format');
  });
});
