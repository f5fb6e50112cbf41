import { describe, expect, it } from 'vitest';
import { miniQuestionnaire } from '../../tests/fixtures/miniQuestionnaire';
import { encodeInvitation, encodeReplyLink, invitationFragment } from '../core/team';
import { shareFragment } from '../core/transfer';
import { createDiagnosticStore, shownStep } from './diagnosticStore';
import { readInvitation } from './openInvitation';
import { readShareLink } from './openShareLink';
import { readTeamReply } from './openTeamReply';
import { memoryStorage } from '../../tests/fixtures/memoryStorage';

/** The store notes team links without the team code; the team code (team.js) reads them later. */
const team = { id: 'Ab3-_x9Q', profile: { structureType: 'aci' }, createdOn: '2026-11-20' };
const invitation = invitationFragment(encodeInvitation(miniQuestionnaire, { teamId: team.id, profile: team.profile, structureName: 'Atelier du Port' }));
const reply = (teamId: string) => shareFragment(encodeReplyLink(miniQuestionnaire, { teamId, role: 'cip', profile: {}, answers: { a_uses: 'no' }, answeredAt: new Date('2026-11-21T10:00:00Z') }));
const store = () => createDiagnosticStore(miniQuestionnaire, memoryStorage(), 'k');
/** A link in the address, read as the results code reads it (`SharedView`). */
const openLink = (s: ReturnType<typeof store>, hash: string) => {
  s.getState().openShareLink(hash);
  s.getState().settleShare(readShareLink);
};

describe('team links in the store', () => {
  it('shows the invited step at once for an invitation, and the invitation once the team code reads it', () => {
    const s = store();
    s.getState().openInvitation(`#lang=fr&${invitation.slice(1)}`);
    expect(shownStep(s.getState())).toBe('invited');
    expect(s.getState().invitation).toBeNull();
    s.getState().settleInvitation(readInvitation);
    expect(s.getState()).toMatchObject({ pendingInvitation: null, invitationError: null, invitation: { teamId: team.id, structureName: 'Atelier du Port' } });
    expect(shownStep(s.getState())).toBe('invited');
  });

  it('says why a damaged invitation cannot be opened, and leaves the journey where it was', () => {
    const s = store();
    s.getState().openInvitation(`${invitation.slice(0, 12)}!!`);
    s.getState().settleInvitation(readInvitation);
    expect(s.getState()).toMatchObject({ pendingInvitation: null, invitation: null, invitationError: 'malformed' });
    expect(shownStep(s.getState())).toBe('welcome');
    s.getState().openInvitation('#r=abc');
    expect(s.getState().pendingInvitation).toBeNull();
  });

  it("takes a reply to this browser's team to the team view, where the team code adds it once", () => {
    const s = store();
    s.getState().setTeam({ team, replies: [] });
    openLink(s, reply(team.id));
    expect(s.getState()).toMatchObject({ step: 'team', pendingReply: reply(team.id), shared: null });
    s.getState().settleReply(readTeamReply);
    expect(s.getState().pendingReply).toBeNull();
    expect(s.getState().team?.replies).toHaveLength(1);
    expect(s.getState().teamNotice).toBe('added');
    openLink(s, reply(team.id));
    s.getState().settleReply(readTeamReply);
    expect(s.getState().team?.replies).toHaveLength(1);
    expect(s.getState().teamNotice).toBe('duplicate');
  });

  it('opens a reply to another team, or in a browser with no team, as a share link', () => {
    const s = store();
    openLink(s, reply(team.id));
    expect(s.getState().pendingReply).toBeNull();
    expect(s.getState().shared?.answers).toEqual({ a_uses: 'no' });
    const starter = store();
    starter.getState().setTeam({ team, replies: [] });
    openLink(starter, reply('zzzzzzzz'));
    expect(starter.getState()).toMatchObject({ pendingReply: null, step: 'welcome' });
    expect(starter.getState().shared).not.toBeNull();
  });
});
