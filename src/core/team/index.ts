/** A team diagnostic: invitation, replies, aggregation (pure: no DOM, no framework). */
export { addReplies, MAX_REPLIES_AT_ONCE, readReplies, removeReply, type Added } from './addReplies';
export { consolidateAnswers } from './consolidate';
export { teamDimensions, type RespondentScore, type RoleScore, type TeamDimension } from './dimensions';
export { answerableDontKnows, divergentQuestions, MAX_DIVERGENT, MIN_SPREAD, type AnswerableDontKnow, type Divergence } from './divergence';
export { decodeInvitation, encodeInvitation, INVITE_PARAM, invitationFragment, readInvitationFromHash, type Invitation, type InviteError, type InviteOutcome } from './invitation';
export { median } from './questionFacts';
export { parseReplyFile, REPLY_FORMAT, REPLY_FORMAT_VERSION, serializeReplyFile } from './replyFile';
export { isoDay } from './replyKey';
export { decodeReplyLink, encodeReplyLink, makeReply, type ReplyInput, type ReplyOutcome } from './replyLink';
export { parseTeamFile, readTeam, serializeTeamFile, TEAM_FORMAT, TEAM_FORMAT_VERSION, type TeamFileError, type TeamFileOutcome } from './teamFile';
export { buildTeamView, type TeamContent, type TeamView } from './teamView';
export { isTeamRole, ROLE_QUESTION, TEAM_ROLES, type ReplyRefusal, type Respondent, type Team, type TeamReply, type TeamRole } from './types';
export { isTeamId, MAX_FIRST_NAME, normalizeFirstName, teamIdFromBytes } from '../transfer/teamBits';
