import type { LevelId } from './conditions';

/**
 * Four maturity levels over 0–100, as in the EU Digital Maturity Assessment
 * of the European Digital Innovation Hubs (four levels, each 0–100). Their
 * names and meanings are wording: `levels.<id>.name` / `.meaning`.
 */
export const LEVEL_UPPER_BOUNDS: Readonly<Record<LevelId, number>> = { 1: 25, 2: 50, 3: 75, 4: 100 };

export function levelOf(score: number): LevelId {
  const s = Math.round(score);
  if (s <= LEVEL_UPPER_BOUNDS[1]) return 1;
  if (s <= LEVEL_UPPER_BOUNDS[2]) return 2;
  if (s <= LEVEL_UPPER_BOUNDS[3]) return 3;
  return 4;
}
