import type { TFunction } from 'i18next';
import type { DimensionResult, Result } from '../../core/result';
import type { Formatters } from '../../i18n/format';

/** One line per dimension on the sheet: the study's figure, else its finding, else "no figure" (a network's figure is shown apart). */
export function studyNote(d: DimensionResult, result: Result, t: TFunction, fmt: Formatters): string {
  const indicator = result.indicators.find((i) => i.dimension === d.id);
  if (indicator) return t(`study:indicators.${indicator.id}.statement`, { value: fmt.percent(indicator.value) });
  const finding = d.findings[0];
  return finding ? t(`study:findings.${finding.id}`) : t('study:study.noFigure');
}
