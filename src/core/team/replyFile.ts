/**
 * A colleague's reply as a file, for those who would rather attach a file
 * than paste a link: export-file-like JSON with its own format name and
 * version. Parsing never throws: a reply, or one refusal code.
 */
import type { Questionnaire } from '../questionnaire';
import { reviseAnswers, revisionFrom } from '../revision';
import { MAX_EXPORT_CHARS, parseDate } from '../transfer/exportFile';
import { checkAgainst } from '../answers';
import { isRecord, own } from '../transfer/sanitize';
import { isTeamId, normalizeFirstName } from '../transfer/teamBits';
import type { ReplyInput, ReplyOutcome } from './replyLink';
import { isoDay } from './replyKey';
import { makeReply } from './replyLink';
import { isTeamRole, ROLE_QUESTION } from './types';

export const REPLY_FORMAT = 'siae-diagnostic-reply';
export const REPLY_FORMAT_VERSION = 1;

export function serializeReplyFile(questionnaire: Questionnaire, input: ReplyInput): string {
  const { profile, answers } = checkAgainst(questionnaire, { ...input.profile, [ROLE_QUESTION]: input.role }, input.answers);
  const firstName = input.firstName === undefined ? undefined : normalizeFirstName(input.firstName);
  return JSON.stringify(
    {
      format: REPLY_FORMAT,
      formatVersion: REPLY_FORMAT_VERSION,
      questionnaireVersion: questionnaire.version,
      answeredAt: input.answeredAt.toISOString(),
      teamId: input.teamId,
      role: input.role,
      ...(firstName === undefined ? {} : { firstName }),
      profile,
      answers,
    },
    null,
    2,
  );
}

export function parseReplyFile(text: string, questionnaire: Questionnaire, now: Date = new Date()): ReplyOutcome {
  if (typeof text !== 'string' || text.length > MAX_EXPORT_CHARS) return { ok: false, reason: 'damaged' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (!isRecord(doc)) return { ok: false, reason: 'damaged' };
  const format = own(doc, 'format');
  // Our own export file or team file: valid, but not a colleague's reply.
  if (typeof format === 'string' && format.startsWith('siae-diagnostic') && format !== REPLY_FORMAT) return { ok: false, reason: 'notAReply' };
  if (format !== REPLY_FORMAT) return { ok: false, reason: 'damaged' };
  const version = own(doc, 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'damaged' };
  if (version > REPLY_FORMAT_VERSION) return { ok: false, reason: 'newerFormat' };

  const answeredAt = parseDate(own(doc, 'answeredAt'), now);
  const teamId = own(doc, 'teamId');
  const role = own(doc, 'role');
  const rawName = own(doc, 'firstName');
  const answers = own(doc, 'answers');
  const questionnaireVersion = own(doc, 'questionnaireVersion');
  if (answeredAt === null || !isTeamId(teamId) || !isTeamRole(role) || !isRecord(answers) || typeof questionnaireVersion !== 'string') return { ok: false, reason: 'damaged' };
  if (rawName !== undefined && typeof rawName !== 'string') return { ok: false, reason: 'damaged' };

  // Answers to a version this widget has no revision for would be scored against the wrong questions.
  const revision = questionnaireVersion === questionnaire.version ? undefined : revisionFrom(questionnaire.revisions, questionnaireVersion);
  if (questionnaireVersion !== questionnaire.version && !revision) return { ok: false, reason: 'otherQuestionnaire' };
  const revised = revision ? reviseAnswers(revision, answers) : { answers, reasked: 0 };
  const checked = checkAgainst(questionnaire, {}, revised.answers);
  const firstName = rawName === undefined ? undefined : normalizeFirstName(rawName);
  return { ok: true, reply: makeReply(teamId, role, firstName, isoDay(answeredAt), checked.answers), reasked: revised.reasked };
}
