/**
 * What became of an earlier plan: for each action planned then, whether it
 * is done, under way or not started, judged on the current plan when the
 * user has started one and the action is in it, else on what the earlier
 * file said (an untouched plan only lists today's priorities, all "à faire").
 */
import { MAX_PLAN_ENTRIES, type Plan, type PlanEntry, type PlanStatus } from './plan';

export type FollowUpOutcome = 'done' | 'inProgress' | 'notStarted';

export interface FollowUpItem {
  readonly id: string;
  readonly outcome: FollowUpOutcome;
  /** The entry as it was planned then (owner, target, note). */
  readonly earlier: PlanEntry;
  /** Whether it is in the current plan. */
  readonly inPlan: boolean;
  /** Whether today's answers still call for it (false: the answers moved past it). */
  readonly stillRecommended: boolean;
}

const OUTCOME: Readonly<Record<PlanStatus, FollowUpOutcome>> = { done: 'done', doing: 'inProgress', todo: 'notStarted' };

/** `recommended`: the ids today's answers select (priorities, next ones and the rest). */
/** `current`: the plan shown today; `started`: whether the user changed it yet. */
export function followUp(earlier: Plan, current: Plan, recommended: ReadonlySet<string>, started = true): FollowUpItem[] {
  return earlier.map((entry) => {
    const now = current.find((e) => e.id === entry.id);
    return {
      id: entry.id,
      outcome: OUTCOME[(started && now ? now : entry).status],
      earlier: entry,
      inPlan: now !== undefined,
      stillRecommended: recommended.has(entry.id),
    };
  });
}

/** The earlier actions not done and not yet in the current plan, as they were planned. */
export function unfinished(items: readonly FollowUpItem[]): PlanEntry[] {
  return items.filter((i) => i.outcome !== 'done' && !i.inPlan).map((i) => i.earlier);
}

/** The current plan with the unfinished earlier actions appended (owner, target, status and note kept). */
export function carryOver(current: Plan, items: readonly FollowUpItem[]): Plan {
  const add = unfinished(items).filter((e) => !current.some((c) => c.id === e.id));
  return add.length === 0 ? current : [...current, ...add].slice(0, Math.max(current.length, MAX_PLAN_ENTRIES));
}
