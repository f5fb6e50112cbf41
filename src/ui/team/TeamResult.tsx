/** The team's consolidated answers scored as one diagnostic, with its priority and next actions. */
import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { RecommendationCard } from '../results/RecommendationCard';
import { ScoreBar } from '../common/ScoreBar';

export function TeamResult({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const { top, next } = result.recommendations;
  return (
    <section class="sd-section" aria-labelledby="team-result-title">
      <h3 id="team-result-title">{t('team:result.title')}</h3>
      <p>{t('team:result.intro')}</p>
      <p class="sd-team-score">{t('team:result.score', { score: result.score })}</p>
      <ul class="sd-teamscores">
        {result.dimensions.map((d) => (
          <li key={d.id}>
            <span>{`${t(`questionnaire:dimensions.${d.id}.title`)} : ${d.score} / 100`}</span>
            <ScoreBar score={d.score} level={d.level} />
          </li>
        ))}
      </ul>
      <h4>{t('team:result.recommendations')}</h4>
      {top.length === 0 ? <p>{t('results.noRecommendation')}</p> : [...top, ...next].map((rec) => <RecommendationCard key={rec.id} rec={rec} headingLevel={4} />)}
    </section>
  );
}
