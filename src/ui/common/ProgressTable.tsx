/**
 * Progress since an earlier diagnostic (imported file or link): the change
 * overall and per dimension, in words and numbers, on screen and on paper.
 */
import type { Progress as ProgressData } from '../../core/transfer';
import { useWidget } from '../context';

export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '0';
}

export function ProgressTable({ progress, since, overallBefore, overallAfter }: { readonly progress: ProgressData; readonly since: Date; readonly overallBefore: number; readonly overallAfter: number }) {
  const { t, fmt } = useWidget();
  return (
    <table class="sd-table">
      <caption>{t('progress.caption', { date: fmt.date(since) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.tableDimension')}</th>
          <th scope="col">{t('progress.before')}</th>
          <th scope="col">{t('progress.after')}</th>
          <th scope="col">{t('progress.change')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('progress.overall')}</th>
          <td>{overallBefore}</td>
          <td>{overallAfter}</td>
          <td>{signed(progress.overall)}</td>
        </tr>
        {progress.dimensions.map((d) => (
          <tr key={d.id}>
            <th scope="row">{t(`questionnaire:dimensions.${d.id}.title`)}</th>
            <td>{d.before}</td>
            <td>{d.after}</td>
            <td>{signed(d.delta)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
