/**
 * Each dimension: score as text and bar, level, what the score rests on
 * ("je ne sais pas", questions ruled out), and the study's qualitative
 * finding. The study's figures have their own section, away from the scores.
 */
import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { ScoreBar } from '../common/ScoreBar';
import { NetworkFigure } from '../common/NetworkFigure';

/** `withStudy`: each theme's study finding under it (the study's fold); else the scores, with the network's median. */
export function DimensionList({ result, withStudy = true }: { readonly result: Result; readonly withStudy?: boolean }) {
  const { t, fmt } = useWidget();
  return (
    <ul class="sd-dimensions">
      {result.dimensions.map((d) => {
        const hasFigure = result.indicators.some((i) => i.dimension === d.id);
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
            {d.dontKnow > 0 && <p class="sd-muted">{t('results.basis', { count: d.dontKnow, total: d.completion.answered })}</p>}
            {d.ruledOut > 0 && <p class="sd-muted">{t('results.ruledOut', { count: d.ruledOut })}</p>}
            {withStudy && <div class="sd-dimension__study">
              {d.findings.map((f) => (
                <p key={f.id} class="sd-finding">
                  {t(`study:findings.${f.id}`)}
                </p>
              ))}
              {!hasFigure && <p class="sd-muted">{t('study:study.noFigure')}</p>}
            </div>}
            {/* The network's median sits beside the scores, once: not again in the study's fold. */}
            {d.average && !withStudy && <NetworkFigure average={d.average} />}
          </li>
        );
      })}
    </ul>
  );
}
