/**
 * The benchmark is passed to the core as an argument, so a partner holding
 * more of the study's figures (per structure type, per dimension) can supply
 * them. Every figure carries its source; none may be made up.
 */
import type { Condition } from './conditions';
import type { DimensionId, OptionId } from './questionnaire';

export interface Source {
  /** Who published the figure, e.g. "WeTechCare & Capgemini Invent". */
  readonly publisher: string;
  /** Title of the publication. */
  readonly title: string;
  /** When the data was collected or published, e.g. "2021-01". */
  readonly date: string;
  /** Sample size, when the figure comes from a survey. */
  readonly sampleSize?: number;
  /** Home page of the publisher or the publication. */
  readonly url?: string;
  /** How the figure was computed, e.g. "médiane des diagnostics de 37 structures". */
  readonly method?: string;
  /** When someone last checked this figure against its source. */
  readonly reviewedAt: string;
}

/**
 * A figure of the study tied to answers: `matches` says when the structure
 * is among the `value` % the figure describes; `known` says when the answers
 * are enough to tell at all.
 */
export interface Indicator {
  readonly id: string;
  readonly dimension: DimensionId;
  /** Percentage of surveyed structures the statement holds for (0–100). */
  readonly value: number;
  readonly matches: Condition;
  readonly known: Condition;
  readonly source: Source;
}

/** A qualitative finding of the study: context for a dimension, no number. */
export interface Finding {
  readonly id: string;
  readonly dimension: DimensionId;
  readonly source: Source;
}

/** An average score (0–100) of a dimension, overall or per structure type. */
export interface DimensionAverage {
  readonly dimension: DimensionId;
  readonly value: number;
  /** Profile option of the structure type; absent means all types. */
  readonly structureType?: OptionId;
  readonly source: Source;
}

export interface Benchmark {
  readonly version: string;
  readonly indicators: readonly Indicator[];
  readonly findings: readonly Finding[];
  /** No such figure is published in the 2021 study; a partner may add them. */
  readonly dimensionAverages: readonly DimensionAverage[];
}
