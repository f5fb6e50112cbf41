/**
 * Recommendations as data. Wording (title, why, first steps) lives in
 * `locales/<lng>/recommendations.json` under `<id>`; resources live in one
 * list a partner can replace (`src/data/resources.ts`).
 */
import type { Condition } from './conditions';
import type { Source } from './benchmark';
import type { DimensionId } from './questionnaire';

/** 1 is the most important. */
export type Priority = 1 | 2 | 3;
export type Effort = 'quick' | 'project';

/**
 * Declared order of prerequisites: 1 equipment and access (nothing else
 * works without them), 2 practices with tools and people, 3 organisation,
 * planning and sharing. Lower ranks always come first.
 */
export type Rank = 1 | 2 | 3;

export interface Recommendation {
  readonly id: string;
  readonly dimension: DimensionId;
  readonly when: Condition;
  readonly rank: Rank;
  readonly priority: Priority;
  readonly effort: Effort;
  /** Ids into the resource list. */
  readonly resources: readonly string[];
  /** A dated source for a fact the wording states (e.g. a legal deadline). */
  readonly source?: Source;
  /** Number of first steps in the wording files (`<id>.steps.0`…). */
  readonly steps: number;
}

export interface Resource {
  readonly id: string;
  /** Proper name, the same in every language. */
  readonly name: string;
  /** Home page, https only. */
  readonly url: string;
}
