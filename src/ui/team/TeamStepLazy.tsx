/**
 * The "Vue d'équipe" step: its heading at once (focus lands there), its body
 * and that body's wording loaded only when the step is opened (`TeamLazy`).
 */
import { useWidget } from '../context';
import { TeamLazy } from './TeamLazy';

export function TeamStepLazy() {
  const { t, store } = useWidget();
  return (
    <section class="sd-step sd-team" aria-labelledby="team-title">
      <h2 class="sd-step__title" id="team-title" tabIndex={-1} data-step-heading>
        {t('invite:view.title')}
      </h2>
      <p class="sd-lead">{t('invite:view.intro')}</p>
      <TeamLazy part="team" />
      <div class="sd-nav">
        <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo('welcome')}>
          {t('invite:view.back')}
        </button>
      </div>
    </section>
  );
}
