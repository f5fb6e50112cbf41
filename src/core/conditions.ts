/**
 * Conditions are data, so content editors can write "show this when…" or
 * "recommend this when…" without code. They are evaluated against a context
 * holding the answers, the profile and, for recommendations, the levels.
 */
import type { AnswerValue, Answers, DimensionId, OptionId, Profile, QuestionId } from './questionnaire';
import { pickedOptions } from './questionnaire';

export type LevelId = 1 | 2 | 3 | 4;

export type Condition =
  /** The answer to `question` includes at least one of `anyOf`. */
  | { readonly question: QuestionId; readonly anyOf: readonly OptionId[] }
  /** The question has an answer (any, including "je ne sais pas"). */
  | { readonly answered: QuestionId }
  /** The profile answer `profile` includes one of `anyOf` (e.g. structure type). */
  | { readonly profile: string; readonly anyOf: readonly OptionId[] }
  /** The dimension's level is at most `atMost` (only for recommendations). */
  | { readonly dimension: DimensionId; readonly levelAtMost: LevelId }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export interface ConditionContext {
  readonly answers: Answers;
  readonly profile: Profile;
  /** Levels per dimension; absent while questions are being shown. */
  readonly levels?: Readonly<Record<DimensionId, LevelId>>;
}

function includesAny(value: AnswerValue | undefined, anyOf: readonly OptionId[]): boolean {
  const picked = pickedOptions(value);
  return anyOf.some((id) => picked.includes(id));
}

export function evaluate(condition: Condition, ctx: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, ctx));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, ctx));
  if ('not' in condition) return !evaluate(condition.not, ctx);
  if ('answered' in condition) return pickedOptions(ctx.answers[condition.answered]).length > 0;
  if ('question' in condition) return includesAny(ctx.answers[condition.question], condition.anyOf);
  if ('profile' in condition) return includesAny(ctx.profile[condition.profile], condition.anyOf);
  const level = ctx.levels?.[condition.dimension];
  return level !== undefined && level <= condition.levelAtMost;
}

/** Every question, profile question and dimension a condition names. */
export function conditionRefs(condition: Condition): {
  questions: { id: QuestionId; options: readonly OptionId[] }[];
  profile: { id: string; options: readonly OptionId[] }[];
  dimensions: DimensionId[];
} {
  const refs = { questions: [] as { id: QuestionId; options: readonly OptionId[] }[], profile: [] as { id: string; options: readonly OptionId[] }[], dimensions: [] as DimensionId[] };
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('answered' in c) refs.questions.push({ id: c.answered, options: [] });
    else if ('question' in c) refs.questions.push({ id: c.question, options: c.anyOf });
    else if ('profile' in c) refs.profile.push({ id: c.profile, options: c.anyOf });
    else refs.dimensions.push(c.dimension);
  };
  walk(condition);
  return refs;
}

/** An answer quoted back to say why a recommendation fired. */
export interface Trigger {
  readonly question: QuestionId;
  readonly options: readonly OptionId[];
}

/**
 * The answers that make `condition` hold, as given: for `all`, every part;
 * for `any`, the parts that hold; under `not`, the answer actually given.
 * Profile and level parts quote nothing (the view says those separately).
 */
export function triggers(condition: Condition, ctx: ConditionContext): Trigger[] {
  const out = new Map<QuestionId, Trigger>();
  const quote = (question: QuestionId) => {
    const options = pickedOptions(ctx.answers[question]);
    if (options.length > 0) out.set(question, { question, options });
  };
  const walk = (c: Condition): void => {
    if (!evaluate(c, ctx)) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) conditionRefs(c.not).questions.forEach((r) => quote(r.id));
    else if ('answered' in c) quote(c.answered);
    else if ('question' in c) quote(c.question);
  };
  walk(condition);
  return [...out.values()];
}
