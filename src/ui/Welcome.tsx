import { RestartButton } from './RestartButton';
import { StorageInfo } from './StorageInfo';
import { TeamEntry } from './team/TeamEntry';
import { useWidget } from './context';
import { useDiagnostic } from './useDiagnostic';

/** What the diagnostic is, how long it takes, where answers stay; start or resume. */
export function Welcome() {
  const { t, store, fmt, emit, content } = useWidget();
  const resumable = useDiagnostic((s) => s.resumable);
  const resumeStep = useDiagnostic((s) => s.resumeStep);
  const updatedAt = useDiagnostic((s) => s.updatedAt);
  const start = () => {
    emit({ type: 'start' });
    store.getState().goTo('profile');
  };
  return (
    <section class="sd-step sd-welcome" aria-labelledby="welcome-title">
      <h2 class="sd-step__title" id="welcome-title" tabIndex={-1} data-step-heading>
        {t('welcome.title')}
      </h2>
      <p class="sd-lead">{t('welcome.intro')}</p>
      <ul class="sd-facts">
        <li>{t('welcome.duration')}</li>
        <li>{t('welcome.dimensions', { number: content.questionnaire.dimensions.length })}</li>
        <li>{t('welcome.study')}</li>
      </ul>
      {resumable ? (
        <div class="sd-resume">
          <p>{updatedAt ? t('welcome.resumeText', { date: fmt.date(new Date(updatedAt)) }) : t('welcome.resumeTextUndated')}</p>
          <div class="sd-nav">
            <button type="button" class="sd-button" onClick={() => store.getState().goTo(resumeStep === 'welcome' ? 'profile' : resumeStep)}>
              {t('welcome.resume')}
            </button>
            <RestartButton label={t('welcome.restart')} then={start} />
          </div>
        </div>
      ) : (
        <div class="sd-nav">
          <button type="button" class="sd-button" onClick={start}>
            {t('welcome.start')}
          </button>
        </div>
      )}
      <TeamEntry />
      <StorageInfo />
    </section>
  );
}
