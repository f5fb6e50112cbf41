/**
 * A team diagnostic: the starter's team and the replies colleagues send
 * back. Plain data, kept in the starter's browser and in the team file.
 */
import type { Answers, Profile } from '../questionnaire';

/** The roles a colleague picks, the options of the profile question `role`. */
export const TEAM_ROLES = ['director', 'cip', 'supervisor', 'admin', 'other'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const ROLE_QUESTION = 'role';

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

export interface Team {
  /** 8 base64url characters (48 random bits). */
  readonly id: string;
  /** The structure's profile, as in the invitation; `role` is the starter's. */
  readonly profile: Profile;
  readonly structureName?: string;
  /** ISO day (YYYY-MM-DD) the invitation was made. */
  readonly createdOn: string;
}

export interface TeamReply {
  /** A fingerprint of the reply's content: the same reply twice has the same key. */
  readonly key: string;
  readonly teamId: string;
  readonly role: TeamRole;
  readonly firstName?: string;
  /** ISO day (YYYY-MM-DD), when the colleague made the link or file. */
  readonly answeredOn?: string;
  readonly answers: Answers;
}

/** Why a reply was not added. Nothing else changes when one is refused. */
export type ReplyRefusal =
  /** Truncated, edited, too long, not JSON, not a link at all. */
  | 'damaged'
  /** Made by a newer version of the widget. */
  | 'newerFormat'
  /** Answers to a questionnaire version this widget cannot read. */
  | 'otherQuestionnaire'
  /** A valid link or file, but not a reply (a share link, an invitation, an export). */
  | 'notAReply'
  /** A reply to another team diagnostic. */
  | 'otherTeam'
  /** This very reply is already in the team view. */
  | 'duplicate';

/** One respondent of the aggregation: a reply, or the starter's own answers. */
export interface Respondent {
  readonly key: string;
  readonly role: TeamRole;
  readonly firstName?: string;
  readonly answers: Answers;
}
