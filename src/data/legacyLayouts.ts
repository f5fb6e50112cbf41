/**
 * The frozen shapes earlier questionnaire versions' links (share, reply,
 * invitation) were encoded against. Only the code that reads links needs
 * them, and it comes after the first screen (results.js, team.js, the
 * network page): the first screens' questionnaire carries none, which kept
 * 0.4 KB gzip out of embed.js (issue 13). Add a version here when you freeze
 * its layout in `legacy/`.
 */
import type { Questionnaire } from '../core/questionnaire';
import type { LegacyLayout } from '../core/revision';
import { layout2026_1 } from './legacy/layout2026_1';

export const legacyLayouts: Readonly<Record<string, LegacyLayout>> = { '2026.1': layout2026_1 };

const withLayouts = new WeakMap<Questionnaire, Questionnaire>();

/** The questionnaire able to read its earlier versions' links (one copy per questionnaire). */
export function withLegacyLayouts(questionnaire: Questionnaire): Questionnaire {
  if (questionnaire.layouts) return questionnaire;
  let full = withLayouts.get(questionnaire);
  if (!full) withLayouts.set(questionnaire, (full = { ...questionnaire, layouts: legacyLayouts }));
  return full;
}
