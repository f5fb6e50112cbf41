import type { TFunction } from 'i18next';
import type { AnswerValue } from '../core/questionnaire';
import { DONT_KNOW, pickedOptions } from '../core/questionnaire';

/** An answer as the user would read it back, e.g. "Recrutement, Planning". */
export function answerText(t: TFunction, base: string, value: AnswerValue | undefined): string {
  const picked = pickedOptions(value);
  if (picked.length === 0) return t('review.unanswered');
  return picked.map((id) => (id === DONT_KNOW ? t('question.dontKnow') : t(`${base}.options.${id}`))).join(', ');
}
