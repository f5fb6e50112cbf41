import type { Result } from '../../core/result';
import { indicatorText } from '../common/resultText';
import { useWidget } from '../context';

/** The study's three figures, where the structure stands, and each source. */
export function SheetStudy({ result }: { readonly result: Result }) {
  const { t, fmt } = useWidget();
  return (
    <section>
      <h2>{t('results.studyTitle')}</h2>
      <ul class="sheet__indicators">
        {result.indicators.map((i) => {
          const text = indicatorText(i, t, fmt);
          return (
            <li key={i.id}>
              <strong>{text.statement}</strong> {text.position} <span class="sheet__muted">{text.source}</span>
            </li>
          );
        })}
      </ul>
      <p class="sheet__muted">{t('sheet.noFigureElsewhere')}</p>
    </section>
  );
}
