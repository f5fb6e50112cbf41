/**
 * Where the team does not see things alike ("à discuter en équipe"), and
 * the "je ne sais pas" of one that another could answer.
 */
import type { AnswerValue, DimensionId, Profile, QuestionId, Questionnaire } from '../questionnaire';
import { cleanRespondents, questionFacts } from './questionFacts';
import type { Respondent } from './types';

/** Two steps apart on a four-step scale (67) counts; neighbouring steps (33) do not. */
export const MIN_SPREAD = 50;
export const MAX_DIVERGENT = 5;

export interface Divergence {
  readonly question: QuestionId;
  readonly dimension: DimensionId;
  /** Highest minus lowest share of the question's points among real answers, 0–100. */
  readonly spread: number;
  readonly answers: readonly { readonly key: string; readonly value: AnswerValue }[];
}

export interface AnswerableDontKnow {
  readonly question: QuestionId;
  readonly dimension: DimensionId;
  /** Who said "je ne sais pas". */
  readonly dontKnow: readonly string[];
  /** Who answered, and could tell them. */
  readonly known: readonly string[];
}

/**
 * Questions with at least two real answers whose spread is at least
 * MIN_SPREAD, widest first (then the most distinct answers, then
 * questionnaire order), at most MAX_DIVERGENT.
 */
export function divergentQuestions(questionnaire: Questionnaire, profile: Profile, respondents: readonly Respondent[]): Divergence[] {
  const cleaned = cleanRespondents(questionnaire, respondents);
  const found = questionnaire.questions.flatMap((q, order) => {
    const { known } = questionFacts(q, profile, cleaned);
    if (known.length < 2) return [];
    const shares = known.map((k) => k.share);
    const spread = Math.round((Math.max(...shares) - Math.min(...shares)) * 100);
    if (spread < MIN_SPREAD) return [];
    const distinct = new Set(known.map((k) => JSON.stringify(k.value))).size;
    return [{ order, distinct, divergence: { question: q.id, dimension: q.dimension, spread, answers: known.map((k) => ({ key: k.key, value: k.value })) } }];
  });
  return found
    .sort((a, b) => b.divergence.spread - a.divergence.spread || b.distinct - a.distinct || a.order - b.order)
    .slice(0, MAX_DIVERGENT)
    .map((f) => f.divergence);
}

/** Every question someone answered "je ne sais pas" and someone else answered, in questionnaire order. */
export function answerableDontKnows(questionnaire: Questionnaire, profile: Profile, respondents: readonly Respondent[]): AnswerableDontKnow[] {
  const cleaned = cleanRespondents(questionnaire, respondents);
  return questionnaire.questions.flatMap((q) => {
    const { known, dontKnow } = questionFacts(q, profile, cleaned);
    return known.length > 0 && dontKnow.length > 0 ? [{ question: q.id, dimension: q.dimension, dontKnow, known: known.map((k) => k.key) }] : [];
  });
}
