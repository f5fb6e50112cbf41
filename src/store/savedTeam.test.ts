import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { makeReply } from '../core/team';
import { parseSaved, SAVED_VERSION } from './savedState';

const team = { id: 'Ab3-_x9Q', profile: { structureType: 'aci' }, structureName: 'Atelier du Nord', createdOn: '2026-11-20' };
const replies = [makeReply(team.id, 'cip', 'Zoé', '2026-11-21', { a_uses: 'yes', a_which: ['x'] }), makeReply(team.id, 'supervisor', undefined, undefined, { b_often: 'never' })];
const v4 = {
  version: 4,
  profile: { structureType: 'aci' },
  answers: { a_uses: 'yes' },
  step: 'results',
  structureName: 'Atelier du Nord',
  startedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  earlier: null,
  language: null,
  questionnaireVersion: 'mini-1',
};
const v5 = { ...v4, version: 5, team: { team, replies }, answeringFor: null };
const read = (doc: unknown) => parseSaved(JSON.stringify(doc), miniQuestionnaire);

describe('saved state version 5: the team diagnostic', () => {
  it('migrates version 4, which had no team, keeping every answer', () => {
    const { state, notice } = read(v4);
    expect(notice).toBeNull();
    expect(state).toMatchObject({ version: SAVED_VERSION, answers: { a_uses: 'yes' }, team: null, answeringFor: null });
  });
  it('reads back the team and its replies', () => {
    const { state, notice } = read(v5);
    expect(notice).toBeNull();
    expect(state?.team?.team).toEqual(team);
    expect(state?.team?.replies.map((r) => ({ ...r, answers: { ...r.answers } }))).toEqual(replies);
  });
  it('reads back the invitation a colleague answers, and drops one it cannot read', () => {
    expect(read({ ...v5, team: null, answeringFor: { teamId: 'Ab3-_x9Q', firstName: ' Zoé ' } }).state?.answeringFor).toEqual({ teamId: 'Ab3-_x9Q', firstName: 'Zoé' });
    expect(read({ ...v5, answeringFor: { teamId: 'nope' } }).state?.answeringFor).toBeNull();
  });
  it('drops a damaged team without losing the answers, and unreadable replies without losing the others', () => {
    const broken = read({ ...v5, team: { team: { ...team, id: 42 }, replies } }).state;
    expect(broken?.team).toBeNull();
    expect(broken?.answers).toEqual({ a_uses: 'yes' });
    const partly = read({ ...v5, team: { team, replies: [...replies, { role: 'boss', answers: {} }, null] } }).state;
    expect(partly?.team?.replies).toHaveLength(2);
    const hostile = read(JSON.parse(JSON.stringify(v5).replace('"replies":[', '"replies":[{"__proto__":{"polluted":1},"role":"cip","answers":{"__proto__":{"a_uses":"yes"}}},')));
    expect(hostile.state?.team?.replies).toHaveLength(3);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
