/**
 * For a colleague answering an invitation, on their results: their reply
 * to send back, made by the team code (`ReplyShare`, loaded with team.js).
 */
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';
import { TeamLazy } from './TeamLazy';

export function ReplyPanel() {
  const { t } = useWidget();
  const answeringFor = useDiagnostic((s) => s.answeringFor);
  if (!answeringFor) return null;
  return (
    <section class="sd-section sd-reply" aria-labelledby="reply-title">
      <h3 id="reply-title">{t('invite:reply.title')}</h3>
      <TeamLazy part="reply" />
    </section>
  );
}
