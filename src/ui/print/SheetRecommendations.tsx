import type { Result } from '../../core/result';
import { recommendationSteps } from '../common/resultText';
import { useWidget } from '../context';
import { RecommendationWhy } from '../results/RecommendationWhy';

/** The priority actions with why, first steps and resources (URLs in full); the next ones and the rest by title. */
export function SheetRecommendations({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const { top, next, others } = result.recommendations;
  return (
    <section>
      <h2>{t('results.topTitle', { count: top.length })}</h2>
      {top.length === 0 && <p>{t('results.noRecommendation')}</p>}
      <ol class="sheet__recos">
        {top.map((rec) => {
          const base = `recommendations:${rec.id}`;
          const steps = recommendationSteps(rec, t);
          return (
            <li key={rec.id} class="sheet__reco">
              <strong>{t(`${base}.title`)}</strong>{' '}
              <span class="sheet__muted">
                ({t(`questionnaire:dimensions.${rec.dimension}.title`)} · {t(`results.effort.${rec.effort}`)})
              </span>
              <RecommendationWhy rec={rec} muted="sheet__muted" />
              {steps.length > 0 && (
                <ul>
                  {steps.map((step, i) => (
                    <li key={i}>{step}</li>
                  ))}
                </ul>
              )}
              {rec.resources.length > 0 && (
                <p class="sheet__resources">
                  {t('results.resources')} : {rec.resources.map((r) => `${r.name} (${r.url})`).join(' · ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {next.length > 0 && (
        <>
          <h3>{t('results.nextTitle')}</h3>
          <ul class="sheet__others">
            {next.map((rec) => (
              <li key={rec.id}>{t(`recommendations:${rec.id}.title`)}</li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>{t('sheet.othersTitle')}</h3>
          <ul class="sheet__others">
            {others.map((rec) => (
              <li key={rec.id}>{t(`recommendations:${rec.id}.title`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
