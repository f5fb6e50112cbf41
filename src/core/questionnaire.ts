/**
 * The shape of a questionnaire as data. Ids and points live here; every
 * piece of wording lives in `locales/<lng>/questionnaire.json` under keys
 * derived from these ids (see `src/data/wordingKeys.ts`).
 */
import type { Condition } from './conditions';
import type { LegacyLayout, Revision } from './revision';

export type DimensionId = string;
export type QuestionId = string;
export type OptionId = string;

/** The reserved option id a respondent picks to say "je ne sais pas". */
export const DONT_KNOW = 'dk';

/** Whom the list of things to check sends the respondent to. */
export type AskWho = 'direction' | 'cip' | 'supervisor' | 'admin';

export type QuestionKind = 'single' | 'multiple' | 'scale';

export interface AnswerOption {
  readonly id: OptionId;
  /** Points earned when picked. For `multiple`, picked options add up. */
  readonly points: number;
  /** For `multiple`: picking it clears the others (e.g. "aucun"). */
  readonly exclusive?: boolean;
}

export interface Question {
  readonly id: QuestionId;
  readonly dimension: DimensionId;
  readonly kind: QuestionKind;
  readonly options: readonly AnswerOption[];
  /** Offer an explicit "je ne sais pas" answer (earns 0, listed to check). */
  readonly dontKnow?: boolean;
  /**
   * Not applicable to this structure (a profile condition: type, size) when
   * false: the question is neither shown nor counted in its dimension.
   */
  readonly applicableIf?: Condition;
  /**
   * Ruled out by an earlier answer when false (e.g. a "no" that makes the
   * follow-ups moot): not shown, not listed as unanswered, but counted at 0
   * of its maximum, so a "no" never scores above a weak "yes".
   */
  readonly askedIf?: Condition;
  /** Who in the structure usually knows the answer, for "je ne sais pas". */
  readonly askWho?: AskWho;
  /** For `multiple`: points are capped here (defaults to the sum of options). */
  readonly maxPoints?: number;
  /** Has a help text in the wording files (`questions.<id>.help`). */
  readonly help?: boolean;
}

export interface Dimension {
  readonly id: DimensionId;
}

/** Profile questions describe the structure; they are not scored. */
export interface ProfileQuestion {
  readonly id: string;
  readonly kind: 'single' | 'multiple';
  readonly options: readonly { readonly id: OptionId }[];
}

export interface Questionnaire {
  /** Bumped whenever ids or points change, printed on the sheet. */
  readonly version: string;
  readonly dimensions: readonly Dimension[];
  readonly questions: readonly Question[];
  readonly profile: readonly ProfileQuestion[];
  /** How answers to earlier versions carry over (see `core/revision.ts`). */
  readonly revisions?: readonly Revision[];
  /**
   * The shape each earlier version's links were encoded against, by version. Only the code that
   * reads links needs it (see `data/legacyLayouts.ts`): the first screens' questionnaire has none,
   * and links of earlier versions then read as another questionnaire's.
   */
  readonly layouts?: Readonly<Record<string, LegacyLayout>>;
}

/** One answer: an option id, several for `multiple`, or `DONT_KNOW`. */
export type AnswerValue = OptionId | readonly OptionId[];
export type Answers = Readonly<Record<QuestionId, AnswerValue>>;
/** Profile answers, keyed by profile question id. */
export type Profile = Readonly<Record<string, AnswerValue>>;

export function questionMaxPoints(q: Question): number {
  if (q.kind === 'multiple') {
    const sum = q.options.reduce((s, o) => s + Math.max(0, o.points), 0);
    return q.maxPoints ?? sum;
  }
  return q.options.reduce((m, o) => Math.max(m, o.points), 0);
}

export function isDontKnow(value: AnswerValue | undefined): boolean {
  return value === DONT_KNOW || (Array.isArray(value) && value.includes(DONT_KNOW));
}

/** The picked option ids of an answer, as a list (empty when unanswered). */
export function pickedOptions(value: AnswerValue | undefined): readonly OptionId[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  return pickedOptions(value).length > 0;
}
