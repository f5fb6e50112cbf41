/**
 * Adding colleagues' replies to the team view: from pasted text (one or
 * several links, or a file's text) or from files. Each reply is added or
 * refused with a reason; a refusal changes nothing else.
 */
import type { Questionnaire } from '../questionnaire';
import { readHashParam } from '../transfer/frame';
import { SHARE_PARAM } from '../transfer/shareLink';
import { INVITE_PARAM } from './invitation';
import { parseReplyFile } from './replyFile';
import { decodeReplyLink, type ReplyOutcome } from './replyLink';
import type { ReplyRefusal, TeamReply } from './types';

/** Far more replies than a team has, few enough to read at once. */
export const MAX_REPLIES_AT_ONCE = 50;

function readToken(token: string, questionnaire: Questionnaire, now: Date): ReplyOutcome {
  const hashAt = token.indexOf('#');
  if (hashAt === -1) return /^[A-Za-z0-9_-]+$/.test(token) ? decodeReplyLink(token, questionnaire, now) : { ok: false, reason: 'damaged' };
  const hash = token.slice(hashAt);
  const payload = readHashParam(hash, SHARE_PARAM);
  if (payload !== null) return decodeReplyLink(payload, questionnaire, now);
  return { ok: false, reason: readHashParam(hash, INVITE_PARAM) !== null ? 'notAReply' : 'damaged' };
}

/**
 * What a pasted text or a file's text holds: a reply file (JSON), or links
 * (or bare payloads) separated by spaces or lines, one outcome for each.
 */
export function readReplies(text: string, questionnaire: Questionnaire, now: Date = new Date()): ReplyOutcome[] {
  if (typeof text !== 'string') return [{ ok: false, reason: 'damaged' }];
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return [parseReplyFile(trimmed, questionnaire, now)];
  // Cut before splitting: a pasted 10 MB text is judged on its length, not read.
  if (trimmed.length > MAX_REPLIES_AT_ONCE * 1100) return [{ ok: false, reason: 'damaged' }];
  const tokens = trimmed.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return [];
  if (tokens.length > MAX_REPLIES_AT_ONCE) return [{ ok: false, reason: 'damaged' }];
  return tokens.map((t) => readToken(t, questionnaire, now));
}

export interface Added {
  readonly replies: readonly TeamReply[];
  readonly added: readonly TeamReply[];
  /** Per refused input, in the order given. */
  readonly refused: readonly ReplyRefusal[];
}

export function addReplies(teamId: string, replies: readonly TeamReply[], outcomes: readonly ReplyOutcome[]): Added {
  const next = [...replies];
  const added: TeamReply[] = [];
  const refused: ReplyRefusal[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) refused.push(outcome.reason);
    else if (outcome.reply.teamId !== teamId) refused.push('otherTeam');
    else if (next.some((r) => r.key === outcome.reply.key)) refused.push('duplicate');
    else {
      next.push(outcome.reply);
      added.push(outcome.reply);
    }
  }
  return { replies: added.length ? next : replies, added, refused };
}

export function removeReply(replies: readonly TeamReply[], key: string): readonly TeamReply[] {
  return replies.filter((r) => r.key !== key);
}
