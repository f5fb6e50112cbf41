import type { ComponentChildren } from 'preact';
import type { FundingResult } from '../../core/funding';
import type { RecommendationResult } from '../../core/result';
import { recommendationSteps } from '../common/resultText';
import { useWidget } from '../context';
import { RecommendationWhy } from '../common/RecommendationWhy';

interface Props {
  readonly rec: RecommendationResult;
  readonly headingLevel?: 3 | 4;
  /** Where funding may come from (in the plan). */
  readonly funding?: readonly FundingResult[];
  /** A line under the title (e.g. an action today's answers no longer call for). */
  readonly note?: string | undefined;
  /** What follows the card's content (the plan's fields). */
  readonly children?: ComponentChildren;
  /** The answers quoted back, first steps, resources and funding folded under one summary (the plan, on a phone). */
  readonly fold?: boolean;
}

/** One recommendation: why it matters, first steps, resources with full URLs. */
export function RecommendationCard({ rec, headingLevel = 4, funding = [], note, children, fold = false }: Props) {
  const { t } = useWidget();
  const base = `recommendations:${rec.id}`;
  const steps = recommendationSteps(rec, t);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const more = (
    <>
      {fold && <RecommendationWhy rec={rec} />}
      {steps.length > 0 && (
        <>
          <p class="sd-reco__label">{t('results.firstSteps')}</p>
          <ol class="sd-reco__steps">
            {steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {rec.resources.length > 0 && (
        <>
          <p class="sd-reco__label">{t('results.resources')}</p>
          <ul class="sd-reco__resources">
            {rec.resources.map((r) => (
              <li key={r.id}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.name}
                </a>{' '}
                <span class="sd-url">{r.url}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {funding.length > 0 && (
        <>
          <p class="sd-reco__label">{t('funding.title')}</p>
          <ul class="sd-reco__resources">
            {funding.map((f) => (
              <li key={f.id}>
                {t(`funding.${f.id}`)}{' '}
                <a href={f.resource.url} target="_blank" rel="noopener noreferrer">
                  {f.resource.name}
                </a>{' '}
                <span class="sd-url">{f.resource.url}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  return (
    <article class="sd-reco">
      <Heading class="sd-reco__title">{t(`${base}.title`)}</Heading>
      <p class="sd-reco__meta">
        <span class="sd-tag">{t(`questionnaire:dimensions.${rec.dimension}.title`)}</span>
        <span class="sd-tag">{t(`results.effort.${rec.effort}`)}</span>
      </p>
      {note && <p class="sd-reco__note">{note}</p>}
      <p>{t(`${base}.why`)}</p>
      {!fold && <RecommendationWhy rec={rec} />}
      {fold ? (
        <details class="sd-reco__more">
          <summary>{t('plan.more')}</summary>
          {more}
        </details>
      ) : (
        more
      )}
      {children}
    </article>
  );
}
