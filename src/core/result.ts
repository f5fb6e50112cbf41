/**
 * The plain object that the screen and the printed sheet both render.
 * Everything in it is derived from raw answers by `buildResult`.
 */
import type { Finding, Source } from './benchmark';
import type { LevelId, Trigger } from './conditions';
import type { AskWho, DimensionId, QuestionId } from './questionnaire';
import type { Effort, Priority, Rank, Resource } from './recommendations';

export interface Completion {
  /** Visible questions with an answer (including "je ne sais pas"). */
  readonly answered: number;
  /** Questions currently shown, given earlier answers. */
  readonly visible: number;
}

export interface AverageRef {
  readonly value: number;
  readonly structureType?: string;
  readonly source: Source;
}

export interface DimensionResult {
  readonly id: DimensionId;
  /** 0–100, rounded. */
  readonly score: number;
  readonly level: LevelId;
  readonly completion: Completion;
  /** Shown questions answered "je ne sais pas" (they earn 0). */
  readonly dontKnow: number;
  /** Questions ruled out by an earlier answer: counted at 0, not shown. */
  readonly ruledOut: number;
  readonly findings: readonly Finding[];
  /** Only when the benchmark has one: never made up. */
  readonly average?: AverageRef;
}

/** `in` the structure is among the `value` %; `out` among the others. */
export type Position = 'in' | 'out' | 'unknown';

export interface IndicatorResult {
  readonly id: string;
  readonly dimension: DimensionId;
  readonly value: number;
  /** What the structure answered; the study's figure is only ever `value`, never a complement. */
  readonly position: Position;
  readonly source: Source;
}

export interface RecommendationResult {
  readonly id: string;
  readonly dimension: DimensionId;
  readonly rank: Rank;
  readonly priority: Priority;
  readonly effort: Effort;
  /** How many first steps its wording has (`<id>.steps.0`…). */
  readonly steps: number;
  /** The answers that triggered it, to be quoted back ("vous avez répondu…"). */
  readonly because: readonly Trigger[];
  readonly source?: Source;
  readonly resources: readonly Resource[];
}

export interface Result {
  readonly questionnaireVersion: string;
  readonly score: number;
  readonly level: LevelId;
  readonly completion: Completion;
  readonly dimensions: readonly DimensionResult[];
  readonly indicators: readonly IndicatorResult[];
  /** Questions answered "je ne sais pas", in questionnaire order. */
  readonly dontKnow: readonly { readonly question: QuestionId; readonly dimension: DimensionId; readonly askWho?: AskWho }[];
  readonly recommendations: {
    /** At most three priority actions. */
    readonly top: readonly RecommendationResult[];
    /** At most three next ones. */
    readonly next: readonly RecommendationResult[];
    /** The rest, to show folded by theme. */
    readonly others: readonly RecommendationResult[];
  };
}
