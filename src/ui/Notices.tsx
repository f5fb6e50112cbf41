import { useWidget } from './context';
import { useDiagnostic } from './useDiagnostic';

/** Tells the user when saved answers had problems, or when nothing can be kept. */
export function Notices() {
  const { t, store, storageKind } = useWidget();
  const notice = useDiagnostic((s) => s.notice);
  const status = useDiagnostic((s) => s.storageStatus);
  const shareError = useDiagnostic((s) => s.shareError);
  const invitationError = useDiagnostic((s) => s.invitationError);
  const teamNotice = useDiagnostic((s) => s.teamNotice);
  const storageLost = storageKind !== 'none' && (status === 'unavailable' || status === 'failed');
  if (!notice && !storageLost && !shareError && !invitationError && !teamNotice) return null;
  return (
    <div class="sd-notices" role="status">
      {storageLost && <p class="sd-notice">{t('notice.storageLost')}</p>}
      {(notice || shareError || invitationError || teamNotice) && (
        <div class="sd-notice">
          {notice && <p>{t(`notice.${notice}`)}</p>}
          {shareError && <p>{t(`transfer.shareError.${shareError}`)}</p>}
          {invitationError && <p>{t('invite:invited.error')}</p>}
          {teamNotice && <p>{t(teamNotice === 'added' ? 'invite:opened.added' : 'invite:opened.duplicate')}</p>}
          <button type="button" class="sd-link" onClick={() => store.getState().dismissNotice()}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
