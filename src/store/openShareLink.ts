import { decodeShare, readShareFromHash } from '../core/transfer';
import { withLegacyLayouts } from '../data/legacyLayouts';
import { isShareHash, type ReadShareLink } from './shareLinkHash';

/**
 * What a page address means for the store: the answers of a share link,
 * shown read-only; a clear error for a tampered or truncated link; or
 * nothing (null) when the address carries no link. It comes with the
 * results code, which hands it to the store (`settleShare`).
 */
export const readShareLink: ReadShareLink = (questionnaire, hash) => {
  const payload = readShareFromHash(hash);
  if (payload === null) {
    // "#r=" with nothing readable after it is a link cut short, not no link.
    return isShareHash(hash) ? { shareError: 'malformed' } : null;
  }
  const outcome = decodeShare(payload, withLegacyLayouts(questionnaire));
  if (!outcome.ok) return { shareError: outcome.error };
  const { profile, answers, createdAt, plan, team } = outcome.data;
  return { shared: { profile, answers, createdAt: createdAt ? createdAt.toISOString() : null, ...(outcome.reasked > 0 ? { revised: true } : {}), ...(plan ? { plan } : {}) }, ...(team ? { teamId: team.id } : {}) };
};
