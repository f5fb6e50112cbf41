/**
 * A colleague's reply as a link: a share link of version 2, whose team
 * section carries the team id and the optional first name, and whose
 * profile carries the structure's profile with the colleague's role.
 */
import type { Answers, Profile, Questionnaire } from '../questionnaire';
import { decodeShare, encodeShare, type ShareError } from '../transfer/shareLink';
import { isTeamId } from '../transfer/teamBits';
import { isoDay, replyKey } from './replyKey';
import { isTeamRole, ROLE_QUESTION, type ReplyRefusal, type TeamReply, type TeamRole } from './types';

export interface ReplyInput {
  readonly teamId: string;
  readonly role: TeamRole;
  readonly firstName?: string;
  /** The structure's profile from the invitation; its role is replaced by `role`. */
  readonly profile: Profile;
  readonly answers: Answers;
  readonly answeredAt: Date;
}

export function encodeReplyLink(questionnaire: Questionnaire, input: ReplyInput): string {
  return encodeShare({
    questionnaire,
    profile: { ...input.profile, [ROLE_QUESTION]: input.role },
    answers: input.answers,
    createdAt: input.answeredAt,
    team: input.firstName === undefined ? { id: input.teamId } : { id: input.teamId, firstName: input.firstName },
  });
}

export type ReplyOutcome =
  /** `reasked`: answers to an earlier questionnaire version that could not be carried over. */
  | { readonly ok: true; readonly reply: TeamReply; readonly reasked: number }
  | { readonly ok: false; readonly reason: ReplyRefusal };

const LINK_REFUSAL: Readonly<Record<ShareError, ReplyRefusal>> = {
  tooLong: 'damaged',
  malformed: 'damaged',
  checksum: 'damaged',
  unknownVersion: 'newerFormat',
  otherQuestionnaire: 'otherQuestionnaire',
};

/** Builds the stored reply, keyed by its content. */
export function makeReply(teamId: string, role: TeamRole, firstName: string | undefined, answeredOn: string | undefined, answers: Answers): TeamReply {
  const key = replyKey(teamId, role, firstName, answeredOn, answers);
  return {
    key,
    teamId,
    role,
    ...(firstName === undefined ? {} : { firstName }),
    ...(answeredOn === undefined ? {} : { answeredOn }),
    answers,
  };
}

export function decodeReplyLink(payload: string, questionnaire: Questionnaire, now: Date = new Date()): ReplyOutcome {
  const outcome = decodeShare(payload, questionnaire, now);
  if (!outcome.ok) return { ok: false, reason: LINK_REFUSAL[outcome.error] };
  const { team, profile, answers, createdAt } = outcome.data;
  // A plain share link is one person's diagnostic, not a reply to a team.
  if (!team || !isTeamId(team.id)) return { ok: false, reason: 'notAReply' };
  const role = profile[ROLE_QUESTION];
  const reply = makeReply(team.id, isTeamRole(role) ? role : 'other', team.firstName, createdAt && isoDay(createdAt), answers);
  return { ok: true, reply, reasked: outcome.reasked };
}
