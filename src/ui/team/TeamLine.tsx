/**
 * One dimension's scores on a 0–100 line: a dot per respondent, a tick at
 * the median, the range shaded. SVG sized by attributes (a strict CSP blocks
 * inline styles); decorative: the figures are written beside it and in the
 * table.
 */
import type { TeamDimension } from '../../core/team';

export function TeamLine({ dimension }: { readonly dimension: TeamDimension }) {
  const { scores, median, min, max } = dimension;
  return (
    <svg class="sd-teamline" viewBox="-4 0 108 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line class="sd-teamline__axis" x1="0" x2="100" y1="6" y2="6" />
      {scores.length > 0 && <rect class="sd-teamline__range" x={min} y="3" width={Math.max(0.5, max - min)} height="6" />}
      {scores.map((s) => (
        <circle key={s.key} class={`sd-teamline__dot sd-teamline__dot--${s.role}`} cx={s.score} cy="6" r="2.2" />
      ))}
      {scores.length > 0 && <line class="sd-teamline__median" x1={median} x2={median} y1="0" y2="12" />}
    </svg>
  );
}
