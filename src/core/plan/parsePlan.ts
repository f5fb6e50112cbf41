/**
 * Reads a plan from outside (saved state, export file, share link) without
 * ever throwing: every entry is rebuilt from its cleaned fields, a bad entry
 * is dropped and counted, a duplicate id keeps its first entry.
 */
import { isRecord, own } from '../transfer/sanitize';
import { cleanMonth, cleanText, isPlanStatus, MAX_NOTE, MAX_OWNER, MAX_PLAN_ENTRIES, PLAN_ID, type Plan, type PlanEntry } from './plan';

export interface ParsedPlan {
  /** Null when there was no plan at all (the user never started one). */
  readonly plan: Plan | null;
  readonly dropped: number;
}

function parseEntry(raw: unknown): PlanEntry | null {
  if (!isRecord(raw)) return null;
  const id = own(raw, 'id');
  if (typeof id !== 'string' || !PLAN_ID.test(id)) return null;
  const status = own(raw, 'status');
  return {
    id,
    owner: cleanText(own(raw, 'owner'), MAX_OWNER),
    target: cleanMonth(own(raw, 'target')),
    status: isPlanStatus(status) ? status : 'todo',
    note: cleanText(own(raw, 'note'), MAX_NOTE),
  };
}

export function parsePlan(raw: unknown): ParsedPlan {
  if (raw === null || raw === undefined) return { plan: null, dropped: 0 };
  if (!Array.isArray(raw)) return { plan: null, dropped: 1 };
  const plan: PlanEntry[] = [];
  let dropped = 0;
  for (const item of raw.slice(0, MAX_PLAN_ENTRIES)) {
    const entry = parseEntry(item);
    if (entry === null || plan.some((e) => e.id === entry.id)) dropped += 1;
    else plan.push(entry);
  }
  return { plan, dropped: dropped + Math.max(0, raw.length - MAX_PLAN_ENTRIES) };
}
