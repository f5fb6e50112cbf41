/** "Diagnostic d'équipe", from the welcome screen and the results. */
import { useWidget } from '../context';

export function TeamEntry() {
  const { t, store } = useWidget();
  return (
    <div class="sd-team-entry">
      <p>{t('invite:entry.intro')}</p>
      <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo('team')}>
        {t('invite:entry.button')}
      </button>
    </div>
  );
}
