import type { Questionnaire } from '../core/questionnaire';
import { decodeShare, readShareFromHash, type ShareError } from '../core/transfer';
import type { SharedAnswers } from './diagnosticStore';

/**
 * What a page address means for the store: the answers of a share link,
 * shown read-only; a clear error for a tampered or truncated link; or
 * nothing (null) when the address carries no link.
 */
export function readShareLink(questionnaire: Questionnaire, hash: string): { shared: SharedAnswers; teamId?: string } | { shareError: ShareError } | null {
  const payload = readShareFromHash(hash);
  if (payload === null) {
    // "#r=" with nothing readable after it is a link cut short, not no link.
    return /^#(?:.*&)?r=/.test(hash) ? { shareError: 'malformed' } : null;
  }
  const outcome = decodeShare(payload, questionnaire);
  if (!outcome.ok) return { shareError: outcome.error };
  const { profile, answers, createdAt, plan, team } = outcome.data;
  // `teamId`: a colleague's reply (a link of version 2), which the starter adds to the team view instead.
  return { shared: { profile, answers, createdAt: createdAt ? createdAt.toISOString() : null, ...(outcome.reasked > 0 ? { revised: true } : {}), ...(plan ? { plan } : {}) }, ...(team ? { teamId: team.id } : {}) };
}
