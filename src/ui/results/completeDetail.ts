import type { LevelId } from '../../core/conditions';
import type { Result } from '../../core/result';

/** The `detail` of the `diagnostic:complete` event. */
export interface CompleteDetail {
  readonly questionnaireVersion: string;
  readonly score: number;
  readonly level: LevelId;
  readonly dimensions: readonly { readonly id: string; readonly score: number; readonly level: LevelId }[];
  readonly recommendations: readonly string[];
}

/**
 * What the host page learns when results are shown: scores, levels and
 * recommendation ids. Never an answer, a name or any free text.
 */
export function completeDetail(result: Result): CompleteDetail {
  return {
    questionnaireVersion: result.questionnaireVersion,
    score: result.score,
    level: result.level,
    dimensions: result.dimensions.map((d) => ({ id: d.id, score: d.score, level: d.level })),
    recommendations: [...result.recommendations.top, ...result.recommendations.others].map((r) => r.id),
  };
}
