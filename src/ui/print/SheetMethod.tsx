import type { Result } from '../../core/result';
import { useWidget } from '../context';

/** Page 2: what to check and with whom, then the method note with the study's reference. */
export function SheetMethod({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const source = result.indicators[0]?.source;
  return (
    <>
      {result.dontKnow.length > 0 && (
        <section>
          <h2>{t('results.dontKnowTitle', { count: result.dontKnow.length })}</h2>
          <ul class="sheet__dk">
            {result.dontKnow.map((item) => (
              <li key={item.question}>
                {t(`questionnaire:questions.${item.question}.label`)}
                {item.askWho && <span class="sheet__muted"> ({t(`results.askWho.${item.askWho}`)})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="sheet__method">
        <h2>{t('sheet.methodTitle')}</h2>
        <p>{t('study:study.method')}</p>
        {source && (
          <p class="sheet__muted">
            {t('sheet.reference', { publisher: source.publisher, title: source.title, date: source.date, count: source.sampleSize ?? 0 })}
            {source.url && ` ${source.url}`}
          </p>
        )}
      </section>
    </>
  );
}
