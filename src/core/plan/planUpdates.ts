/**
 * The plan's two changes as updates the store applies to what it holds
 * (`updatePlan`): the store stays the plan's one owner, while the rules
 * come with the results code that offers these changes, not on the first
 * screen.
 */
import { carryOver, followUp } from './followUp';
import { applyPlanChange, effectivePlan, type Plan, type PlanChange } from './plan';

/** From the saved plan (null: never changed) and the plan of the earlier diagnostic, the next plan. */
export type PlanUpdate = (plan: Plan | null, earlierPlan: Plan) => Plan | null;

/**
 * One change. `priorities`: today's priority actions, which the plan starts
 * from until its first change (then it is saved, even if that change was none).
 */
export const changedPlan =
  (change: PlanChange, priorities: readonly string[]): PlanUpdate =>
  (plan) => {
    const current = effectivePlan(plan, priorities);
    const next = applyPlanChange(current, change);
    return next !== current || plan === null ? next : plan;
  };

/** Appends the earlier plan's unfinished actions that are not in the plan yet. */
export const carriedOverPlan =
  (priorities: readonly string[]): PlanUpdate =>
  (plan, earlier) => {
    const started = plan !== null;
    // An untouched plan's entries are blank: an unfinished earlier one takes its place, with who, when and where it stood.
    const current = effectivePlan(plan, priorities).map((e) => (started ? e : (earlier.find((x) => x.id === e.id && x.status !== 'done') ?? e)));
    return carryOver(current, followUp(earlier, current, new Set(), started));
  };
