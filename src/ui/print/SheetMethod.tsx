import type { Result } from '../../core/result';
import { useWidget } from '../context';

const WHO = ['direction', 'cip', 'supervisor', 'admin', ''] as const;

/** Page 2: what to check and with whom, then the method note with the study's reference. */
export function SheetMethod({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  const source = result.indicators[0]?.source;
  return (
    <>
      {result.dontKnow.length > 0 && (
        <section>
          <h2>{t('results.dontKnowTitle', { count: result.dontKnow.length })}</h2>
          {/* Grouped by whom to ask, so a long list stays on its page. */}
          {WHO.map((who) => {
            const items = result.dontKnow.filter((d) => (d.askWho ?? '') === who);
            if (items.length === 0) return null;
            return (
              <p key={who || 'other'} class="sheet__dk">
                {who && <strong>{t(`sheet.askWho.${who}`)} : </strong>}
                {items.map((d) => t(`questionnaire:questions.${d.question}.label`)).join(' · ')}
              </p>
            );
          })}
        </section>
      )}
      <section class="sheet__method">
        <h2>{t('sheet.methodTitle')}</h2>
        <p>{t('study:study.method')}</p>
        {source && (
          <p class="sheet__muted">
            {t('sheet.reference', { publisher: source.publisher, title: t('study:study.title'), date: source.date, count: source.sampleSize ?? 0 })}
            {source.url && ` ${source.url}`}
          </p>
        )}
      </section>
    </>
  );
}
