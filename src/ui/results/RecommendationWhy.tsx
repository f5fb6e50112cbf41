import type { RecommendationResult } from '../../core/result';
import { answerText } from '../answerText';
import { useWidget } from '../context';

/** The answers that triggered a recommendation, quoted back, and its dated source if it has one. */
export function RecommendationWhy({ rec, muted = 'sd-muted' }: { readonly rec: RecommendationResult; readonly muted?: string }) {
  const { t } = useWidget();
  return (
    <>
      {rec.because.length > 0 && (
        <>
          <p class="sd-reco__label">{t('results.because')}</p>
          <ul class="sd-reco__because">
            {rec.because.map((b) => {
              const base = `questionnaire:questions.${b.question}`;
              return (
                <li key={b.question}>
                  {t(`${base}.label`)} <strong>« {answerText(t, base, b.options)} »</strong>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {rec.source && (
        <p class={muted}>{t('results.recoSource', { publisher: rec.source.publisher, title: rec.source.title, date: rec.source.date })}</p>
      )}
    </>
  );
}
