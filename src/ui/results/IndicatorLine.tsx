import type { IndicatorResult } from '../../core/result';
import { indicatorText } from '../common/resultText';
import { useWidget } from '../context';

/** Where the structure stands against one of the study's figures, with its source. */
export function IndicatorLine({ indicator }: { readonly indicator: IndicatorResult }) {
  const { t, fmt } = useWidget();
  const text = indicatorText(indicator, t, fmt);
  return (
    <div class={`sd-indicator sd-indicator--${indicator.position}`}>
      <p class="sd-indicator__statement">{text.statement}</p>
      <p class="sd-indicator__position">{text.position}</p>
      <p class="sd-source">{text.source}</p>
    </div>
  );
}
