/**
 * Order statistics of 0–100 scores: median and quartiles (linear
 * interpolation between ranks, as spreadsheets' QUARTILE.INC), and the
 * distribution over the four levels of the widget (0–25, 26–50, 51–75,
 * 76–100). No minimum or maximum: each is one structure's own score.
 */
import { LEVEL_UPPER_BOUNDS, levelOf } from '../levels';

export interface Stats {
  readonly n: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  /** Number of structures in each level, level 1 first. */
  readonly levels: readonly [number, number, number, number];
}

export const LEVEL_BOUNDS = [0, LEVEL_UPPER_BOUNDS[1], LEVEL_UPPER_BOUNDS[2], LEVEL_UPPER_BOUNDS[3], LEVEL_UPPER_BOUNDS[4]] as const;

const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const low = sorted[lo] ?? 0;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] ?? low;
  return oneDecimal(low + (high - low) * (at - lo));
}

/** Null for an empty list; values outside 0–100 or not finite are clamped or skipped by the caller. */
export function statsOf(values: readonly number[]): Stats | null {
  const sorted = values.filter((v) => Number.isFinite(v)).map((v) => Math.max(0, Math.min(100, v))).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const levels: [number, number, number, number] = [0, 0, 0, 0];
  for (const v of sorted) {
    const i = levelOf(v) - 1;
    levels[i] = (levels[i] ?? 0) + 1;
  }
  return { n: sorted.length, q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75), levels };
}
