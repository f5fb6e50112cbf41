import type { Questionnaire } from '../core/questionnaire';
import { addReplies, decodeReplyLink, type ReplyRefusal } from '../core/team';
import { readShareFromHash } from '../core/transfer';
import { withLegacyLayouts } from '../data/legacyLayouts';
import type { SavedTeam } from './savedTeam';

/**
 * A colleague's reply link opened by the starter (the link they were sent,
 * clicked in their mail): added to the team view at once, or refused with
 * its reason. Null when the address holds no reply to this browser's team,
 * so the link opens as any share link would.
 */
export function readTeamReply(questionnaire: Questionnaire, hash: string, saved: SavedTeam | null): { team: SavedTeam; refusal: ReplyRefusal | null } | null {
  const payload = readShareFromHash(hash);
  if (payload === null || saved === null) return null;
  const outcome = decodeReplyLink(payload, withLegacyLayouts(questionnaire));
  if (!outcome.ok || outcome.reply.teamId !== saved.team.id) return null;
  const added = addReplies(saved.team.id, saved.replies, [outcome]);
  return { team: added.added.length ? { team: saved.team, replies: added.replies } : saved, refusal: added.refused[0] ?? null };
}
