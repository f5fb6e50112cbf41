import { useMemo } from 'preact/hooks';
import { effectivePlan, type Plan } from '../../core/plan';
import type { Result } from '../../core/result';
import { useDiagnostic } from '../useDiagnostic';

export interface PlanView {
  /** What the user sees and what a file carries: the priority actions until the first change. */
  readonly plan: Plan;
  /** Today's priority actions, which the store starts the plan from. */
  readonly priorities: readonly string[];
  /** Whether the user changed anything yet. */
  readonly started: boolean;
}

/** The user's plan, derived from the store and today's result. */
export function useOwnPlan(result: Result): PlanView {
  const stored = useDiagnostic((s) => s.plan);
  const top = result.recommendations.top;
  return useMemo(() => {
    const priorities = top.map((r) => r.id);
    return { plan: effectivePlan(stored, priorities), priorities, started: stored !== null };
  }, [stored, top]);
}
