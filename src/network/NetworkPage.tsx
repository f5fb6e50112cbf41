/**
 * The network page: inputs in, counts, figures per dimension and per
 * structure type, rejections, and publishing. Everything is derived from
 * the collected diagnostics with the core; nothing is sent anywhere.
 */
import { useMemo, useState } from 'preact/hooks';
import { aggregate, collect, EMPTY_COLLECTION, type Collected } from '../core/network';
import { withLegacyLayouts } from '../data/legacyLayouts';
import { questionnaire } from '../data/questionnaire';
import { ByType } from './ByType';
import { usePage } from './context';
import { Counts } from './Counts';
import { Chart, FiguresTable, rowsOf } from './Figures';
import { InputPanel, type RawInput } from './InputPanel';
import { Publish } from './Publish';
import { Rejected } from './Rejected';

export function NetworkPage({ onLanguage }: { readonly onLanguage: () => void }) {
  const { t, lng } = usePage();
  const [held, setHeld] = useState<Collected>(EMPTY_COLLECTION);
  const [name, setName] = useState('');
  const [threshold, setThreshold] = useState('5');
  const [read, setRead] = useState('');
  const summary = useMemo(() => aggregate(questionnaire, held.entries, threshold), [held, threshold]);
  const add = (inputs: RawInput[]) => {
    setHeld((h) => collect(h, inputs, withLegacyLayouts(questionnaire)));
    setRead(t('input.added', { count: inputs.length }));
  };
  const rows = rowsOf(summary.all, t);
  return (
    <main class="nw-page">
      <p class="nw-lang nw-noprint">
        <button type="button" class="nw-secondary" lang={lng === 'fr' ? 'en' : 'fr'} aria-label={t('page.languageLabel')} onClick={onLanguage}>
          {t('page.language')}
        </button>
      </p>
      <h1>{name.trim() ? t('report.title', { name: name.trim() }) : t('page.title')}</h1>
      <p class="nw-noprint">{t('page.intro')}</p>
      <p class="nw-printonly">{t('report.meta', { date: new Date().toLocaleDateString(lng, { month: 'long', year: 'numeric' }), count: summary.total })}</p>
      <InputPanel onInputs={add} onClear={() => (setHeld(EMPTY_COLLECTION), setRead(''))} />
      <p role="status" class="nw-noprint">{read}</p>
      <Counts summary={summary} rejected={held.rejected.length} />
      <Rejected rejected={held.rejected} />
      {summary.total > 0 && (
        <section aria-labelledby="nw-figures-title">
          <h2 id="nw-figures-title">{t('figures.title')}</h2>
          {summary.all.n === null ? (
            <p>{t('figures.tooFew', { count: summary.threshold })}</p>
          ) : (
            <>
              <p>{t('figures.method', { count: summary.all.n, version: questionnaire.version })}</p>
              <Chart rows={rows} label={t('figures.chartLabel')} />
              <FiguresTable rows={rows} caption={t('figures.caption')} />
            </>
          )}
        </section>
      )}
      {summary.total > 0 && <ByType summary={summary} />}
      <Publish summary={summary} name={name} onName={setName} threshold={threshold} onThreshold={setThreshold} />
    </main>
  );
}
