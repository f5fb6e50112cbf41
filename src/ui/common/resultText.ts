/**
 * The wording of a result that the screen and the printed sheet both show,
 * built once: where the structure stands against one of the study's figures,
 * and a recommendation's first steps.
 */
import type { TFunction } from 'i18next';
import type { IndicatorResult, RecommendationResult } from '../../core/result';
import type { Formatters } from '../../i18n/format';

export interface IndicatorText {
  /** The study's figure as published, e.g. "En 2021, 70 % des SIAE interrogées…". */
  readonly statement: string;
  /** Where the structure's answers put it, or that they cannot tell. */
  readonly position: string;
  readonly source: string;
}

export function indicatorText(indicator: IndicatorResult, t: TFunction, fmt: Formatters): IndicatorText {
  const base = `study:indicators.${indicator.id}`;
  const s = indicator.source;
  return {
    statement: t(`${base}.statement`, { value: fmt.percent(indicator.value) }),
    // What the structure answered, apart from the figure (never a complement of it).
    position: t(`${base}.${indicator.position}`),
    source: t('results.source', { publisher: s.publisher, date: s.date, count: s.sampleSize ?? 0 }),
  };
}

/** The first steps of a recommendation, as many as its data says (checked against the wording by the content tests). */
export function recommendationSteps(rec: RecommendationResult, t: TFunction): string[] {
  return Array.from({ length: rec.steps }, (_, i) => t(`recommendations:${rec.id}.steps.${i}`));
}
