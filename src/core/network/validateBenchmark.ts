/**
 * Checks a benchmark that comes from outside (a partner's option or file):
 * only per-dimension averages are taken, each with a complete source and a
 * sample of at least 5 structures. Anything wrong refuses the whole file, so
 * the widget shows the study alone rather than half a benchmark. Never throws.
 */
import type { DimensionAverage, Source } from '../benchmark';
import type { Questionnaire } from '../questionnaire';
import { isRecord, own, type PlainRecord } from '../transfer/sanitize';

export type BenchmarkCheck =
  | { readonly ok: true; readonly version: string; readonly dimensionAverages: readonly DimensionAverage[] }
  | { readonly ok: false; readonly problem: string };

/** The smallest group whose figures may be shown or exported. */
export const MIN_GROUP = 5;
const MAX_AVERAGES = 500;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?(\/\d{4}(-(0[1-9]|1[0-2]))?)?$/;
const DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/;

/** A short printable text, or null. */
function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return clean === '' || clean.length > max ? null : clean;
}

/** The problem is named by the field that is wrong (a short text, for one console warning). */
function sourceOf(raw: unknown): Source | string {
  if (!isRecord(raw)) return 'source';
  const [publisher, title, date, reviewedAt] = (['publisher', 'title', 'date', 'reviewedAt'] as const).map((k) => text(own(raw, k), 200));
  const n = own(raw, 'sampleSize');
  const method = own(raw, 'method');
  const m = method === undefined ? undefined : text(method, 200);
  if (!publisher || !title || (publisher.length > 120)) return 'publisher, title';
  if (!PERIOD.test(date ?? '') || !DAY_OR_MONTH.test(reviewedAt ?? '')) return 'date, reviewedAt';
  // A figure of fewer than 5 structures could point at one of them.
  if (!Number.isInteger(n) || (n as number) < MIN_GROUP || (n as number) > 1e6) return 'sampleSize';
  if (m === null) return 'method';
  return { publisher, title, date: date as string, reviewedAt: reviewedAt as string, sampleSize: n as number, ...(m === undefined ? {} : { method: m }) };
}

function averageOf(raw: unknown, dimensions: ReadonlySet<string>, types: ReadonlySet<string>): DimensionAverage | string {
  if (!isRecord(raw)) return '';
  const dimension = own(raw, 'dimension');
  const value = own(raw, 'value');
  const type = own(raw, 'structureType');
  if (!dimensions.has(dimension as string)) return 'dimension';
  if (typeof value !== 'number' || !(value >= 0 && value <= 100)) return 'value';
  if (type !== undefined && !types.has(type as string)) return 'structureType';
  const source = sourceOf(own(raw, 'source'));
  if (typeof source === 'string') return source;
  return type === undefined ? { dimension: dimension as string, value, source } : { dimension: dimension as string, value, structureType: type as string, source };
}

export function validateBenchmark(raw: unknown, questionnaire: Questionnaire): BenchmarkCheck {
  if (!isRecord(raw)) return { ok: false, problem: 'not an object' };
  const doc: PlainRecord = raw;
  const version = text(own(doc, 'version'), 40);
  const list = own(doc, 'dimensionAverages');
  if (!version) return { ok: false, problem: 'version' };
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_AVERAGES) return { ok: false, problem: 'dimensionAverages' };
  const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
  const types = new Set(questionnaire.profile.find((p) => p.id === 'structureType')?.options.map((o) => o.id) ?? []);
  const seen = new Set<string>();
  const averages: DimensionAverage[] = [];
  for (const [i, item] of list.entries()) {
    const average = averageOf(item, dimensions, types);
    if (typeof average === 'string') return { ok: false, problem: `dimensionAverages[${i}] ${average}` };
    const id = `${average.dimension}|${average.structureType ?? ''}`;
    if (seen.has(id)) return { ok: false, problem: `dimensionAverages[${i}] twice` };
    seen.add(id);
    averages.push(average);
  }
  return { ok: true, version, dimensionAverages: averages };
}
