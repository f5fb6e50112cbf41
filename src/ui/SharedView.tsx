/**
 * Results opened from a share link: read-only, with the choice to take the
 * answers over as one's own (asked twice if that replaces answers), to
 * compare one's own answers with them, or to go back. The link is read
 * here, with the results code (the store only noted it: `pendingShare`).
 */
import { useLayoutEffect } from 'preact/hooks';
import type { Step } from '../core/steps';
import { readShareLink } from '../store/openShareLink';
import { NO_ANSWERS, NO_PROFILE, useResultOf } from './common/useResult';
import { ConfirmAction } from './ConfirmAction';
import { useWidget } from './context';
import { usePrintSheet } from './print/usePrintSheet';
import { ResultsBody } from './results/ResultsBody';
import { SharedPlan } from './results/SharedPlan';
import { useDiagnostic } from './useDiagnostic';

export function SharedView() {
  const { t, fmt, store } = useWidget();
  const shared = useDiagnostic((s) => s.shared);
  const pending = useDiagnostic((s) => s.pendingShare);
  const hasOwn = useDiagnostic((s) => Object.keys(s.answers).length > 0);
  const result = useResultOf(shared?.profile ?? NO_PROFILE, shared?.answers ?? NO_ANSWERS);
  // A link carries no structure name: the sheet of shared results has none.
  const print = usePrintSheet(result, null, '', { profile: shared?.profile ?? NO_PROFILE, answers: shared?.answers ?? NO_ANSWERS, plan: shared?.plan ?? [], annex: false });
  useLayoutEffect(() => {
    if (pending !== null) store.getState().settleShare(readShareLink);
  }, [pending]);
  const heading = (
    <h2 class="sd-step__title" id="shared-title" tabIndex={-1} data-step-heading>
      {t('shared.title')}
    </h2>
  );
  // Until the link is read (within this frame), the heading alone, so focus has somewhere to be.
  if (!shared) {
    return (
      <section class="sd-step sd-results" aria-labelledby="shared-title">
        {heading}
      </section>
    );
  }
  const close = (step: Step) => {
    store.getState().openShared(null);
    store.getState().goTo(step);
  };
  const takeOver = () => {
    store.getState().replaceAll(shared.profile, shared.answers, shared.plan ?? null);
    close('results');
  };
  const compare = () => {
    store.getState().setEarlier({ profile: shared.profile, answers: shared.answers, date: shared.createdAt ?? new Date().toISOString(), plan: shared.plan ?? [] });
    close('results');
  };
  return (
    <section class="sd-step sd-results" aria-labelledby="shared-title">
      {heading}
      <p class="sd-notice">{shared.createdAt ? t('shared.intro', { date: fmt.date(new Date(shared.createdAt)) }) : t('shared.introUndated')}</p>
      {shared.revised && <p class="sd-notice">{t('shared.revised')}</p>}
      <div class="sd-nav">
        {hasOwn ? (
          <ConfirmAction label={t('shared.takeOver')} question={t('shared.takeOverConfirm')} confirmLabel={t('shared.takeOverYes')} cancelLabel={t('common.cancel')} onConfirm={takeOver} />
        ) : (
          <button type="button" class="sd-button" onClick={takeOver}>
            {t('shared.takeOver')}
          </button>
        )}
        {hasOwn && (
          <button type="button" class="sd-button sd-button--secondary" onClick={compare}>
            {t('shared.compare')}
          </button>
        )}
        <button type="button" class="sd-button sd-button--secondary" onClick={print}>
          {t('results.print')}
        </button>
        <button type="button" class="sd-button sd-button--secondary" onClick={() => close('welcome')}>
          {t('shared.close')}
        </button>
      </div>
      <ResultsBody result={result} progress={null} {...(shared.plan && shared.plan.length > 0 ? { plan: <SharedPlan result={result} plan={shared.plan} />, inPlan: new Set(shared.plan.map((e) => e.id)) } : {})} />
    </section>
  );
}
