/**
 * Everything the results show, for one's own answers or a shared link's.
 * On a phone what matters comes first: the score, the themes, the plan (or
 * the priority actions) and the actions to print and share; the rest of the
 * advice, the study and what to check are folded.
 */
import type { ComponentChildren } from 'preact';
import type { Result } from '../../core/result';
import { ProgressTable } from '../common/ProgressTable';
import type { ProgressView } from '../common/useResult';
import { useWidget } from '../context';
import { DataTable } from './DataTable';
import { DimensionList } from './DimensionList';
import { DontKnowList } from './DontKnowList';
import { Fold } from './Fold';
import { IndicatorLine } from './IndicatorLine';
import { MoreRecommendations, PriorityList } from './RecommendationList';
import { ResultsNav, type NavItem } from './ResultsNav';
import { ScoreSummary } from './ScoreSummary';
import { TableScroll } from './TableScroll';

interface Props {
  readonly result: Result;
  readonly progress: ProgressView | null;
  /** What became of an earlier plan, shown beside the change of scores. */
  readonly followUp?: ComponentChildren;
  /** The action plan (one's own results), in place of the priority actions. */
  readonly plan?: ComponentChildren;
  readonly inPlan?: ReadonlySet<string>;
  /** Print, keep and share: right after the plan. */
  readonly actions?: ComponentChildren;
  /** Where "Sur cette page" leads to the actions. */
  readonly actionsTarget?: string;
}

const NONE: ReadonlySet<string> = new Set();

export function ResultsBody({ result, progress, followUp, plan, inPlan = NONE, actions, actionsTarget }: Props) {
  const { t } = useWidget();
  const nav: NavItem[] = [
    ...(progress ? [{ target: 'results-progress-title', label: t('progress.title') }] : []),
    { target: 'results-dimensions-title', label: t('results.dimensionsTitle') },
    plan ? { target: 'results-plan-title', label: t('plan.title') } : { target: 'results-top-title', label: t('results.topTitle', { count: result.recommendations.top.length }) },
    ...(actionsTarget ? [{ target: actionsTarget, label: t('results.navActions') }] : []),
    { target: 'results-others-title', label: t('results.othersTitle') },
    { target: 'results-study-title', label: t('results.studyTitle') },
    ...(result.dontKnow.length > 0 ? [{ target: 'results-dk-title', label: t('results.dontKnowTitle', { count: result.dontKnow.length }) }] : []),
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
        <DimensionList result={result} withStudy={false} />
        <DataTable result={result} />
      </section>
      {plan ?? <PriorityList result={result} />}
      {actions}
      <MoreRecommendations result={result} inPlan={inPlan} />
      <Fold id="results-study-title" title={t('results.studyTitle')}>
        <p>{t('study:study.method')}</p>
        {result.indicators.map((i) => (
          <IndicatorLine key={i.id} indicator={i} />
        ))}
        <DimensionList result={result} />
      </Fold>
      <DontKnowList result={result} />
    </>
  );
}
