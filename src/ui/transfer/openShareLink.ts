import type { Questionnaire } from '../../core/questionnaire';
import { decodeShare, readShareFromHash } from '../../core/transfer';
import type { DiagnosticStore } from '../../store/diagnosticStore';

/**
 * If the page address carries a share link, shows those answers read-only;
 * a tampered or truncated link gives a clear message instead.
 */
export function openShareLink(store: DiagnosticStore, questionnaire: Questionnaire, hash: string): void {
  const payload = readShareFromHash(hash);
  if (payload === null) {
    // "#r=" with nothing readable after it is a link cut short, not no link.
    if (/^#(?:.*&)?r=/.test(hash)) store.setState({ shareError: 'malformed' });
    return;
  }
  const outcome = decodeShare(payload, questionnaire);
  if (!outcome.ok) {
    store.setState({ shareError: outcome.error });
    return;
  }
  const { profile, answers, createdAt } = outcome.data;
  store.getState().openShared({ profile, answers, createdAt: createdAt ? createdAt.toISOString() : null, ...(outcome.reasked > 0 ? { revised: true } : {}) });
  store.getState().goTo('shared');
}
