/**
 * What the store knows of team links without the team code (which comes
 * with team.js, loaded only when needed): whether an address holds an
 * invitation, and the shape of the readers team.js hands it
 * (`openInvitation.ts`, `openTeamReply.ts`).
 */
import type { Questionnaire } from '../core/questionnaire';
import type { Invitation, InviteError, ReplyRefusal } from '../core/team';
import type { SavedTeam } from './savedTeam';

/** `#i=…`, alone or after other parameters (`INVITE_PARAM` of core/team/invitation.ts). */
export const isInvitationHash = (hash: string): boolean => /^#(?:.*&)?i=/.test(hash);

export type ReadInvitation = (questionnaire: Questionnaire, hash: string) => { invitation: Invitation; invitationError: null } | { invitationError: InviteError } | null;

export type ReadTeamReply = (questionnaire: Questionnaire, hash: string, saved: SavedTeam | null) => { team: SavedTeam; refusal: ReplyRefusal | null } | null;
