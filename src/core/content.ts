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

/** What the first screens need of the content; the rest comes with the results code (`ui/common/fullContent.ts`). */
export type ContentStart = Pick<Content, 'questionnaire'>;

/** A network's benchmark as a partner gave it (option or fetched file), checked only when results need it. */
export interface PartnerBenchmark {
  readonly raw: unknown;
  /** Where it came from, for the warning: `option` or the file's address. */
  readonly from: string;
}

/** What a partner adds to the content, as given: checked by the results code, which warns once about what it ignores. */
export interface PartnerContent {
  readonly resources?: unknown;
  /** In the order given: a later one replaces an earlier one. */
  readonly benchmarks: readonly PartnerBenchmark[];
}
