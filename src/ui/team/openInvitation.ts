import type { Questionnaire } from '../../core/questionnaire';
import { decodeInvitation, readInvitationFromHash } from '../../core/team';
import type { DiagnosticStore } from '../../store/diagnosticStore';

/**
 * If the page address carries an invitation, shows who invites and asks the
 * colleague's role; a damaged one says so, and nothing saved is touched.
 */
export function openInvitation(store: DiagnosticStore, questionnaire: Questionnaire, hash: string): void {
  const payload = readInvitationFromHash(hash);
  if (payload === null) {
    if (/^#(?:.*&)?i=/.test(hash)) store.setState({ invitationError: 'malformed' });
    return;
  }
  const outcome = decodeInvitation(payload, questionnaire);
  if (!outcome.ok) return store.setState({ invitationError: outcome.error });
  store.setState({ invitation: outcome.invitation });
  store.getState().goTo('invited');
}
