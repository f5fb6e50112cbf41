import type { Result } from '../../core/result';
import { strongest } from '../common/planItems';
import { useWidget } from '../context';

/** "Vos deux points forts", under the score. */
export function Strengths({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const best = strongest(result);
  if (best.length === 0) return null;
  const list = best.map((d) => t('results.strength', { title: t(`questionnaire:dimensions.${d.id}.title`), score: d.score })).join(' · ');
  return (
    <p class="sd-strengths">
      <strong>{t('results.strengths', { count: best.length })}</strong> {list}
    </p>
  );
}
