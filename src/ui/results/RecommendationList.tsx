import type { RecommendationResult, Result } from '../../core/result';
import { useWidget } from '../context';
import { Fold } from './Fold';
import { RecommendationCard } from './RecommendationCard';

/** The priority actions (shared results, where there is no plan). */
export function PriorityList({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const { top } = result.recommendations;
  return (
    <section class="sd-section" aria-labelledby="results-top-title">
      <h3 id="results-top-title" tabIndex={-1}>{t('results.topTitle', { count: top.length })}</h3>
      {top.length === 0 ? <p>{t('results.noRecommendation')}</p> : top.map((rec) => <RecommendationCard key={rec.id} rec={rec} />)}
    </section>
  );
}

/**
 * Folded: the next ones, then the rest by theme; what is in the plan is not
 * repeated, and a priority action taken out of the plan comes back here.
 */
export function MoreRecommendations({ result, inPlan }: { readonly result: Result; readonly inPlan: ReadonlySet<string> }) {
  const { t } = useWidget();
  const { top, next, others } = result.recommendations;
  const shown = (recs: readonly RecommendationResult[]) => recs.filter((r) => !inPlan.has(r.id));
  const first = inPlan.size > 0 ? [...shown(top), ...shown(next)] : shown(next);
  const rest = shown(others);
  const groups = result.dimensions.map((d) => ({ id: d.id, recs: rest.filter((r) => r.dimension === d.id) })).filter((g) => g.recs.length > 0);
  if (first.length + rest.length === 0) return null;
  return (
    <Fold id="results-others-title" title={t('results.othersTitle')}>
      {first.length > 0 && <h4>{t('results.nextTitle')}</h4>}
      {first.map((rec) => (
        <RecommendationCard key={rec.id} rec={rec} headingLevel={4} />
      ))}
      {groups.map((g) => (
        <details key={g.id} class="sd-group">
          <summary>{t('results.groupSummary', { title: t(`questionnaire:dimensions.${g.id}.title`), count: g.recs.length })}</summary>
          {g.recs.map((rec) => (
            <RecommendationCard key={rec.id} rec={rec} />
          ))}
        </details>
      ))}
    </Fold>
  );
}
