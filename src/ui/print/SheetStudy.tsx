import type { Result } from '../../core/result';
import { useWidget } from '../context';

/** The study's three figures, where the structure stands, and each source. */
export function SheetStudy({ result }: { readonly result: Result }) {
  const { t, fmt } = useWidget();
  return (
    <section>
      <h2>{t('results.studyTitle')}</h2>
      <ul class="sheet__indicators">
        {result.indicators.map((i) => {
          const base = `study:indicators.${i.id}`;
          return (
            <li key={i.id}>
              <strong>{t(`${base}.statement`, { value: fmt.percent(i.value) })}</strong>{' '}
              {t(`${base}.${i.position}`)}{' '}
              <span class="sheet__muted">
                {t('results.source', { publisher: i.source.publisher, date: i.source.date, count: i.source.sampleSize ?? 0 })}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="sheet__muted">{t('sheet.noFigureElsewhere')}</p>
    </section>
  );
}
