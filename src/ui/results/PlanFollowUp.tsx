/**
 * Beside the change of scores: what became of each action planned in the
 * earlier diagnostic (done, under way, not started), and the offer to carry
 * the unfinished ones over into today's plan.
 */
import { useState } from 'preact/hooks';
import { followUp, unfinished, type Plan } from '../../core/plan';
import { carriedOverPlan } from '../../core/plan/planUpdates';
import type { Result } from '../../core/result';
import type { PlanView } from '../common/usePlan';
import { useLateWidget } from '../context';
import { allRecommendations } from '../common/planItems';

interface Props {
  readonly earlierPlan: Plan;
  readonly since: Date;
  readonly result: Result;
  readonly view: PlanView;
}

export function PlanFollowUp({ earlierPlan, since, result, view }: Props) {
  const { t, fmt, store, content } = useLateWidget();
  const [message, setMessage] = useState('');
  const known = new Set(content.recommendations.map((r) => r.id));
  const items = followUp(earlierPlan.filter((e) => known.has(e.id)), view.plan, new Set(allRecommendations(result).map((r) => r.id)), view.started);
  if (items.length === 0) return null;
  const left = unfinished(items).length;
  return (
    <div class="sd-followup">
      <h4 id="results-followup-title">{t('followUp.title', { date: fmt.date(since) })}</h4>
      <ul class="sd-followup__list">
        {items.map((i) => (
          <li key={i.id}>
            <span class={`sd-tag sd-tag--${i.outcome}`}>{t(`followUp.outcome.${i.outcome}`)}</span> {t(`recommendations:${i.id}.title`)}
            {(i.earlier.owner || i.earlier.target) && <span class="sd-followup__planned"> · {t('followUp.planned', { owner: i.earlier.owner || '–', target: i.earlier.target || '–' })}</span>}
            {!i.stillRecommended && i.outcome !== 'done' && <span class="sd-followup__planned"> · {t('followUp.noLongerCalled')}</span>}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" class="sd-button sd-button--secondary" onClick={() => {
            store.getState().updatePlan(carriedOverPlan(view.priorities));
            setMessage(t('followUp.carried', { count: left }));
          }}>
          {t('followUp.carry', { count: left })}
        </button>
      )}
      <p role="status" class="sd-transfer__message">{message}</p>
    </div>
  );
}
