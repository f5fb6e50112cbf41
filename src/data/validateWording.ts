/**
 * Checks one language's wording against the keys the content implies:
 * nothing missing or empty, lists of the right length, placeholders kept,
 * and no dangling key left behind by a renamed or removed id.
 */
import type { Benchmark } from '../core/benchmark';
import type { Questionnaire } from '../core/questionnaire';
import type { Recommendation } from '../core/recommendations';
import { expectedWording, flattenWording, WORDING_NAMESPACES } from './wordingKeys';

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

export function checkWording(
  wording: Readonly<Record<string, unknown>>,
  questionnaire: Questionnaire,
  benchmark: Benchmark,
  recommendations: readonly Recommendation[],
): string[] {
  const problems: string[] = [];
  const expected = expectedWording(questionnaire, benchmark, recommendations);
  // Other namespaces (e.g. the UI's own) are not the content's business.
  for (const ns of WORDING_NAMESPACES) {
    if (wording[ns] === undefined) {
      problems.push(`Wording: namespace "${ns}" is missing`);
      continue;
    }
    const actual = flattenWording(wording[ns]);
    for (const [key, want] of expected[ns]) {
      const where = `Wording ${ns}:${key}`;
      const value = actual.get(key);
      if (value === undefined) {
        problems.push(`${where} is missing`);
      } else if (want.kind === 'list') {
        if (!Array.isArray(value) || !value.every(isText)) problems.push(`${where} must be a list of non-empty texts`);
        else if (value.length !== want.length) problems.push(`${where} has ${value.length} items, expected ${want.length}`);
      } else if (!isText(value)) {
        problems.push(`${where} must be a non-empty text`);
      } else {
        for (const p of want.placeholders) {
          if (!value.includes(`{{${p}}}`)) problems.push(`${where} lacks the placeholder {{${p}}}`);
        }
      }
    }
    for (const key of actual.keys()) {
      if (!expected[ns].has(key)) problems.push(`Wording ${ns}:${key} is not used by the content (dangling)`);
    }
  }
  return problems;
}
