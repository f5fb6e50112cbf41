/** How many diagnostics, by structure type and by month; groups under the threshold say so instead. */
import type { Count, NetworkSummary } from '../core/network';
import { monthLabel, usePage } from './context';

interface TableProps<K> {
  readonly caption: string;
  readonly head: string;
  readonly rows: readonly Count<K>[];
  readonly label: (k: K) => string;
  readonly threshold: number;
}

function CountTable<K>({ caption, head, rows, label, threshold }: TableProps<K>) {
  const { t } = usePage();
  return (
    <table class="nw-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('counts.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r.key)}>
            <th scope="row">{label(r.key)}</th>
            <td>{r.n === null ? t('counts.small', { count: threshold }) : r.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Counts({ summary, rejected }: { readonly summary: NetworkSummary; readonly rejected: number }) {
  const { t, lng } = usePage();
  return (
    <section aria-labelledby="nw-counts-title">
      <h2 id="nw-counts-title">{t('counts.title')}</h2>
      <p class="nw-lead">
        <strong>{t('counts.accepted', { count: summary.total })}</strong>
        {rejected > 0 && ` · ${t('counts.rejected', { count: rejected })}`}
      </p>
      {summary.period && <p>{t('counts.period', { from: monthLabel(summary.period.from, lng), to: monthLabel(summary.period.to, lng) })}</p>}
      {summary.total > 0 && (
        <div class="nw-columns">
          <CountTable caption={t('counts.byType')} head={t('counts.type')} rows={summary.byType} threshold={summary.threshold} label={(k) => (k === null ? t('counts.noType') : t(`questionnaire:profile.structureType.options.${k}`))} />
          <CountTable caption={t('counts.byMonth')} head={t('counts.month')} rows={summary.byMonth} threshold={summary.threshold} label={(k) => (k === null ? t('counts.noMonth') : monthLabel(k, lng))} />
        </div>
      )}
    </section>
  );
}
