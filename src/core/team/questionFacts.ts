/**
 * What the respondents said to one question: the real answers (with their
 * share of the question's points) and who said "je ne sais pas". Only
 * questions a respondent was shown count: a follow-up ruled out by their own
 * earlier answer, or an answer left over from before, says nothing.
 */
import type { AnswerValue, Profile, Question } from '../questionnaire';
import { isAnswered, isDontKnow, questionMaxPoints } from '../questionnaire';
import type { Questionnaire } from '../questionnaire';
import { isVisible, questionPoints, sanitizeAnswers } from '../scoring';
import type { Respondent } from './types';

/** Respondents with only the answers that fit the questionnaire (unknown options dropped). */
export function cleanRespondents(questionnaire: Questionnaire, respondents: readonly Respondent[]): Respondent[] {
  return respondents.map((r) => ({ ...r, answers: sanitizeAnswers(questionnaire, r.answers) }));
}

export interface KnownAnswer {
  readonly key: string;
  readonly value: AnswerValue;
  /** Points earned over the question's maximum, 0–1. */
  readonly share: number;
}

export interface QuestionFacts {
  readonly known: readonly KnownAnswer[];
  /** Keys of the respondents who answered "je ne sais pas". */
  readonly dontKnow: readonly string[];
}

/** `respondents` must be cleaned (`cleanRespondents`). */
export function questionFacts(q: Question, profile: Profile, respondents: readonly Respondent[]): QuestionFacts {
  const known: KnownAnswer[] = [];
  const dontKnow: string[] = [];
  const max = questionMaxPoints(q);
  for (const r of respondents) {
    const value = r.answers[q.id];
    if (value === undefined || !isAnswered(value) || !isVisible(q, r.answers, profile)) continue;
    if (isDontKnow(value)) dontKnow.push(r.key);
    else known.push({ key: r.key, value, share: max > 0 ? questionPoints(q, r.answers) / max : 0 });
  }
  return { known, dontKnow };
}

/** The middle of numbers; with an even count, the mean of the two middle ones, rounded. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
