/**
 * The "Vue d'équipe" step: its heading at once (focus lands there), its body
 * and that body's wording loaded only when the step is opened, so visitors
 * who never open it never download them.
 */
import { useEffect, useState } from 'preact/hooks';
import { lateWording } from '../../i18n/bundles';
import { useWidget } from '../context';
import { loadTeamScreen } from './loadTeamScreen';
import type { TeamScreenComponent } from './TeamScreen';

export function TeamStepLazy() {
  const widget = useWidget();
  const { t, store, nonce, lng, addWording } = widget;
  // Shown only once its wording for the current language is in, so no key is ever missing.
  const [ready, setReady] = useState<{ readonly component: TeamScreenComponent; readonly lng: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    loadTeamScreen(nonce)
      .then(async (component) => {
        const wording = component.wording[lng] ?? (await lateWording(lng, 'team'));
        if (!wording) throw new Error(`no team wording for ${lng}`);
        addWording(lng, 'team', wording);
        if (alive) setReady({ component, lng });
      })
      .catch((error: unknown) => {
        console.warn('[siae-diagnostic] team view unavailable', error);
        if (alive) setFailed(true);
      });
    return () => {
      alive = false;
    };
  }, [lng]);
  const Screen = ready && ready.lng === lng ? ready.component : null;
  return (
    <section class="sd-step sd-team" aria-labelledby="team-title">
      <h2 class="sd-step__title" id="team-title" tabIndex={-1} data-step-heading>
        {t('invite:view.title')}
      </h2>
      <p class="sd-lead">{t('invite:view.intro')}</p>
      {Screen ? <Screen widget={widget} /> : <p role="status">{failed ? t('invite:view.loadFailed') : t('invite:view.loading')}</p>}
      <div class="sd-nav">
        <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo('welcome')}>
          {t('invite:view.back')}
        </button>
      </div>
    </section>
  );
}
