import type { Question } from '../core/questionnaire';
import { isAnswered } from '../core/questionnaire';
import { visibleQuestions } from '../core/scoring';
import { QuestionField } from './QuestionField';
import { StepFrame } from './StepFrame';
import { useWidget } from './context';
import { dimensionStep } from '../core/steps';
import { useDiagnostic } from './useDiagnostic';

/** One step per dimension; conditional questions follow the answers live. */
export function DimensionStep({ dimension }: { readonly dimension: string }) {
  const { t, content, store } = useWidget();
  const answers = useDiagnostic((s) => s.answers);
  const profile = useDiagnostic((s) => s.profile);
  const questions = visibleQuestions(content.questionnaire, answers, profile).filter((q) => q.dimension === dimension);
  const left = questions.filter((q) => !isAnswered(answers[q.id])).length;
  return (
    <StepFrame
      step={dimensionStep(dimension)}
      title={t(`questionnaire:dimensions.${dimension}.title`)}
      intro={t(`questionnaire:dimensions.${dimension}.intro`)}
      status={left > 0 ? t('question.left', { count: left }) : t('question.allAnswered')}
    >
      {questions.map((q: Question) => (
        <QuestionField
          key={q.id}
          name={q.id}
          kind={q.kind}
          legend={t(`questionnaire:questions.${q.id}.label`)}
          help={q.help ? t(`questionnaire:questions.${q.id}.help`) : undefined}
          hint={q.kind === 'multiple' ? t('question.multipleHint') : undefined}
          options={q.options.map((o) => ({
            id: o.id,
            label: t(`questionnaire:questions.${q.id}.options.${o.id}`),
            ...(o.exclusive ? { exclusive: true } : {}),
          }))}
          dontKnowLabel={q.dontKnow ? t('question.dontKnow') : undefined}
          clearLabel={t('question.clear')}
          value={answers[q.id]}
          onChange={(value) => store.getState().setAnswer(q.id, value)}
        />
      ))}
    </StepFrame>
  );
}
