/**
 * Everything a content editor changes: the questionnaire, the study's
 * figures, the recommendations and their resources. Owned by the core so
 * data, checks and views share one shape.
 */
import type { Benchmark } from './benchmark';
import type { FundingSource } from './funding';
import type { Questionnaire } from './questionnaire';
import type { Recommendation, Resource } from './recommendations';

export interface Content {
  readonly questionnaire: Questionnaire;
  readonly benchmark: Benchmark;
  readonly recommendations: readonly Recommendation[];
  readonly resources: readonly Resource[];
  /** Where funding may come from, by recommendation (none when left out). */
  readonly funding?: readonly FundingSource[];
}
