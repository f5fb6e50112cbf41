/**
 * A network's median beside a dimension, with its source: set apart from
 * the 2021 study (own wording, own style), per structure type when the
 * network's file has one for the user's type.
 */
import type { AverageRef } from '../../core/result';
import { useWidget } from '../context';

/** "2026-03/2027-01" → "2026–2027"; "2027-01" → "2027". */
export const years = (date: string): string => [...new Set(date.split('/').map((d) => d.slice(0, 4)))].join('–');

/** The source line; the sheet prints it once, under its table. */
export function NetworkSource({ average }: { readonly average: AverageRef }) {
  const { t } = useWidget();
  const s = average.source;
  return <span class="sd-source">{t('results.networkSource', { publisher: s.publisher, title: s.title, method: s.method ?? '' })}</span>;
}

/** `inline`: one span without the source, for the sheet's dimension notes. */
export function NetworkFigure({ average, inline }: { readonly average: AverageRef; readonly inline?: boolean }) {
  const { t, fmt } = useWidget();
  const s = average.source;
  const type = average.structureType ? t(`questionnaire:profile.structureType.options.${average.structureType}`) : '';
  const figure = t(type ? 'results.networkTypeFigure' : 'results.networkFigure', { publisher: s.publisher, type, value: fmt.number(average.value), count: s.sampleSize ?? 0, date: years(s.date) });
  if (inline) return <span class="sd-network">{figure}</span>;
  return (
    <p class="sd-network">
      {figure} <NetworkSource average={average} />
    </p>
  );
}
