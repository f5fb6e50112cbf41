/**
 * The same figures per structure type: one compact table of medians and
 * quartiles (printed), and per type its chart and full table. A type under
 * the threshold says "moins de 5 structures" and shows nothing else.
 */
import type { NetworkSummary } from '../core/network';
import { usePage } from './context';
import { Chart, FiguresTable, rowsOf } from './Figures';

export function ByType({ summary }: { readonly summary: NetworkSummary }) {
  const { t, lng } = usePage();
  const typeName = (type: string | null) => (type === null ? t('counts.noType') : t(`questionnaire:profile.structureType.options.${type}`));
  const shown = summary.types.filter((g) => g.n !== null);
  const hidden = summary.types.filter((g) => g.n === null);
  const num = (n: number) => n.toLocaleString(lng);
  return (
    <section aria-labelledby="nw-types-title">
      <h2 id="nw-types-title">{t('figures.byTypeTitle')}</h2>
      {hidden.length > 0 && (
        <ul class="nw-small">
          {hidden.map((g) => (
            <li key={String(g.type)}>{t('figures.groupSmall', { type: typeName(g.type), count: summary.threshold })}</li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <div class="nw-scroll">
          <table class="nw-table nw-table--matrix">
            <caption>{t('figures.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.theme')}</th>
                {shown.map((g) => (
                  <th key={String(g.type)} scope="col">{t('figures.groupTitle', { type: typeName(g.type), count: g.n })}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowsOf(summary.all, t).map((row, i) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  {shown.map((g) => {
                    const s = rowsOf(g, t)[i]?.stats;
                    return <td key={String(g.type)}>{s ? `${num(s.median)} (${num(s.q1)} – ${num(s.q3)})` : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.map((g) => {
        const title = t('figures.groupTitle', { type: typeName(g.type), count: g.n });
        return (
          <details key={String(g.type)} class="nw-group nw-noprint">
            <summary>{title}</summary>
            <Chart rows={rowsOf(g, t)} label={`${title}. ${t('figures.chartLabel')}`} />
            <FiguresTable rows={rowsOf(g, t)} caption={`${title} : ${t('figures.caption')}`} />
          </details>
        );
      })}
    </section>
  );
}
