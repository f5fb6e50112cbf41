/**
 * Progress over time: the current result next to one rebuilt from an earlier
 * export or link. Deltas are in points of the 0–100 scores, as displayed.
 */
import type { DimensionId } from '../questionnaire';
import type { Result } from '../result';

export interface DimensionProgress {
  readonly id: DimensionId;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

export interface Progress {
  /** Change of the overall score. */
  readonly overall: number;
  /** In the current result's order; a dimension absent on either side is left out. */
  readonly dimensions: readonly DimensionProgress[];
}

export function compareResults(current: Result, earlier: Result): Progress {
  const before = new Map(earlier.dimensions.map((d) => [d.id, d.score]));
  const dimensions: DimensionProgress[] = [];
  for (const d of current.dimensions) {
    const b = before.get(d.id);
    if (b !== undefined) dimensions.push({ id: d.id, before: b, after: d.score, delta: d.score - b });
  }
  return { overall: current.score - earlier.score, dimensions };
}
