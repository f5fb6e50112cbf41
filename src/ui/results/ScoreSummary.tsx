import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { Strengths } from './Strengths';

/** Overall score, its level with what it means, and how complete the answers are. */
export function ScoreSummary({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  return (
    <div class={`sd-summary sd-level-${result.level}`}>
      <p class="sd-summary__score">
        <span class="sd-summary__number">{result.score}</span>
        <span class="sd-summary__max"> / 100</span>
      </p>
      <div>
        <p class="sd-summary__level">
          {t('results.level', { index: result.level, name: t(`questionnaire:levels.${result.level}.name`) })}
        </p>
        <p>{t(`questionnaire:levels.${result.level}.meaning`)}</p>
        <Strengths result={result} />
        <p class="sd-muted">
          {t('results.completion', { count: result.completion.answered, total: result.completion.visible })}
        </p>
        {result.dontKnow.length > 0 && <p class="sd-muted">{t('results.basisOverall', { count: result.dontKnow.length, total: result.completion.answered })}</p>}
      </div>
    </div>
  );
}
