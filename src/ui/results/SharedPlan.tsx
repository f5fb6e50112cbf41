import type { Plan } from '../../core/plan';
import type { Result } from '../../core/result';
import { planItems } from '../common/planItems';
import { useLateWidget } from '../context';
import { RecommendationCard } from './RecommendationCard';

/** The plan a share link carries (only when its author chose to include it): read-only. */
export function SharedPlan({ result, plan }: { readonly result: Result; readonly plan: Plan }) {
  const { t, content } = useLateWidget();
  return (
    <section class="sd-section sd-plan" aria-labelledby="results-plan-title">
      <h3 id="results-plan-title" tabIndex={-1}>{t('plan.sharedTitle')}</h3>
      {planItems(plan, result, content).map(({ entry, rec, funding }) => (
        <RecommendationCard key={entry.id} rec={rec} funding={funding} fold>
          <p class="sd-reco__label">
            {t('plan.fieldsSummary', { status: t(`plan.statuses.${entry.status}`), owner: entry.owner || '—', target: entry.target || '—' })}
          </p>
          {entry.note && <p>{entry.note}</p>}
        </RecommendationCard>
      ))}
    </section>
  );
}
