/**
 * A 0–100 bar in SVG, sized by attributes (not inline styles, which a strict
 * CSP blocks). Decorative: the score is always written beside it as text.
 */
import type { LevelId } from '../../core/conditions';
import { LEVEL_UPPER_BOUNDS } from '../../core/levels';

/** A tick where each level but the last ends. */
const TICKS = [LEVEL_UPPER_BOUNDS[1], LEVEL_UPPER_BOUNDS[2], LEVEL_UPPER_BOUNDS[3]];

export function ScoreBar({ score, level, reference }: { readonly score: number; readonly level: LevelId; readonly reference?: number | undefined }) {
  return (
    <svg class={`sd-bar sd-level-${level}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="sd-bar__track" x="0" y="0" width="100" height="10" rx="2" />
      <rect class="sd-bar__fill" x="0" y="0" width={Math.max(0, Math.min(100, score))} height="10" rx="2" />
      {TICKS.map((x) => (
        <line key={x} class="sd-bar__tick" x1={x} x2={x} y1="0" y2="10" />
      ))}
      {reference !== undefined && <line class="sd-bar__reference" x1={reference} x2={reference} y1="0" y2="10" />}
    </svg>
  );
}
