import type { Result } from '../../core/result';
import { useWidget } from '../context';
import { TableScroll } from './TableScroll';

/** The scores as a table: the text alternative of the bars. */
export function DataTable({ result }: { readonly result: Result }) {
  const { t } = useWidget();
  return (
    <details class="sd-group">
      <summary>{t('results.tableSummary')}</summary>
      <TableScroll label={t('results.tableCaption')}>
      <table class="sd-table">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.tableDimension')}</th>
            <th scope="col">{t('results.tableScore')}</th>
            <th scope="col">{t('results.tableLevel')}</th>
            <th scope="col">{t('results.tableAnswered')}</th>
          </tr>
        </thead>
        <tbody>
          {result.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{t(`questionnaire:dimensions.${d.id}.title`)}</th>
              <td>{d.score}</td>
              <td>{t(`questionnaire:levels.${d.level}.name`)}</td>
              <td>{`${d.completion.answered} / ${d.completion.visible}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </details>
  );
}
