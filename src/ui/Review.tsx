/**
 * Every answer at a glance, each group with a link back to its step, before
 * the results.
 */
import { isAnswered } from '../core/questionnaire';
import { visibleQuestions } from '../core/scoring';
import { StepFrame } from './StepFrame';
import { answerText } from './answerText';
import { useWidget } from './context';
import { dimensionStep, type Step } from '../core/steps';
import { useDiagnostic } from './useDiagnostic';

function EditButton({ step, label }: { readonly step: Step; readonly label: string }) {
  const { t, store } = useWidget();
  return (
    <button type="button" class="sd-link" onClick={() => store.getState().goTo(step)}>
      {t('review.edit')}
      <span class="sd-visually-hidden"> : {label}</span>
    </button>
  );
}

export function Review() {
  const { t, content } = useWidget();
  const answers = useDiagnostic((s) => s.answers);
  const profile = useDiagnostic((s) => s.profile);
  const structureName = useDiagnostic((s) => s.structureName);
  const visible = visibleQuestions(content.questionnaire, answers, profile);
  const unanswered = visible.filter((q) => !isAnswered(answers[q.id])).length;
  return (
    <StepFrame
      step="review"
      title={t('review.title')}
      intro={t('review.intro')}
      status={unanswered > 0 ? t('review.unansweredCount', { count: unanswered }) : undefined}
      nextLabel={t('review.seeResults')}
    >
      <div class="sd-review">
        <div class="sd-review__group">
          <h3>{t('profile.title')}</h3>
          <EditButton step="profile" label={t('profile.title')} />
          <dl>
            {structureName && (
              <div class="sd-review__row">
                <dt>{t('profile.structureName')}</dt>
                <dd>{structureName}</dd>
              </div>
            )}
            {content.questionnaire.profile.map((q) => (
              <div key={q.id} class="sd-review__row">
                <dt>{t(`questionnaire:profile.${q.id}.label`)}</dt>
                <dd>{answerText(t, `questionnaire:profile.${q.id}`, profile[q.id])}</dd>
              </div>
            ))}
          </dl>
        </div>
        {content.questionnaire.dimensions.map((d) => {
          const title = t(`questionnaire:dimensions.${d.id}.title`);
          return (
            <div key={d.id} class="sd-review__group">
              <h3>{title}</h3>
              <EditButton step={dimensionStep(d.id)} label={title} />
              <dl>
                {visible
                  .filter((q) => q.dimension === d.id)
                  .map((q) => (
                    <div key={q.id} class="sd-review__row">
                      <dt>{t(`questionnaire:questions.${q.id}.label`)}</dt>
                      <dd>{answerText(t, `questionnaire:questions.${q.id}`, answers[q.id])}</dd>
                    </div>
                  ))}
              </dl>
            </div>
          );
        })}
      </div>
    </StepFrame>
  );
}
