/**
 * "Votre plan d'action": it starts from the priority actions; per action,
 * who carries it, by when, where it stands and a note; any other
 * recommendation can be added, any action removed. Kept with the answers.
 */
import { useState } from 'preact/hooks';
import type { PlanChange } from '../../core/plan';
import { changedPlan } from '../../core/plan/planUpdates';
import type { Result } from '../../core/result';
import type { PlanView } from '../common/usePlan';
import { useLateWidget } from '../context';
import { PlanFields } from './PlanFields';
import { allRecommendations, planItems } from '../common/planItems';
import { RecommendationCard } from './RecommendationCard';

export function PlanSection({ result, view }: { readonly result: Result; readonly view: PlanView }) {
  const { t, store, content } = useLateWidget();
  const [message, setMessage] = useState('');
  const [toAdd, setToAdd] = useState('');
  const items = planItems(view.plan, result, content);
  const addable = allRecommendations(result).filter((r) => !view.plan.some((e) => e.id === r.id));
  const change = (c: PlanChange) => store.getState().updatePlan(changedPlan(c, view.priorities));
  const title = (id: string) => t(`recommendations:${id}.title`);
  const add = () => {
    const id = toAdd || addable[0]?.id;
    if (!id) return;
    change({ kind: 'add', id });
    setToAdd('');
    setMessage(t('plan.added', { title: title(id) }));
  };
  return (
    <section class="sd-section sd-plan" aria-labelledby="results-plan-title">
      <h3 id="results-plan-title" tabIndex={-1}>{t('plan.title')}</h3>
      <p>{t('plan.intro')}</p>
      {items.length === 0 && <p>{t('plan.empty')}</p>}
      {items.map(({ entry, rec, selected, funding }) => (
        <RecommendationCard key={entry.id} rec={rec} funding={funding} fold note={selected ? undefined : t('plan.notSelected')}>
          <PlanFields entry={entry} title={title(entry.id)} onChange={(patch) => change({ kind: 'update', id: entry.id, patch })} />
          <button type="button" class="sd-link" onClick={() => {
              change({ kind: 'remove', id: entry.id });
              setMessage(t('plan.removed', { title: title(entry.id) }));
            }}>
            {t('plan.remove', { title: title(entry.id) })}
          </button>
        </RecommendationCard>
      ))}
      {addable.length > 0 && (
        <div class="sd-plan__add">
          <label for="plan-add">{t('plan.addLabel')}</label>
          <select id="plan-add" class="sd-input" value={toAdd || addable[0]?.id} onChange={(e) => setToAdd((e.currentTarget as HTMLSelectElement).value)}>
            {addable.map((r) => (
              <option key={r.id} value={r.id}>
                {title(r.id)}
              </option>
            ))}
          </select>
          <button type="button" class="sd-button sd-button--secondary" onClick={add}>
            {t('plan.add')}
          </button>
        </div>
      )}
      <p role="status" class="sd-transfer__message">{message}</p>
    </section>
  );
}
