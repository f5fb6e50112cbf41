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

function sourceOf(raw: unknown): Source | string {
  if (!isRecord(raw)) return 'no source';
  const publisher = text(own(raw, 'publisher'), 120);
  const title = text(own(raw, 'title'), 200);
  const date = text(own(raw, 'date'), 20);
  const reviewedAt = text(own(raw, 'reviewedAt'), 10);
  const n = own(raw, 'sampleSize');
  if (!publisher || !title) return 'source without publisher or title';
  if (!date || !PERIOD.test(date) || !reviewedAt || !DAY_OR_MONTH.test(reviewedAt)) return 'source without a valid date';
  if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_GROUP || n > 1_000_000) return `sample size under ${MIN_GROUP} or not a count`;
  const url = own(raw, 'url');
  const method = own(raw, 'method');
  if (url !== undefined && (typeof url !== 'string' || !/^https:\/\/[^\s]{1,300}$/.test(url))) return 'url not https';
  const m = method === undefined ? undefined : text(method, 200);
  if (m === null) return 'method not a short text';
  return { publisher, title, date, sampleSize: n, reviewedAt, ...(url === undefined ? {} : { url }), ...(m === undefined ? {} : { method: m }) };
}

function averageOf(raw: unknown, dimensions: ReadonlySet<string>, types: ReadonlySet<string>): DimensionAverage | string {
  if (!isRecord(raw)) return 'not an object';
  const dimension = own(raw, 'dimension');
  const value = own(raw, 'value');
  const type = own(raw, 'structureType');
  if (typeof dimension !== 'string' || !dimensions.has(dimension)) return 'unknown dimension';
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) return 'value not in 0–100';
  if (type !== undefined && (typeof type !== 'string' || !types.has(type))) return 'unknown structure type';
  const source = sourceOf(own(raw, 'source'));
  if (typeof source === 'string') return source;
  return type === undefined ? { dimension, value, source } : { dimension, value, structureType: type, source };
}

export function validateBenchmark(raw: unknown, questionnaire: Questionnaire): BenchmarkCheck {
  if (!isRecord(raw)) return { ok: false, problem: 'not an object' };
  const doc: PlainRecord = raw;
  const version = text(own(doc, 'version'), 40);
  const list = own(doc, 'dimensionAverages');
  if (!version) return { ok: false, problem: 'no version' };
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_AVERAGES) return { ok: false, problem: 'dimensionAverages not a list of 1 to 500' };
  const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
  const types = new Set(questionnaire.profile.find((p) => p.id === 'structureType')?.options.map((o) => o.id) ?? []);
  const seen = new Set<string>();
  const averages: DimensionAverage[] = [];
  for (const [i, item] of list.entries()) {
    const average = averageOf(item, dimensions, types);
    if (typeof average === 'string') return { ok: false, problem: `dimensionAverages[${i}]: ${average}` };
    const id = `${average.dimension}|${average.structureType ?? ''}`;
    if (seen.has(id)) return { ok: false, problem: `dimensionAverages[${i}]: given twice` };
    seen.add(id);
    averages.push(average);
  }
  return { ok: true, version, dimensionAverages: averages };
}
