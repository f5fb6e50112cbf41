import { useWidget } from './context';
import { useDiagnostic } from './useDiagnostic';

/** Tells the user when saved answers had problems, or when nothing can be kept. */
export function Notices() {
  const { t, store, storageKind } = useWidget();
  const notice = useDiagnostic((s) => s.notice);
  const status = useDiagnostic((s) => s.storageStatus);
  const storageLost = storageKind !== 'none' && (status === 'unavailable' || status === 'failed');
  if (!notice && !storageLost) return null;
  return (
    <div class="sd-notices" role="status">
      {storageLost && <p class="sd-notice">{t('notice.storageLost')}</p>}
      {notice && (
        <div class="sd-notice">
          <p>{t(`notice.${notice}`)}</p>
          <button type="button" class="sd-link" onClick={() => store.getState().dismissNotice()}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
