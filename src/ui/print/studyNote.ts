import type { TFunction } from 'i18next';
import type { DimensionResult, Result } from '../../core/result';
import type { Formatters } from '../../i18n/format';
import { indicatorText } from '../common/resultText';

/**
 * One line per dimension on the sheet, under its score: never the study's
 * figure itself (it would read as a comparison with the 0–100 score), but a
 * pointer to the study's own section, else its finding, else "no figure".
 */
export function studyNote(d: DimensionResult, result: Result, t: TFunction, fmt: Formatters): string {
  const indicator = result.indicators.find((i) => i.dimension === d.id);
  if (indicator) return t('sheet.figureBelow');
  if (d.average) return t('results.average', { value: fmt.number(d.average.value) });
  const finding = d.findings[0];
  return finding ? t(`study:findings.${finding.id}`) : t('study:study.noFigure');
}
