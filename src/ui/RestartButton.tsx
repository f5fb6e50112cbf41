import { ConfirmAction } from './ConfirmAction';
import { useWidget } from './context';

/** "Recommencer à zéro", asked twice: erases this widget's answers, then `then()`. */
export function RestartButton({ label, then }: { readonly label: string; readonly then: () => void }) {
  const { t, store } = useWidget();
  return (
    <ConfirmAction
      label={label}
      question={t('welcome.restartConfirm')}
      confirmLabel={t('welcome.restartYes')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => {
        store.getState().erase();
        then();
      }}
    />
  );
}
