/**
 * The journey as a list of step ids: welcome, profile, one step per
 * dimension, review, results. "Étape n sur N" counts profile to review.
 */
import type { Questionnaire } from '../core/questionnaire';

export const dimensionStep = (dimension: string): string => `dim:${dimension}`;

export function stepList(questionnaire: Questionnaire): string[] {
  return ['welcome', 'profile', ...questionnaire.dimensions.map((d) => dimensionStep(d.id)), 'review', 'results'];
}

/** 1-based position among numbered steps, and their count; null outside them. */
export function stepPosition(questionnaire: Questionnaire, step: string): { index: number; total: number } | null {
  const numbered = stepList(questionnaire).slice(1, -1);
  const index = numbered.indexOf(step);
  return index < 0 ? null : { index: index + 1, total: numbered.length };
}

export function neighbours(questionnaire: Questionnaire, step: string): { previous: string | null; next: string | null } {
  const list = stepList(questionnaire);
  const i = list.indexOf(step);
  return { previous: i > 0 ? (list[i - 1] ?? null) : null, next: i >= 0 && i < list.length - 1 ? (list[i + 1] ?? null) : null };
}

export function isKnownStep(questionnaire: Questionnaire, step: string): boolean {
  return step === 'shared' || step === 'team' || step === 'invited' || stepList(questionnaire).includes(step);
}
