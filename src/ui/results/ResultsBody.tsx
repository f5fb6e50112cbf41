/** Everything the results show, for one's own answers or a shared link's. */
import type { ComponentChildren } from 'preact';
import type { Result } from '../../core/result';
import { ProgressTable } from '../common/ProgressTable';
import type { ProgressView } from '../common/useResult';
import { useWidget } from '../context';
import { DataTable } from './DataTable';
import { DimensionList } from './DimensionList';
import { DontKnowList } from './DontKnowList';
import { IndicatorLine } from './IndicatorLine';
import { RecommendationList } from './RecommendationList';
import { ResultsNav, type NavItem } from './ResultsNav';
import { ScoreSummary } from './ScoreSummary';
import { TableScroll } from './TableScroll';

interface Props {
  readonly result: Result;
  readonly progress: ProgressView | null;
  /** Places after the body that "Sur cette page" also leads to (e.g. the actions). */
  readonly navAfter?: readonly NavItem[];
  /** What became of an earlier plan, shown beside the change of scores. */
  readonly followUp?: ComponentChildren;
  /** The action plan (one's own results only). */
  readonly plan?: ComponentChildren;
}

export function ResultsBody({ result, progress, navAfter = [], followUp, plan }: Props) {
  const { t } = useWidget();
  const nav: NavItem[] = [
    ...(progress ? [{ target: 'results-progress-title', label: t('progress.title') }] : []),
    { target: 'results-dimensions-title', label: t('results.dimensionsTitle') },
    { target: 'results-study-title', label: t('results.studyTitle') },
    ...(result.dontKnow.length > 0 ? [{ target: 'results-dk-title', label: t('results.dontKnowTitle', { count: result.dontKnow.length }) }] : []),
    { target: 'results-top-title', label: t('results.topTitle', { count: result.recommendations.top.length }) },
    ...navAfter,
  ];
  return (
    <>
      <ScoreSummary result={result} />
      <ResultsNav items={nav} />
      {progress && (
        <section class="sd-section" aria-labelledby="results-progress-title">
          <h3 id="results-progress-title" tabIndex={-1}>{t('progress.title')}</h3>
          <TableScroll label={t('progress.title')}>
            <ProgressTable progress={progress.progress} since={progress.since} overallBefore={progress.before} overallAfter={result.score} />
          </TableScroll>
          {followUp}
        </section>
      )}
      <section class="sd-section" aria-labelledby="results-dimensions-title">
        <h3 id="results-dimensions-title" tabIndex={-1}>{t('results.dimensionsTitle')}</h3>
        <DimensionList result={result} />
        <DataTable result={result} />
      </section>
      <section class="sd-section" aria-labelledby="results-study-title">
        <h3 id="results-study-title" tabIndex={-1}>{t('results.studyTitle')}</h3>
        <p>{t('study:study.method')}</p>
        {result.indicators.map((i) => (
          <IndicatorLine key={i.id} indicator={i} />
        ))}
      </section>
      <DontKnowList result={result} />
      {plan}
      <RecommendationList result={result} />
    </>
  );
}
