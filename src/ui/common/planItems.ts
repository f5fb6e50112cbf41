/**
 * The plan's entries beside what the screen and sheet need to show them:
 * the recommendation as today's result has it or, for an entry today's
 * answers no longer call for, as the content defines it. An entry whose id
 * the content no longer knows is not shown (it stays saved).
 */
import type { Content } from '../../core/content';
import { fundingFor, type FundingResult } from '../../core/funding';
import type { Plan, PlanEntry } from '../../core/plan';
import type { RecommendationResult, Result } from '../../core/result';

export interface PlanItem {
  readonly entry: PlanEntry;
  readonly rec: RecommendationResult;
  /** Whether today's answers call for it. */
  readonly selected: boolean;
  readonly funding: readonly FundingResult[];
}

export function allRecommendations(result: Result): RecommendationResult[] {
  const { top, next, others } = result.recommendations;
  return [...top, ...next, ...others];
}

function fromContent(content: Content, id: string): RecommendationResult | null {
  const rec = content.recommendations.find((r) => r.id === id);
  if (!rec) return null;
  const { id: recId, dimension, rank, priority, effort, steps, source } = rec;
  const resources = rec.resources.flatMap((r) => content.resources.find((x) => x.id === r) ?? []);
  return { id: recId, dimension, rank, priority, effort, steps, because: [], resources, ...(source ? { source } : {}) };
}

export function planItems(plan: Plan, result: Result, content: Content): PlanItem[] {
  const selected = new Map(allRecommendations(result).map((r) => [r.id, r]));
  return plan.flatMap((entry) => {
    const rec = selected.get(entry.id) ?? fromContent(content, entry.id);
    return rec ? [{ entry, rec, selected: selected.has(entry.id), funding: fundingFor(entry.id, content.funding ?? [], content.resources) }] : [];
  });
}

/** The two themes with the highest scores (above 0), the data's order on a tie: "vos points forts". */
export function strongest(result: Result): Result['dimensions'] {
  return [...result.dimensions].filter((d) => d.score > 0).sort((a, b) => b.score - a.score).slice(0, 2);
}
