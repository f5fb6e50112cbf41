/**
 * The team diagnostic's part of the saved state: for a starter, the team and
 * the replies gathered; for a colleague, the invitation they are answering.
 * Read back with the same checks as a team file (`core/team/teamFile.ts`):
 * what cannot be read is dropped, never thrown.
 */
import type { Questionnaire } from '../core/questionnaire';
import { isTeamId, normalizeFirstName, readTeam, type Team, type TeamReply } from '../core/team';
import { normalizeStructureName } from '../core/transfer';
import { isRecord, own } from '../core/transfer/sanitize';

export interface SavedTeam {
  readonly team: Team;
  readonly replies: readonly TeamReply[];
}

/** A colleague answering an invitation: what their reply link will carry. */
export interface AnsweringFor {
  readonly teamId: string;
  readonly firstName?: string;
  /** To remind them whom they answer for. */
  readonly structureName?: string;
}

/** `questionnaireVersion`: the version the saved answers were given to (replies were checked against it). */
export function parseSavedTeam(raw: unknown, questionnaire: Questionnaire, questionnaireVersion: string | null): SavedTeam | null {
  if (!isRecord(raw)) return null;
  const outcome = readTeam(raw, questionnaire, questionnaireVersion ?? questionnaire.version);
  return outcome.ok ? { team: outcome.team, replies: outcome.replies } : null;
}

export function parseAnsweringFor(raw: unknown): AnsweringFor | null {
  if (!isRecord(raw) || !isTeamId(own(raw, 'teamId'))) return null;
  const firstName = typeof own(raw, 'firstName') === 'string' ? normalizeFirstName(own(raw, 'firstName') as string) : undefined;
  const structureName = typeof own(raw, 'structureName') === 'string' ? normalizeStructureName(own(raw, 'structureName') as string) : undefined;
  return {
    teamId: own(raw, 'teamId') as string,
    ...(firstName === undefined ? {} : { firstName }),
    ...(structureName === undefined ? {} : { structureName }),
  };
}
