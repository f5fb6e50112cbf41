/**
 * Each dimension: score as text and bar, level, and beside it what the study
 * says (its figure, its finding, or that it gives no figure).
 */
import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { NetworkFigure } from './NetworkFigure';
import { ScoreBar } from './ScoreBar';

export function DimensionList({ result }: { readonly result: Result }) {
  const { t, fmt } = useWidget();
  return (
    <ul class="sd-dimensions">
      {result.dimensions.map((d) => {
        const indicators = result.indicators.filter((i) => i.dimension === d.id);
        return (
          <li key={d.id} class="sd-dimension">
            <div class="sd-dimension__head">
              <h4 class="sd-dimension__title">{t(`questionnaire:dimensions.${d.id}.title`)}</h4>
              <p class="sd-dimension__score">
                {t('results.dimensionScore', { score: d.score, level: t(`questionnaire:levels.${d.level}.name`) })}
              </p>
            </div>
            <ScoreBar score={d.score} level={d.level} reference={d.average?.value} />
            {d.completion.visible > d.completion.answered && (
              <p class="sd-muted">{t('results.unansweredInDimension', { count: d.completion.visible - d.completion.answered })}</p>
            )}
            <div class="sd-dimension__study">
              {indicators.map((i) => (
                <p key={i.id} class="sd-figure">
                  {t(`study:indicators.${i.id}.statement`, { value: fmt.percent(i.value) })}
                </p>
              ))}
              {d.findings.map((f) => (
                <p key={f.id} class="sd-finding">
                  {t(`study:findings.${f.id}`)}
                </p>
              ))}
              {indicators.length === 0 && <p class="sd-muted">{t('study:study.noFigure')}</p>}
            </div>
            {d.average && <NetworkFigure average={d.average} />}
          </li>
        );
      })}
    </ul>
  );
}
