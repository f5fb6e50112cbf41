/**
 * The results screen: everything is derived from the raw answers by the
 * core's `buildResult`, here and on the printed sheet alike.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { buildResult } from '../../core/buildResult';
import { ConfirmAction } from '../ConfirmAction';
import { useWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';
import { completeDetail } from './completeDetail';
import { DataTable } from './DataTable';
import { DimensionList } from './DimensionList';
import { DontKnowList } from './DontKnowList';
import { IndicatorLine } from './IndicatorLine';
import { RecommendationList } from './RecommendationList';
import { ScoreSummary } from './ScoreSummary';
import { usePrintSheet } from '../print/usePrintSheet';

export function Results() {
  const { t, content, store, emit } = useWidget();
  const answers = useDiagnostic((s) => s.answers);
  const profile = useDiagnostic((s) => s.profile);
  const result = useMemo(
    () => buildResult(content.questionnaire, answers, profile, content.benchmark, content),
    [content, answers, profile],
  );
  const print = usePrintSheet(result);
  useEffect(() => emit({ type: 'complete', detail: completeDetail(result) }), [result]);
  return (
    <section class="sd-step sd-results" aria-labelledby="results-title">
      <h2 class="sd-step__title" id="results-title" tabIndex={-1} data-step-heading>
        {t('results.title')}
      </h2>
      <ScoreSummary result={result} />
      <section class="sd-section" aria-labelledby="results-dimensions-title">
        <h3 id="results-dimensions-title">{t('results.dimensionsTitle')}</h3>
        <DimensionList result={result} />
        <DataTable result={result} />
      </section>
      <section class="sd-section" aria-labelledby="results-study-title">
        <h3 id="results-study-title">{t('results.studyTitle')}</h3>
        <p>{t('study:study.method')}</p>
        {result.indicators.map((i) => (
          <IndicatorLine key={i.id} indicator={i} />
        ))}
      </section>
      <DontKnowList result={result} />
      <RecommendationList result={result} />
      <div class="sd-nav sd-actions">
        <button type="button" class="sd-button" onClick={print}>
          {t('results.print')}
        </button>
        <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo('review')}>
          {t('results.edit')}
        </button>
        <ConfirmAction
          label={t('results.restart')}
          question={t('welcome.restartConfirm')}
          confirmLabel={t('welcome.restartYes')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            store.getState().erase();
            store.getState().goTo('welcome');
          }}
        />
      </div>
    </section>
  );
}
