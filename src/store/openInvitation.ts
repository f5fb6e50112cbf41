import type { Questionnaire } from '../core/questionnaire';
import { decodeInvitation, readInvitationFromHash, type Invitation, type InviteError } from '../core/team';
import { withLegacyLayouts } from '../data/legacyLayouts';

/**
 * What a page address means for a colleague: an invitation to show (who
 * invites, then their role), a clear error for a damaged one, or nothing
 * (null) when the address carries no invitation. Nothing saved is touched
 * until the colleague accepts.
 */
export function readInvitation(questionnaire: Questionnaire, hash: string): { invitation: Invitation; invitationError: null } | { invitationError: InviteError } | null {
  const payload = readInvitationFromHash(hash);
  if (payload === null) return /^#(?:.*&)?i=/.test(hash) ? { invitationError: 'malformed' } : null;
  const outcome = decodeInvitation(payload, withLegacyLayouts(questionnaire));
  return outcome.ok ? { invitation: outcome.invitation, invitationError: null } : { invitationError: outcome.error };
}
