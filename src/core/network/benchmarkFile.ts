/**
 * The benchmark file a network publishes for the widget (`benchmark` option
 * or `benchmark-src`): the median of each dimension, overall and per
 * structure type, for groups of at least the threshold only. Each figure
 * carries its source: the network's name as typed, the period in months,
 * the number of structures and the method.
 */
import type { DimensionAverage, Source } from '../benchmark';
import type { GroupFigures, NetworkSummary } from './aggregate';

export interface BenchmarkFile {
  readonly version: string;
  readonly dimensionAverages: readonly DimensionAverage[];
}

export interface PublishOptions {
  /** The network's name as typed (trimmed, control characters removed, 120 at most). */
  readonly publisher: string;
  readonly title: string;
  /** Wording of the method for n structures, e.g. "médiane des diagnostics de 37 structures". */
  readonly method: (n: number) => string;
  /** Month of publication, "YYYY-MM". */
  readonly reviewedAt: string;
}

export function cleanName(name: string): string {
  return Array.from(name.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/ {2,}/g, ' ').trim()).slice(0, 120).join('').trim();
}

function averagesOf(group: GroupFigures, type: string | null, base: Omit<Source, 'sampleSize' | 'method'>, method: (n: number) => string): DimensionAverage[] {
  if (group.n === null) return [];
  const source: Source = { ...base, sampleSize: group.n, method: method(group.n) };
  return group.dimensions.flatMap((d) => {
    if (d.stats === null) return [];
    const value = Math.round(d.stats.median);
    return [type === null ? { dimension: d.id, value, source } : { dimension: d.id, value, structureType: type, source }];
  });
}

/** Null when there is nothing to publish: no name, or no group large enough. */
export function toBenchmarkFile(summary: NetworkSummary, options: PublishOptions): BenchmarkFile | null {
  const publisher = cleanName(options.publisher);
  if (publisher === '' || summary.period === null || summary.all.n === null) return null;
  const { from, to } = summary.period;
  const base = { publisher, title: cleanName(options.title), date: from === to ? to : `${from}/${to}`, reviewedAt: options.reviewedAt };
  const dimensionAverages = [
    ...averagesOf(summary.all, null, base, options.method),
    // Structures without a type form no type group of their own.
    ...summary.types.filter((g) => g.type !== null).flatMap((g) => averagesOf(g, g.type, base, options.method)),
  ];
  return { version: `network-${to}`, dimensionAverages };
}
