/**
 * The action plan: the structure's own follow-up of recommendations, one
 * entry per recommendation id, kept with the answers. Pure data: the views
 * word it, the store owns it. Every text is plain text (rendered as text,
 * never HTML), cleaned and cut to a code-point limit here.
 */
export const PLAN_STATUSES = ['todo', 'doing', 'done'] as const;
/** à faire / en cours / fait. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Who carries it: a first name or a role, not a biography. */
export const MAX_OWNER = 40;
export const MAX_NOTE = 200;
/** More than every recommendation there is; a file claiming more is not ours. */
export const MAX_PLAN_ENTRIES = 40;
/** Recommendation ids are short ASCII identifiers. */
export const PLAN_ID = /^[A-Za-z][A-Za-z0-9_]{0,59}$/;

export interface PlanEntry {
  /** A recommendation id. */
  readonly id: string;
  readonly owner: string;
  /** Target month "YYYY-MM", or "" when not set. */
  readonly target: string;
  readonly status: PlanStatus;
  readonly note: string;
}

export type Plan = readonly PlanEntry[];

export type PlanPatch = Partial<Pick<PlanEntry, 'owner' | 'target' | 'status' | 'note'>>;

export type PlanChange =
  | { readonly kind: 'add'; readonly id: string }
  | { readonly kind: 'remove'; readonly id: string }
  | { readonly kind: 'update'; readonly id: string; readonly patch: PlanPatch };

// Control characters, and bidirectional overrides that could make a printed name read backwards.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** One line of plain text: control and bidi characters become spaces, trimmed, at most `max` code points. */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  // Cut long pastes before the regex runs, then again by code point.
  const line = value.slice(0, max * 4).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(line).slice(0, max).join('').trim();
}

/** "YYYY-MM" between 2020-01 and 2099-12, else "". */
export function cleanMonth(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^(20[2-9]\d)-(0[1-9]|1[0-2])$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}` : '';
}

export function isPlanStatus(value: unknown): value is PlanStatus {
  return typeof value === 'string' && (PLAN_STATUSES as readonly string[]).includes(value);
}

export function newEntry(id: string): PlanEntry {
  return { id, owner: '', target: '', status: 'todo', note: '' };
}

/**
 * The plan the user sees: until they change anything (`plan` null), the
 * priority actions, nobody named yet.
 */
export function effectivePlan(plan: Plan | null, priorities: readonly string[]): Plan {
  return plan ?? priorities.filter((id) => PLAN_ID.test(id)).slice(0, MAX_PLAN_ENTRIES).map(newEntry);
}

function patched(entry: PlanEntry, patch: PlanPatch): PlanEntry {
  return {
    id: entry.id,
    owner: patch.owner === undefined ? entry.owner : cleanText(patch.owner, MAX_OWNER),
    target: patch.target === undefined ? entry.target : cleanMonth(patch.target),
    status: isPlanStatus(patch.status) ? patch.status : entry.status,
    note: patch.note === undefined ? entry.note : cleanText(patch.note, MAX_NOTE),
  };
}

/** The plan after one change; an add of an id already there, or of a bad id, changes nothing. */
export function applyPlanChange(plan: Plan, change: PlanChange): Plan {
  const has = plan.some((e) => e.id === change.id);
  switch (change.kind) {
    case 'add':
      return has || !PLAN_ID.test(change.id) || plan.length >= MAX_PLAN_ENTRIES ? plan : [...plan, newEntry(change.id)];
    case 'remove':
      return has ? plan.filter((e) => e.id !== change.id) : plan;
    case 'update':
      return has ? plan.map((e) => (e.id === change.id ? patched(e, change.patch) : e)) : plan;
  }
}
