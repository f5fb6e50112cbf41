/**
 * For a colleague answering an invitation (below the heading of
 * `ReplyPanel`): their reply, as a link to copy and as a file, to send back
 * by their own means. The widget sends nothing.
 */
import { useRef } from 'preact/hooks';
import { encodeReplyLink, isTeamRole, ROLE_QUESTION, serializeReplyFile, type ReplyInput } from '../../core/team';
import { shareFragment } from '../../core/transfer';
import { useWidget } from '../context';
import { fileDay } from '../common/fileDay';
import { downloadText } from '../transfer/download';
import { useDiagnostic } from '../useDiagnostic';
import { CopyField } from '../common/CopyField';
import { pageAddress } from './TeamInvite';

export function ReplyShare() {
  const { t, content } = useWidget();
  const answeringFor = useDiagnostic((s) => s.answeringFor);
  const profile = useDiagnostic((s) => s.profile);
  const answers = useDiagnostic((s) => s.answers);
  const anchor = useRef<HTMLDivElement>(null);
  if (!answeringFor) return null;
  const role = profile[ROLE_QUESTION];
  const input: ReplyInput = {
    teamId: answeringFor.teamId,
    role: isTeamRole(role) ? role : 'other',
    profile,
    answers,
    answeredAt: new Date(),
    ...(answeringFor.firstName ? { firstName: answeringFor.firstName } : {}),
  };
  const link = pageAddress() + shareFragment(encodeReplyLink(content.questionnaire, input));
  const download = () => downloadText(anchor.current ?? document.body, `reponse-diagnostic-equipe-${fileDay(new Date())}.json`, serializeReplyFile(content.questionnaire, input));
  return (
    <div ref={anchor}>
      <p>{t('team:reply.intro')}</p>
      <CopyField label={t('team:reply.label')} copyLabel={t('team:reply.copy')} value={link} />
      <button type="button" class="sd-button sd-button--secondary" onClick={download}>
        {t('team:reply.download')}
      </button>
    </div>
  );
}
