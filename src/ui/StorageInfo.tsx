/**
 * Says what this widget keeps in the browser, for how long, and how to
 * erase it; the erase button removes this widget's key and nothing else.
 */
import { ConfirmAction } from './ConfirmAction';
import { useWidget } from './context';
import { useDiagnostic } from './useDiagnostic';

export function StorageInfo() {
  const { t, store, storageKind } = useWidget();
  const status = useDiagnostic((s) => s.storageStatus);
  const newerSaveKept = useDiagnostic((s) => s.newerSaveKept);
  const hasData = useDiagnostic((s) => s.updatedAt !== null) || newerSaveKept;
  const kept = storageKind !== 'none' && (status === 'ok' || status === 'off');
  const text = newerSaveKept
    ? t('storage.newerKept')
    : kept
      ? t(`storage.${storageKind === 'session' ? 'session' : 'local'}`)
      : t(storageKind === 'none' ? 'storage.none' : 'storage.unavailable');
  return (
    <div class="sd-storage">
      <p>{text}</p>
      {hasData && (
        <ConfirmAction
          variant="link"
          label={t('storage.erase')}
          question={t('storage.eraseConfirm')}
          confirmLabel={t('storage.eraseYes')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => store.getState().erase()}
        />
      )}
    </div>
  );
}
