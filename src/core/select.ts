/**
 * Picks the recommendations whose condition holds, and orders them so the
 * ones with most impact on the weakest dimensions come first.
 */
import { evaluate, type ConditionContext } from './conditions';
import type { Recommendation, Resource } from './recommendations';
import type { RecommendationResult } from './result';

export const TOP_COUNT = 5;
/** So the top list spans several weak dimensions rather than one. */
export const TOP_PER_DIMENSION = 2;

/** Higher is more urgent: a weak dimension and a high priority both weigh. */
function impact(rec: Recommendation, dimensionScores: Readonly<Record<string, number>>): number {
  const gap = 100 - (dimensionScores[rec.dimension] ?? 100);
  const priorityWeight = { 1: 1.5, 2: 1, 3: 0.6 }[rec.priority];
  const effortBonus = rec.effort === 'quick' ? 5 : 0;
  return gap * priorityWeight + effortBonus;
}

export function selectRecommendations(
  recommendations: readonly Recommendation[],
  resources: readonly Resource[],
  ctx: ConditionContext,
  dimensionScores: Readonly<Record<string, number>>,
): { top: RecommendationResult[]; others: RecommendationResult[] } {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const ranked = recommendations
    .map((rec, index) => ({ rec, index, impact: impact(rec, dimensionScores) }))
    .filter(({ rec }) => evaluate(rec.when, ctx))
    // Stable: equal impact keeps the data's order, which editors control.
    .sort((a, b) => b.impact - a.impact || a.index - b.index)
    .map(({ rec }): RecommendationResult => ({
      id: rec.id,
      dimension: rec.dimension,
      priority: rec.priority,
      effort: rec.effort,
      steps: rec.steps,
      resources: rec.resources.flatMap((id) => byId.get(id) ?? []),
    }));
  const top: RecommendationResult[] = [];
  const perDimension = new Map<string, number>();
  for (const rec of ranked) {
    const count = perDimension.get(rec.dimension) ?? 0;
    if (top.length < TOP_COUNT && count < TOP_PER_DIMENSION) {
      top.push(rec);
      perDimension.set(rec.dimension, count + 1);
    }
  }
  // Fill up if too few dimensions have recommendations to honour the spread.
  for (const rec of ranked) if (top.length < TOP_COUNT && !top.includes(rec)) top.push(rec);
  return { top, others: ranked.filter((rec) => !top.includes(rec)) };
}
