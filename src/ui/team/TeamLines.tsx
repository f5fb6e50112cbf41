/** Per dimension, everyone's score on a 0–100 line with the median and range, and the same as a table. */
import type { TeamDimension } from '../../core/team';
import { useWidget } from '../context';
import { TableScroll } from '../results/TableScroll';
import { TeamLine } from './TeamLine';

interface Props {
  readonly dimensions: readonly TeamDimension[];
  readonly labels: Readonly<Record<string, string>>;
  /** On paper the table is the figure; no folding. */
  readonly sheet?: boolean;
}

export function TeamTable({ dimensions, labels }: Omit<Props, 'sheet'>) {
  const { t } = useWidget();
  const keys = dimensions[0]?.scores.map((s) => s.key) ?? [];
  return (
    <TableScroll label={t('team:lines.caption')}>
      <table class="sd-table">
        <caption>{t('team:lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team:lines.dimension')}</th>
            {keys.map((k) => <th key={k} scope="col">{labels[k]}</th>)}
            <th scope="col">{t('team:lines.medianHead')}</th>
            <th scope="col">{t('team:lines.rangeHead')}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{t(`questionnaire:dimensions.${d.id}.title`)}</th>
              {d.scores.map((s) => <td key={s.key}>{s.score}</td>)}
              <td>{d.median}</td>
              <td>{`${d.min} – ${d.max}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function TeamLines({ dimensions, labels, sheet = false }: Props) {
  const { t } = useWidget();
  if (sheet) return <TeamTable dimensions={dimensions} labels={labels} />;
  return (
    <section class="sd-section" aria-labelledby="team-lines-title">
      <h3 id="team-lines-title">{t('team:lines.title')}</h3>
      <p>{t('team:lines.intro')}</p>
      <ul class="sd-teamlines">
        {dimensions.map((d) => (
          <li key={d.id} class="sd-teamlines__item">
            <span class="sd-teamlines__name">{t(`questionnaire:dimensions.${d.id}.title`)}</span>
            <TeamLine dimension={d} />
            <span class="sd-teamlines__figures">{`${t('team:lines.median', { median: d.median })} · ${t('team:lines.range', { min: d.min, max: d.max })}`}</span>
          </li>
        ))}
      </ul>
      <details class="sd-group">
        <summary>{t('team:lines.tableSummary')}</summary>
        <TeamTable dimensions={dimensions} labels={labels} />
      </details>
    </section>
  );
}
