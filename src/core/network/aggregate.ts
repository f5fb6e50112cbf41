/**
 * The network's figures from its members' diagnostics. Privacy: a group of
 * fewer than `threshold` structures (never below 5) yields no value at all,
 * not even its count; nothing finer than a month is kept.
 */
import type { DimensionId, Questionnaire } from '../questionnaire';
import type { NetworkEntry } from './readInput';
import { statsOf, type Stats } from './stats';
import { MIN_GROUP } from './validateBenchmark';

export { MIN_GROUP };

export interface GroupFigures {
  /** Null when the group is under the threshold: its count is not shown either. */
  readonly n: number | null;
  readonly overall: Stats | null;
  readonly dimensions: readonly { readonly id: DimensionId; readonly stats: Stats | null }[];
}

export interface Count<K> {
  readonly key: K;
  /** Null when under the threshold. */
  readonly n: number | null;
}

export interface NetworkSummary {
  readonly threshold: number;
  readonly total: number;
  readonly byType: readonly Count<string | null>[];
  readonly byMonth: readonly Count<string | null>[];
  /** First and last month of the dated diagnostics. */
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly all: GroupFigures;
  readonly types: readonly (GroupFigures & { readonly type: string | null })[];
}

/** An integer ≥ 5: anything lower, fractional or not a number becomes 5 (or its floor). */
export function safeThreshold(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) && n > MIN_GROUP ? Math.min(Math.floor(n), 1_000_000) : MIN_GROUP;
}

function figures(questionnaire: Questionnaire, entries: readonly NetworkEntry[], threshold: number): GroupFigures {
  const shown = entries.length >= threshold;
  const score = (e: NetworkEntry, id: DimensionId): number => (Object.prototype.hasOwnProperty.call(e.dimensions, id) ? (e.dimensions[id] ?? NaN) : NaN);
  return {
    n: shown ? entries.length : null,
    overall: shown ? statsOf(entries.map((e) => e.overall)) : null,
    dimensions: questionnaire.dimensions.map((d) => ({ id: d.id, stats: shown ? statsOf(entries.map((e) => score(e, d.id))) : null })),
  };
}

function groupBy<K>(entries: readonly NetworkEntry[], keyOf: (e: NetworkEntry) => K): Map<K, NetworkEntry[]> {
  const groups = new Map<K, NetworkEntry[]>();
  for (const e of entries) groups.set(keyOf(e), [...(groups.get(keyOf(e)) ?? []), e]);
  return groups;
}

/** Types in questionnaire order, then "no type"; months in order, undated last. */
export function aggregate(questionnaire: Questionnaire, entries: readonly NetworkEntry[], threshold: unknown = MIN_GROUP): NetworkSummary {
  const min = safeThreshold(threshold);
  const typeOrder = questionnaire.profile.find((p) => p.id === 'structureType')?.options.map((o) => o.id) ?? [];
  const rank = (t: string | null): number => (t === null ? Infinity : typeOrder.indexOf(t) === -1 ? typeOrder.length : typeOrder.indexOf(t));
  const byType = [...groupBy(entries, (e) => e.structureType)].sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
  const byMonth = [...groupBy(entries, (e) => e.month)].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const months = byMonth.map(([m]) => m).filter((m): m is string => m !== null);
  const count = <K>([key, list]: [K, NetworkEntry[]]): Count<K> => ({ key, n: list.length >= min ? list.length : null });
  return {
    threshold: min,
    total: entries.length,
    byType: byType.map(count),
    byMonth: byMonth.map(count),
    period: months.length ? { from: months[0] as string, to: months[months.length - 1] as string } : null,
    all: figures(questionnaire, entries, min),
    types: byType.map(([type, list]) => ({ type, ...figures(questionnaire, list, min) })),
  };
}
