/**
 * Median, quartiles and distribution over the four levels: a chart (SVG,
 * decorative beside its table) and the table that says the same.
 */
import type { GroupFigures, Stats } from '../core/network';
import { usePage } from './context';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly stats: Stats | null;
}

export function rowsOf(group: GroupFigures, t: (key: string) => string): Row[] {
  return [
    ...group.dimensions.map((d) => ({ id: d.id, label: t(`questionnaire:dimensions.${d.id}.title`), stats: d.stats })),
    { id: 'overall', label: t('figures.overall'), stats: group.overall },
  ];
}

const LABEL_W = 190;
const PLOT_W = 400;
const ROW_H = 26;
const x = (score: number) => LABEL_W + (score / 100) * PLOT_W;

export function Chart({ rows, label }: { readonly rows: readonly Row[]; readonly label: string }) {
  const height = rows.length * ROW_H + 20;
  return (
    <figure class="nw-chart">
      <svg viewBox={`0 0 ${LABEL_W + PLOT_W + 10} ${height}`} role="img" aria-label={label} focusable="false">
        {[0, 25, 50, 75, 100].map((s) => (
          <g key={s}>
            <line class="nw-chart__grid" x1={x(s)} x2={x(s)} y1="0" y2={height - 16} />
            <text class="nw-chart__axis" x={x(s)} y={height - 4} text-anchor="middle">{s}</text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * ROW_H + 4;
          return (
            <g key={r.id}>
              <text class="nw-chart__label" x={LABEL_W - 8} y={y + 14} text-anchor="end">{r.label}</text>
              {r.stats && <rect class="nw-chart__box" x={x(r.stats.q1)} y={y + 2} width={Math.max(1, x(r.stats.q3) - x(r.stats.q1))} height={ROW_H - 10} />}
              {r.stats && <line class="nw-chart__median" x1={x(r.stats.median)} x2={x(r.stats.median)} y1={y} y2={y + ROW_H - 6} />}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function FiguresTable({ rows, caption }: { readonly rows: readonly Row[]; readonly caption: string }) {
  const { t, lng } = usePage();
  const num = (n: number) => n.toLocaleString(lng);
  return (
    <div class="nw-scroll">
      <table class="nw-table nw-table--figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.theme')}</th>
            <th scope="col">{t('figures.q1')}</th>
            <th scope="col">{t('figures.median')}</th>
            <th scope="col">{t('figures.q3')}</th>
            {[1, 2, 3, 4].map((i) => (
              <th key={i} scope="col">{t('figures.level', { index: i })}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {r.stats ? (
                <>
                  <td>{num(r.stats.q1)}</td>
                  <td><strong>{num(r.stats.median)}</strong></td>
                  <td>{num(r.stats.q3)}</td>
                  {r.stats.levels.map((n, i) => (
                    <td key={i}>{n}</td>
                  ))}
                </>
              ) : (
                <td colSpan={7}>—</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
