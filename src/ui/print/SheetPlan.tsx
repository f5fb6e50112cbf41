import type { Result } from '../../core/result';
import type { Plan } from '../../core/plan';
import { recommendationSteps } from '../common/resultText';
import { useLateWidget } from '../context';
import { planItems } from '../common/planItems';

/** Page 2: the plan as a table; resources and funding with their full URLs, for paper. */
export function SheetPlan({ result, plan }: { readonly result: Result; readonly plan: Plan }) {
  const { t, content } = useLateWidget();
  const items = planItems(plan, result, content);
  return (
    <section>
      <h2>{t('plan.title')}</h2>
      {items.length === 0 ? (
        <p>{t('sheet.noPlan')}</p>
      ) : (
        <table class="sheet__plan">
          <thead>
            <tr>
              <th scope="col">{t('sheet.planAction')}</th>
              <th scope="col">{t('sheet.planOwner')}</th>
              <th scope="col">{t('sheet.planTarget')}</th>
              <th scope="col">{t('sheet.planStatus')}</th>
              <th scope="col">{t('sheet.planResources')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ entry, rec, funding }) => {
              const first = recommendationSteps(rec, t)[0];
              return (
                <tr key={entry.id}>
                  <th scope="row">
                    {t(`recommendations:${rec.id}.title`)}
                    <span class="sheet__cellnote">{t(`results.effort.${rec.effort}`)}{first ? ` · ${t('results.firstSteps')} : ${first}` : ''}</span>
                    {entry.note && <span class="sheet__cellnote"><bdi>{entry.note}</bdi></span>}
                  </th>
                  <td><bdi>{entry.owner || '—'}</bdi></td>
                  <td>{entry.target || '—'}</td>
                  <td>{t(`plan.statuses.${entry.status}`)}</td>
                  <td class="sheet__resources">
                    {[...rec.resources, ...funding.map((f) => f.resource)]
                      .filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)
                      .map((r) => `${r.name} ${r.url}`)
                      .join(' · ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
