/**
 * When the questionnaire changes version, answers given to the previous one
 * (saved in the browser, in an export file, in a share link) are carried
 * over where the question still means the same, and the rest is asked
 * again. What "means the same" is declared in data (`Revision.kept`).
 */
import type { AnswerValue, QuestionId, Questionnaire } from './questionnaire';

/** [id, multiple (1) or single (0), offers "je ne sais pas" (1), option ids]. */
export type LegacyRow = readonly [string, 0 | 1, 0 | 1, readonly string[]];

/** The shape an old version's share links were encoded against. */
export interface LegacyLayout {
  readonly profile: readonly LegacyRow[];
  readonly questions: readonly LegacyRow[];
}

export interface Revision {
  /** The earlier questionnaire version these answers come from. */
  readonly from: string;
  /** Questions whose wording, options and points still mean the same: their answers are kept. */
  readonly kept: readonly QuestionId[];
}

/** The revisions whose frozen shape the questionnaire carries (see `Questionnaire.layouts`), each with it. */
export function earlierLayouts(questionnaire: Questionnaire): { revision: Revision; layout: LegacyLayout }[] {
  return (questionnaire.revisions ?? []).flatMap((revision) => {
    const layout = questionnaire.layouts?.[revision.from];
    return layout ? [{ revision, layout }] : [];
  });
}

export interface Revised {
  readonly answers: Record<string, AnswerValue>;
  /** Answers given to the old version that are not kept (to be asked again). */
  readonly reasked: number;
}

/** The revision from `version`, or undefined when it is current or unknown. */
export function revisionFrom(revisions: readonly Revision[] | undefined, version: unknown): Revision | undefined {
  return typeof version === 'string' ? revisions?.find((r) => r.from === version) : undefined;
}

/** Keeps only the answers the revision declares unchanged; profile answers are always kept. */
export function reviseAnswers<T>(revision: Revision, answers: Readonly<Record<string, T>>): { answers: Record<string, T>; reasked: number } {
  const kept: Record<string, T> = {};
  let reasked = 0;
  for (const [id, value] of Object.entries(answers)) {
    if (revision.kept.includes(id)) kept[id] = value;
    else reasked += 1;
  }
  return { answers: kept, reasked };
}
