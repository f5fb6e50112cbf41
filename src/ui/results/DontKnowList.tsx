import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { Fold } from './Fold';

/** Questions answered "je ne sais pas": things to check with the team. */
export function DontKnowList({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  if (result.dontKnow.length === 0) return null;
  return (
    <Fold id="results-dk-title" title={t('results.dontKnowTitle', { count: result.dontKnow.length })}>
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
    </Fold>
  );
}
