import type { IndicatorResult } from '../../core/result';
import { useWidget } from '../context';

/** Where the structure stands against one of the study's figures, with its source. */
export function IndicatorLine({ indicator }: { readonly indicator: IndicatorResult }) {
  const { t, fmt } = useWidget();
  const base = `study:indicators.${indicator.id}`;
  const s = indicator.source;
  return (
    <div class={`sd-indicator sd-indicator--${indicator.position}`}>
      <p class="sd-indicator__statement">{t(`${base}.statement`, { value: fmt.percent(indicator.value) })}</p>
      <p class="sd-indicator__position">
        {t(`${base}.${indicator.position}`)}
      </p>
      <p class="sd-source">
        {t('results.source', { publisher: s.publisher, date: s.date, count: s.sampleSize ?? 0 })}
      </p>
    </div>
  );
}
