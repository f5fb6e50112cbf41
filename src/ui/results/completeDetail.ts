import type { Result } from '../../core/result';

/**
 * What the host page learns when results are shown: scores, levels and
 * recommendation ids. Never an answer, a name or any free text.
 */
export function completeDetail(result: Result): Record<string, unknown> {
  return {
    questionnaireVersion: result.questionnaireVersion,
    score: result.score,
    level: result.level,
    dimensions: result.dimensions.map((d) => ({ id: d.id, score: d.score, level: d.level })),
    recommendations: [...result.recommendations.top, ...result.recommendations.others].map((r) => r.id),
  };
}
