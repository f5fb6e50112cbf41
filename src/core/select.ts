/**
 * Picks the recommendations whose condition holds and orders them: first by
 * declared rank (equipment and access before practices before organisation),
 * then by impact on the weakest dimensions. At most three priority actions,
 * then at most three next ones; the rest is kept, to be shown folded.
 */
import { evaluate, triggers, type ConditionContext } from './conditions';
import type { Recommendation, Resource } from './recommendations';
import type { RecommendationResult } from './result';

export const TOP_COUNT = 3;
export const NEXT_COUNT = 3;
/** So the priority list spans several weak dimensions rather than one. */
export const TOP_PER_DIMENSION = 2;
/** People on a pathway are never left out of the priorities when this dimension is weak. */
export const PATHWAY_DIMENSION = 'pathway';

/** Higher is more urgent: a weak dimension and a high priority both weigh. */
function impact(rec: Recommendation, dimensionScores: Readonly<Record<string, number>>): number {
  const gap = 100 - (dimensionScores[rec.dimension] ?? 100);
  const priorityWeight = { 1: 1.5, 2: 1, 3: 0.6 }[rec.priority];
  const effortBonus = rec.effort === 'quick' ? 5 : 0;
  return gap * priorityWeight + effortBonus;
}

function pickTop(ranked: readonly RecommendationResult[], pathwayWeak: boolean): RecommendationResult[] {
  const top: RecommendationResult[] = [];
  const perDimension = new Map<string, number>();
  for (const rec of ranked) {
    const count = perDimension.get(rec.dimension) ?? 0;
    if (top.length < TOP_COUNT && count < TOP_PER_DIMENSION) {
      top.push(rec);
      perDimension.set(rec.dimension, count + 1);
    }
  }
  for (const rec of ranked) if (top.length < TOP_COUNT && !top.includes(rec)) top.push(rec);
  const pathway = ranked.find((r) => r.dimension === PATHWAY_DIMENSION);
  if (pathwayWeak && pathway && !top.includes(pathway)) {
    // Replaces the last priority, keeping the declared order among the three.
    top.splice(TOP_COUNT - 1, 1, pathway);
    top.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
  }
  return top;
}

export function selectRecommendations(
  recommendations: readonly Recommendation[],
  resources: readonly Resource[],
  ctx: ConditionContext,
  dimensionScores: Readonly<Record<string, number>>,
): { top: RecommendationResult[]; next: RecommendationResult[]; others: RecommendationResult[] } {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const ranked = recommendations
    .map((rec, index) => ({ rec, index, impact: impact(rec, dimensionScores) }))
    .filter(({ rec }) => evaluate(rec.when, ctx))
    // Stable: equal rank and impact keep the data's order, which editors control.
    .sort((a, b) => a.rec.rank - b.rec.rank || b.impact - a.impact || a.index - b.index)
    .map(({ rec }): RecommendationResult => ({
      id: rec.id,
      dimension: rec.dimension,
      rank: rec.rank,
      priority: rec.priority,
      effort: rec.effort,
      steps: rec.steps,
      because: triggers(rec.when, ctx),
      resources: rec.resources.flatMap((id) => byId.get(id) ?? []),
      ...(rec.source ? { source: rec.source } : {}),
    }));
  const pathwayLevel = ctx.levels?.[PATHWAY_DIMENSION];
  const top = pickTop(ranked, pathwayLevel !== undefined && pathwayLevel <= 2);
  const rest = ranked.filter((rec) => !top.includes(rec));
  return { top, next: rest.slice(0, NEXT_COUNT), others: rest.slice(NEXT_COUNT) };
}
