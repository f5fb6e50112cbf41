/**
 * Team links against the real questionnaire: today's share links still
 * open, and the sizes of an invitation and of a full reply (in the report).
 */
import { describe, expect, it } from 'vitest';
import { decodeInvitation, decodeReplyLink, encodeInvitation, encodeReplyLink, invitationFragment } from '../../src/core/team';
import { decodeShare, shareFragment } from '../../src/core/transfer';
import { questionnaire } from '../../src/data/questionnaire';
import { director, teamProfile } from '../personas/teamAci';

const now = new Date('2026-12-01T00:00:00Z');

describe('team links, real questionnaire', () => {
  it('still opens a share link made before reply links existed (questionnaire 2026.2, format 1)', () => {
    // Written by main's encoder before reply links existed (commit bbc1fe5).
    const outcome = decodeShare('ARnShOmUigAACwAAAAAAAwAAAAIAAAAAAJgtNg', questionnaire, now);
    expect(outcome.ok && { ...outcome.data.answers }).toEqual({ eq_sufficiency: 'mostly', sw_uses: 'yes', sw_domains: ['planning', 'accounting'], sk_cip: 'comfortable', pw_steps: ['dk'] });
    expect(outcome.ok && outcome.data.createdAt?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });
  it('fits an invitation and a full reply in short links', () => {
    const invitation = invitationFragment(encodeInvitation(questionnaire, { teamId: 'Ab3-_x9Q', profile: teamProfile, structureName: 'Atelier vélo du Port', createdAt: now }));
    const anonymous = invitationFragment(encodeInvitation(questionnaire, { teamId: 'Ab3-_x9Q', profile: teamProfile, createdAt: now }));
    const payload = encodeReplyLink(questionnaire, { teamId: 'Ab3-_x9Q', role: 'director', firstName: 'Nadia', profile: teamProfile, answers: director.answers, answeredAt: now });
    const reply = shareFragment(payload);
    expect(decodeInvitation(anonymous.slice(3), questionnaire, now).ok).toBe(true);
    const decoded = decodeReplyLink(payload, questionnaire, now);
    expect(decoded.ok && Object.keys(decoded.reply.answers).length).toBe(Object.keys(director.answers).length);
    expect(anonymous.length).toBeLessThan(40);
    expect(reply.length).toBeLessThan(80);
    console.info(`team link fragments: invitation ${anonymous.length} chars (${invitation.length} with a 20-character name), full reply ${reply.length} chars`);
  });
});
