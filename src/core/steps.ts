/**
 * The journey as a list of step ids: welcome, profile, one step per
 * dimension, review, results; and the shared results of a link, outside
 * the journey. "Étape n sur N" counts profile to review.
 */
import type { DimensionId, Questionnaire } from './questionnaire';

export type DimensionStepId = `dim:${DimensionId}`;
/** `team`: the starter's team view; `invited`: a colleague's landing (shown while an invitation is open). */
export type Step = 'welcome' | 'profile' | DimensionStepId | 'review' | 'results' | 'shared' | 'team' | 'invited';

const DIMENSION_PREFIX = 'dim:';
const FIXED_STEPS: readonly string[] = ['welcome', 'profile', 'review', 'results', 'shared', 'team'];

export const dimensionStep = (dimension: DimensionId): DimensionStepId => `dim:${dimension}`;

/** The dimension a step asks about, or null for the other steps. */
export function dimensionOfStep(step: Step): DimensionId | null {
  return step.startsWith(DIMENSION_PREFIX) ? step.slice(DIMENSION_PREFIX.length) : null;
}

/** A value read from outside (saved state) as a step id, or null (which dimensions exist is checked by `isKnownStep`). */
export function asStep(value: unknown): Step | null {
  if (typeof value !== 'string') return null;
  return FIXED_STEPS.includes(value) || value.startsWith(DIMENSION_PREFIX) ? (value as Step) : null;
}

export function stepList(questionnaire: Questionnaire): Step[] {
  return ['welcome', 'profile', ...questionnaire.dimensions.map((d) => dimensionStep(d.id)), 'review', 'results'];
}

/** 1-based position among numbered steps, and their count; null outside them. */
export function stepPosition(questionnaire: Questionnaire, step: Step): { index: number; total: number } | null {
  const numbered = stepList(questionnaire).slice(1, -1);
  const index = numbered.indexOf(step);
  return index < 0 ? null : { index: index + 1, total: numbered.length };
}

export function neighbours(questionnaire: Questionnaire, step: Step): { previous: Step | null; next: Step | null } {
  const list = stepList(questionnaire);
  const i = list.indexOf(step);
  return { previous: i > 0 ? (list[i - 1] ?? null) : null, next: i >= 0 && i < list.length - 1 ? (list[i + 1] ?? null) : null };
}

export function isKnownStep(questionnaire: Questionnaire, step: Step): boolean {
  return step === 'shared' || step === 'team' || step === 'invited' || stepList(questionnaire).includes(step);
}
