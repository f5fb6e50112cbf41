import type { Result } from '../../core/result';
import { answerText } from '../answerText';
import { useWidget } from '../context';

/** Page 1: the priority actions, each with the answers that triggered it. */
export function SheetPriorities({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const { top } = result.recommendations;
  return (
    <section>
      <h2>{t('results.topTitle', { count: top.length })}</h2>
      {top.length === 0 && <p>{t('results.noRecommendation')}</p>}
      <ol class="sheet__recos">
        {top.map((rec) => (
          <li key={rec.id} class="sheet__reco">
            <strong>{t(`recommendations:${rec.id}.title`)}</strong>{' '}
            <span class="sheet__muted">
              ({t(`questionnaire:dimensions.${rec.dimension}.title`)} · {t(`results.effort.${rec.effort}`)})
            </span>
            {rec.because.length > 0 && (
              <span class="sheet__because">
                {' '}
                {t('results.because')}{' '}
                {rec.because.map((b) => `${t(`questionnaire:questions.${b.question}.label`)} « ${answerText(t, `questionnaire:questions.${b.question}`, b.options)} »`).join(' ; ')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
