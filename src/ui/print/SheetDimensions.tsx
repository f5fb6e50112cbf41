/**
 * The sheet's table of themes: score, bar, level, and the network's median
 * as a column when the partner gave a benchmark (one line of source under
 * the table, so page 1 still fits). A theme without a study figure says so
 * in a note row; the study's figures have their own section.
 */
import { Fragment } from 'preact';
import type { Result } from '../../core/result';
import { NetworkSource, years } from '../common/NetworkFigure';
import { ScoreBar } from '../common/ScoreBar';
import { useWidget } from '../context';
import { studyNote } from './studyNote';

export function SheetDimensions({ result }: { readonly result: Result }) {
  const { t, fmt } = useWidget();
  const network = result.dimensions.find((d) => d.average)?.average;
  const columns = network ? 5 : 4;
  const hasFigure = (id: string) => result.indicators.some((i) => i.dimension === id);
  const type = network?.structureType ? t(`questionnaire:profile.structureType.options.${network.structureType}`) : '';
  return (
    <section>
      <h2>{t('results.dimensionsTitle')}</h2>
      <table class="sheet__dimensions">
        <thead>
          <tr>
            <th scope="col">{t('results.tableDimension')}</th>
            <th scope="col">{t('results.tableScore')}</th>
            <th scope="col" class="sheet__barcell">
              <span class="sheet__hidden">{t('sheet.bar')}</span>
            </th>
            <th scope="col">{t('results.tableLevel')}</th>
            {network && <th scope="col">{t('sheet.networkColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {result.dimensions.map((d) => (
            <Fragment key={d.id}>
              <tr class="sheet__row">
                <th scope="row">{t(`questionnaire:dimensions.${d.id}.title`)}</th>
                <td class="sheet__num">{d.score}</td>
                <td class="sheet__barcell">
                  <ScoreBar score={d.score} level={d.level} reference={d.average?.value} />
                </td>
                <td>{t(`questionnaire:levels.${d.level}.name`)}</td>
                {network && <td class="sheet__num">{d.average ? fmt.number(d.average.value) : '—'}</td>}
              </tr>
              {/* A theme with a study figure points to the study's section once, under the table. */}
              {!hasFigure(d.id) && (
                <tr class="sheet__note">
                  <td colSpan={columns}>{studyNote(d, result, t, fmt)}</td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {network && (
        <p class="sheet__muted">
          {t(type ? 'sheet.networkTypeNote' : 'sheet.networkNote', { publisher: network.source.publisher, type, count: network.source.sampleSize ?? 0, date: years(network.source.date) })}{' '}
          <NetworkSource average={network} />
        </p>
      )}
      {result.indicators.length > 0 && <p class="sheet__muted">{t('sheet.figureBelowAll', { themes: [...new Set(result.indicators.map((i) => t(`questionnaire:dimensions.${i.dimension}.title`)))].join(', ') })}</p>}
    </section>
  );
}
