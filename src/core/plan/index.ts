/** The action plan: model, reading from outside, follow-up of an earlier plan. */
export * from './plan';
export { parsePlan, type ParsedPlan } from './parsePlan';
export { carryOver, followUp, unfinished, type FollowUpItem, type FollowUpOutcome } from './followUp';
