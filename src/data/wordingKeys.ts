/**
 * The wording keys the content implies, per namespace: the contract between
 * the data (ids) and `locales/<lng>/*.json`. The validator checks a language
 * against it; views can rely on every key listed here existing.
 */
import type { Benchmark } from '../core/benchmark';
import { LEVEL_UPPER_BOUNDS } from '../core/levels';
import type { Questionnaire } from '../core/questionnaire';
import type { Recommendation } from '../core/recommendations';

/** A text, possibly required to contain placeholders, or a list of texts. */
export type ExpectedWording =
  | { readonly kind: 'text'; readonly placeholders: readonly string[] }
  | { readonly kind: 'list'; readonly length: number };

export type WordingNamespace = 'questionnaire' | 'recommendations' | 'study';

export const WORDING_NAMESPACES: readonly WordingNamespace[] = ['questionnaire', 'recommendations', 'study'];

const text = (...placeholders: string[]): ExpectedWording => ({ kind: 'text', placeholders });

export function expectedWording(
  questionnaire: Questionnaire,
  benchmark: Benchmark,
  recommendations: readonly Recommendation[],
): Record<WordingNamespace, Map<string, ExpectedWording>> {
  const q = new Map<string, ExpectedWording>();
  for (const d of questionnaire.dimensions) {
    q.set(`dimensions.${d.id}.title`, text());
    q.set(`dimensions.${d.id}.intro`, text());
  }
  for (const question of questionnaire.questions) {
    q.set(`questions.${question.id}.label`, text());
    if (question.help) q.set(`questions.${question.id}.help`, text());
    // No key for "je ne sais pas": the UI has one common label for it.
    for (const o of question.options) q.set(`questions.${question.id}.options.${o.id}`, text());
  }
  for (const p of questionnaire.profile) {
    q.set(`profile.${p.id}.label`, text());
    for (const o of p.options) q.set(`profile.${p.id}.options.${o.id}`, text());
  }
  for (const level of Object.keys(LEVEL_UPPER_BOUNDS)) {
    q.set(`levels.${level}.name`, text());
    q.set(`levels.${level}.meaning`, text());
  }

  const r = new Map<string, ExpectedWording>();
  for (const rec of recommendations) {
    r.set(`${rec.id}.title`, text());
    r.set(`${rec.id}.why`, text());
    r.set(`${rec.id}.steps`, { kind: 'list', length: rec.steps });
  }

  const s = new Map<string, ExpectedWording>([
    ['study.title', text()],
    ['study.method', text()],
    ['study.noFigure', text()],
  ]);
  for (const ind of benchmark.indicators) {
    // The UI passes an already formatted percent ("70 %") into these.
    s.set(`indicators.${ind.id}.statement`, text('value'));
    // What the structure answered, worded apart: never a complement of the figure.
    s.set(`indicators.${ind.id}.in`, text());
    s.set(`indicators.${ind.id}.out`, text());
    s.set(`indicators.${ind.id}.unknown`, text());
  }
  for (const f of benchmark.findings) s.set(`findings.${f.id}`, text());

  return { questionnaire: q, recommendations: r, study: s };
}

/** Leaves of a nested wording object as dotted paths; arrays are leaves. */
export function flattenWording(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [path, leaf] of flattenWording(v, prefix ? `${prefix}.${k}` : k)) out.set(path, leaf);
    }
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}
