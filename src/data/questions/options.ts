/**
 * Small builders for answer options, so the dimension files read as a list
 * of questions rather than a list of point values.
 */
import type { Condition } from '../../core/conditions';
import type { AnswerOption } from '../../core/questionnaire';

/** Ordered answers, worst first: points 0, 1, 2… (used by every scale). */
export const ordered = (ids: readonly string[]): AnswerOption[] => ids.map((id, points) => ({ id, points }));

/** Ordered answers listed best first, as a survey question often reads. */
export const orderedBestFirst = (ids: readonly string[]): AnswerOption[] =>
  ids.map((id, index) => ({ id, points: ids.length - 1 - index }));

/** Choices worth `points` each, plus an exclusive "none" worth nothing. */
export const pickAny = (ids: readonly string[], points = 1): AnswerOption[] => [
  ...ids.map((id) => ({ id, points })),
  { id: 'none', points: 0, exclusive: true },
];

/** How many of a group do something: none, some, most, all. */
export const share = ordered(['no', 'some', 'most', 'all']);

/**
 * Structures whose people on a pathway mostly work away from the structure
 * (on missions with clients or households): ETTI and AI. Advice and a few
 * questions differ for them.
 */
export const MISSION_TYPES = ['etti', 'ai'] as const;

/** Types with encadrants techniques on a workshop or chantier. */
export const WORKSHOP_TYPES = ['aci', 'ei', 'several'] as const;
/** Types with no encadrants techniques: they place or support people instead of running a workshop. */
export const NO_WORKSHOP_TYPES = ['etti', 'ai', 'eiti'] as const;

export const isType = (types: readonly string[]): Condition => ({ profile: 'structureType', anyOf: types });
export const notType = (types: readonly string[]): Condition => ({ not: isType(types) });
