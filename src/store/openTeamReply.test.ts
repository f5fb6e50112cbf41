import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { encodeReplyLink, encodeInvitation, invitationFragment } from '../core/team';
import { encodeShare, shareFragment } from '../core/transfer';
import { readTeamReply } from './openTeamReply';

const team = { id: 'Ab3-_x9Q', profile: { structureType: 'aci' }, createdOn: '2026-11-20' };
const saved = { team, replies: [] };
const reply = (teamId: string) => shareFragment(encodeReplyLink(miniQuestionnaire, { teamId, role: 'cip', profile: {}, answers: { a_uses: 'no' }, answeredAt: new Date('2026-11-21T10:00:00Z') }));

describe('a reply link opened by the starter', () => {
  it('adds the reply to the team view, once', () => {
    const first = readTeamReply(miniQuestionnaire, reply(team.id), saved);
    expect(first?.refusal).toBeNull();
    expect(first?.team.replies).toHaveLength(1);
    const again = readTeamReply(miniQuestionnaire, reply(team.id), first?.team ?? null);
    expect(again).toEqual({ team: first?.team, refusal: 'duplicate' });
  });
  it('leaves any other link to open as it would', () => {
    expect(readTeamReply(miniQuestionnaire, reply('zzzzzzzz'), saved)).toBeNull();
    expect(readTeamReply(miniQuestionnaire, reply(team.id), null)).toBeNull();
    expect(readTeamReply(miniQuestionnaire, shareFragment(encodeShare({ questionnaire: miniQuestionnaire, profile: {}, answers: {} })), saved)).toBeNull();
    expect(readTeamReply(miniQuestionnaire, invitationFragment(encodeInvitation(miniQuestionnaire, { teamId: team.id, profile: {} })), saved)).toBeNull();
  });
});
