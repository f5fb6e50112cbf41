/**
 * The plain object that the screen and the printed sheet both render.
 * Everything in it is derived from raw answers by `buildResult`.
 */
import type { Finding, Source } from './benchmark';
import type { LevelId } from './conditions';
import type { DimensionId, QuestionId } from './questionnaire';
import type { Effort, Priority, Resource } from './recommendations';

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
  readonly dontKnow: number;
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
  readonly position: Position;
  /** The share of surveyed structures on the structure's side (value or 100 − value). */
  readonly share: number | null;
  readonly source: Source;
}

export interface RecommendationResult {
  readonly id: string;
  readonly dimension: DimensionId;
  readonly priority: Priority;
  readonly effort: Effort;
  /** How many first steps its wording has (`<id>.steps.0`…). */
  readonly steps: number;
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
  readonly dontKnow: readonly { readonly question: QuestionId; readonly dimension: DimensionId }[];
  readonly recommendations: {
    readonly top: readonly RecommendationResult[];
    readonly others: readonly RecommendationResult[];
  };
}
