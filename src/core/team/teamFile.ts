/**
 * The team view as one file (team and replies), to keep it or move it to
 * another browser. Versioned like the export file; parsing never throws.
 * `readTeam` also checks what the browser kept, with the same rules.
 */
import type { Questionnaire } from '../questionnaire';
import { reviseAnswers, revisionFrom, type Revision } from '../revision';
import { MAX_EXPORT_CHARS, normalizeStructureName } from '../transfer/exportFile';
import { checkAgainst } from '../answers';
import { isRecord, own, type PlainRecord } from '../transfer/sanitize';
import { isTeamId, normalizeFirstName } from '../transfer/teamBits';
import { makeReply } from './replyLink';
import { isTeamRole, type Team, type TeamReply } from './types';

export const TEAM_FORMAT = 'siae-diagnostic-team';
export const TEAM_FORMAT_VERSION = 1;
export const MAX_TEAM_REPLIES = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type TeamFileError = 'damaged' | 'newerFormat' | 'otherQuestionnaire' | 'notATeam';
export type TeamFileOutcome =
  /** `droppedReplies`: entries that could not be read (left out, the rest kept). */
  | { readonly ok: true; readonly team: Team; readonly replies: readonly TeamReply[]; readonly droppedReplies: number }
  | { readonly ok: false; readonly error: TeamFileError };

export function serializeTeamFile(questionnaire: Questionnaire, team: Team, replies: readonly TeamReply[], exportedAt: Date): string {
  return JSON.stringify(
    {
      format: TEAM_FORMAT,
      formatVersion: TEAM_FORMAT_VERSION,
      questionnaireVersion: questionnaire.version,
      exportedAt: exportedAt.toISOString(),
      team,
      replies: replies.map(({ key: _key, teamId: _teamId, ...reply }) => reply),
    },
    null,
    2,
  );
}

function readReply(raw: unknown, teamId: string, questionnaire: Questionnaire, revision: Revision | undefined): TeamReply | null {
  if (!isRecord(raw)) return null;
  const role = own(raw, 'role');
  const firstName = own(raw, 'firstName');
  const answeredOn = own(raw, 'answeredOn');
  const answers = own(raw, 'answers');
  if (!isTeamRole(role) || !isRecord(answers)) return null;
  if ((firstName !== undefined && typeof firstName !== 'string') || (answeredOn !== undefined && (typeof answeredOn !== 'string' || !DAY.test(answeredOn)))) return null;
  const revised = revision ? reviseAnswers(revision, answers) : { answers };
  const checked = checkAgainst(questionnaire, {}, revised.answers).answers;
  return makeReply(teamId, role, firstName === undefined ? undefined : normalizeFirstName(firstName), answeredOn, checked);
}

/** The team and its replies from a parsed document (a team file, or what the browser kept). */
export function readTeam(doc: PlainRecord, questionnaire: Questionnaire, questionnaireVersion: unknown): TeamFileOutcome {
  const revision = questionnaireVersion === questionnaire.version ? undefined : revisionFrom(questionnaire.revisions, questionnaireVersion);
  if (questionnaireVersion !== questionnaire.version && !revision) return { ok: false, error: 'otherQuestionnaire' };
  const rawTeam = own(doc, 'team');
  const rawReplies = own(doc, 'replies');
  if (!isRecord(rawTeam) || !Array.isArray(rawReplies) || rawReplies.length > MAX_TEAM_REPLIES) return { ok: false, error: 'damaged' };
  const id = own(rawTeam, 'id');
  const createdOn = own(rawTeam, 'createdOn');
  const profile = own(rawTeam, 'profile');
  const name = own(rawTeam, 'structureName');
  if (!isTeamId(id) || typeof createdOn !== 'string' || !DAY.test(createdOn) || !isRecord(profile)) return { ok: false, error: 'damaged' };
  const structureName = typeof name === 'string' ? normalizeStructureName(name) : undefined;
  const team: Team = { id, profile: checkAgainst(questionnaire, profile, {}).profile, createdOn, ...(structureName === undefined ? {} : { structureName }) };
  const replies: TeamReply[] = [];
  for (const raw of rawReplies) {
    const reply = readReply(raw, id, questionnaire, revision);
    if (reply && !replies.some((r) => r.key === reply.key)) replies.push(reply);
  }
  return { ok: true, team, replies, droppedReplies: rawReplies.length - replies.length };
}

export function parseTeamFile(text: string, questionnaire: Questionnaire): TeamFileOutcome {
  if (typeof text !== 'string' || text.length > MAX_EXPORT_CHARS * 4) return { ok: false, error: 'damaged' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (!isRecord(doc)) return { ok: false, error: 'damaged' };
  const format = own(doc, 'format');
  if (format !== TEAM_FORMAT) return { ok: false, error: typeof format === 'string' && format.startsWith('siae-diagnostic') ? 'notATeam' : 'damaged' };
  const version = own(doc, 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'damaged' };
  if (version > TEAM_FORMAT_VERSION) return { ok: false, error: 'newerFormat' };
  return readTeam(doc, questionnaire, own(doc, 'questionnaireVersion'));
}
