/** Everything the results show, for one's own answers or a shared link's. */
import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { ProgressTable } from '../transfer/Progress';
import { DataTable } from './DataTable';
import { DimensionList } from './DimensionList';
import { DontKnowList } from './DontKnowList';
import { IndicatorLine } from './IndicatorLine';
import { RecommendationList } from './RecommendationList';
import { ScoreSummary } from './ScoreSummary';
import { TableScroll } from './TableScroll';
import type { ProgressView } from './useResult';

export function ResultsBody({ result, progress }: { readonly result: Result; readonly progress: ProgressView | null }) {
  const { t } = useWidget();
  return (
    <>
      <ScoreSummary result={result} />
      {progress && (
        <section class="sd-section" aria-labelledby="results-progress-title">
          <h3 id="results-progress-title">{t('progress.title')}</h3>
          <TableScroll label={t('progress.title')}>
            <ProgressTable progress={progress.progress} since={progress.since} overallBefore={progress.before} overallAfter={result.score} />
          </TableScroll>
        </section>
      )}
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
    </>
  );
}
