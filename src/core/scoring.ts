/**
 * Scoring: each applicable question earns points out of its maximum; a
 * dimension scores 0–100 over its applicable questions (unanswered,
 * "je ne sais pas" and questions ruled out by an earlier answer earn 0);
 * the overall score is the mean of the dimensions. Not applicable questions
 * (by profile) are left out of the count altogether.
 */
import { evaluate } from './conditions';
import type { Answers, Profile, Question, Questionnaire } from './questionnaire';
import { isAnswered, isDontKnow, pickedOptions, questionMaxPoints } from './questionnaire';

/** Applies to this structure (profile only). */
export function isApplicable(q: Question, profile: Profile): boolean {
  return q.applicableIf === undefined || evaluate(q.applicableIf, { answers: {}, profile });
}

/** Applies and is not ruled out by an earlier answer: shown to the respondent. */
export function isVisible(q: Question, answers: Answers, profile: Profile): boolean {
  return isApplicable(q, profile) && (q.askedIf === undefined || evaluate(q.askedIf, { answers, profile }));
}

export function applicableQuestions(questionnaire: Questionnaire, profile: Profile): Question[] {
  return questionnaire.questions.filter((q) => isApplicable(q, profile));
}

export function visibleQuestions(questionnaire: Questionnaire, answers: Answers, profile: Profile): Question[] {
  return questionnaire.questions.filter((q) => isVisible(q, answers, profile));
}

/** Points earned by an answer; unknown option ids earn nothing. */
export function questionPoints(q: Question, answers: Answers): number {
  const value = answers[q.id];
  if (!isAnswered(value) || isDontKnow(value)) return 0;
  const picked = pickedOptions(value);
  const earned = q.options.filter((o) => picked.includes(o.id)).map((o) => o.points);
  if (q.kind !== 'multiple') return earned[0] ?? 0;
  const sum = earned.reduce((s, p) => s + p, 0);
  return Math.max(0, Math.min(questionMaxPoints(q), sum));
}

export interface DimensionScore {
  readonly score: number;
  readonly answered: number;
  readonly visible: number;
  readonly dontKnow: number;
  /** Applicable questions ruled out by an earlier answer (counted at 0). */
  readonly ruledOut: number;
}

/** `questions`: the dimension's applicable questions; ruled-out ones earn 0 but count. */
export function scoreDimension(questions: readonly Question[], answers: Answers, profile: Profile = {}): DimensionScore {
  let earned = 0;
  let max = 0;
  let answered = 0;
  let dontKnow = 0;
  let ruledOut = 0;
  for (const q of questions) {
    max += questionMaxPoints(q);
    if (!isVisible(q, answers, profile)) {
      ruledOut += 1;
      continue;
    }
    earned += questionPoints(q, answers);
    if (isAnswered(answers[q.id])) answered += 1;
    if (isDontKnow(answers[q.id])) dontKnow += 1;
  }
  const score = max > 0 ? Math.round((earned / max) * 100) : 0;
  return { score, answered, visible: questions.length - ruledOut, dontKnow, ruledOut };
}

// The answer rules moved to answers.ts; re-exported so callers keep working.
export { sanitizeAnswers } from './answers';
