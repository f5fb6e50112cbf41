/**
 * Three-way merge of saved diagnostics, for two tabs (or two instances)
 * writing under one key: what each side changed since the last state both
 * knew is kept. Only the same answer changed to two different values cannot
 * be merged: the other side's is kept and the conflict is counted, so the
 * widget can say so.
 */
import type { AnswerValue } from '../core/questionnaire';
import type { SavedState } from './savedState';

type Values = Readonly<Record<string, AnswerValue>>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function mergeValue<T>(base: T, ours: T, theirs: T, conflicts: string[], key: string, oursWins = false): T {
  if (same(ours, theirs) || same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  conflicts.push(key);
  return oursWins ? ours : theirs;
}

function mergeRecords(base: Values, ours: Values, theirs: Values, conflicts: string[], prefix: string, oursWins: boolean): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);
  for (const key of keys) {
    const value = mergeValue(base[key], ours[key], theirs[key], conflicts, prefix + key, oursWins);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** ISO dates sort as text; null is "none". */
const pick = (a: string | null, b: string | null, later: boolean) => (a === null ? b : b === null || a > b === later ? a : b);

export interface Merged {
  readonly state: SavedState;
  /** Answers (profile ones as `profile.<id>`) changed on both sides; the other side's was kept. */
  readonly conflicts: readonly string[];
}

/**
 * `theirs === null` means the other side erased everything: only what we
 * changed since `base` survives. Our step and language stay ours. On a
 * conflict the side saved last wins: theirs, unless `oursWins` (we write now).
 */
export function mergeSaved(base: SavedState | null, ours: SavedState, theirs: SavedState | null, oursWins = false): Merged {
  const conflicts: string[] = [];
  const b = base ?? { profile: {}, answers: {}, structureName: '', earlier: null, plan: null };
  const t = theirs ?? { ...ours, profile: {}, answers: {}, structureName: '', earlier: null, plan: null, startedAt: null, updatedAt: null };
  const state: SavedState = {
    ...ours,
    profile: mergeRecords(b.profile, ours.profile, t.profile, conflicts, 'profile.', oursWins),
    answers: mergeRecords(b.answers, ours.answers, t.answers, conflicts, '', oursWins),
    structureName: mergeValue(b.structureName, ours.structureName, t.structureName, conflicts, 'structureName', oursWins),
    earlier: mergeValue(b.earlier, ours.earlier, t.earlier, conflicts, 'earlier', oursWins),
    // The plan merges as one value: two tabs editing it at once keep the last saved.
    plan: mergeValue(b.plan, ours.plan, t.plan, conflicts, 'plan', oursWins),
    startedAt: theirs === null ? ours.updatedAt : pick(ours.startedAt, t.startedAt, false),
    updatedAt: pick(ours.updatedAt, t.updatedAt, true),
  };
  return { state, conflicts };
}
