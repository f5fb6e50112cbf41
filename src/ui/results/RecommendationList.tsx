import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { RecommendationCard } from './RecommendationCard';

/** At most three priority actions, then at most three next ones, then the rest folded by theme. */
export function RecommendationList({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const { top, next, others } = result.recommendations;
  const groups = result.dimensions
    .map((d) => ({ id: d.id, recs: others.filter((r) => r.dimension === d.id) }))
    .filter((g) => g.recs.length > 0);
  return (
    <>
      <section class="sd-section" aria-labelledby="results-top-title">
        <h3 id="results-top-title" tabIndex={-1}>{t('results.topTitle', { count: top.length })}</h3>
        {top.length === 0 ? <p>{t('results.noRecommendation')}</p> : top.map((rec) => <RecommendationCard key={rec.id} rec={rec} />)}
      </section>
      {next.length > 0 && (
        <section class="sd-section" aria-labelledby="results-next-title">
          <h3 id="results-next-title">{t('results.nextTitle')}</h3>
          {next.map((rec) => (
            <RecommendationCard key={rec.id} rec={rec} />
          ))}
        </section>
      )}
      {groups.length > 0 && (
        <section class="sd-section" aria-labelledby="results-others-title">
          <h3 id="results-others-title">{t('results.othersTitle')}</h3>
          {groups.map((g) => (
            <details key={g.id} class="sd-group">
              <summary>{t('results.groupSummary', { title: t(`questionnaire:dimensions.${g.id}.title`), count: g.recs.length })}</summary>
              {g.recs.map((rec) => (
                <RecommendationCard key={rec.id} rec={rec} />
              ))}
            </details>
          ))}
        </section>
      )}
    </>
  );
}
