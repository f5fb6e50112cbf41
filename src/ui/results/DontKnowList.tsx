import type { Result } from '../../core/result';
import { useWidget } from '../context';

/** Questions answered "je ne sais pas": things to check with the team. */
export function DontKnowList({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  if (result.dontKnow.length === 0) return null;
  return (
    <section class="sd-section" aria-labelledby="results-dk-title">
      <h3 id="results-dk-title" tabIndex={-1}>{t('results.dontKnowTitle', { count: result.dontKnow.length })}</h3>
      <p>{t('results.dontKnowIntro')}</p>
      <ul class="sd-dk">
        {result.dontKnow.map((item) => (
          <li key={item.question}>
            {t(`questionnaire:questions.${item.question}.label`)}{' '}
            <span class="sd-muted">
              ({t(`questionnaire:dimensions.${item.dimension}.title`)}{item.askWho ? ` · ${t(`results.askWho.${item.askWho}`)}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
