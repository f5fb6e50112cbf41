/**
 * Per dimension, every respondent's 0–100 score (as their own diagnostic
 * would give it), the median and the range, and the median of each role.
 */
import type { DimensionId, Profile, Questionnaire } from '../questionnaire';
import { applicableQuestions, scoreDimension } from '../scoring';
import { cleanRespondents, median } from './questionFacts';
import type { Respondent, TeamRole } from './types';
import { TEAM_ROLES } from './types';

export interface RespondentScore {
  readonly key: string;
  readonly role: TeamRole;
  readonly score: number;
}

export interface RoleScore {
  readonly role: TeamRole;
  readonly count: number;
  readonly median: number;
}

export interface TeamDimension {
  readonly id: DimensionId;
  /** In respondent order. */
  readonly scores: readonly RespondentScore[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Roles present, in the order of `TEAM_ROLES`. */
  readonly byRole: readonly RoleScore[];
}

export function teamDimensions(questionnaire: Questionnaire, profile: Profile, respondents: readonly Respondent[]): TeamDimension[] {
  const applicable = applicableQuestions(questionnaire, profile);
  const cleaned = cleanRespondents(questionnaire, respondents);
  return questionnaire.dimensions.map((d) => {
    const questions = applicable.filter((q) => q.dimension === d.id);
    const scores = cleaned.map((r) => ({ key: r.key, role: r.role, score: scoreDimension(questions, r.answers, profile).score }));
    const values = scores.map((s) => s.score);
    const byRole = TEAM_ROLES.flatMap((role) => {
      const own = scores.filter((s) => s.role === role).map((s) => s.score);
      return own.length ? [{ role, count: own.length, median: median(own) }] : [];
    });
    return {
      id: d.id,
      scores,
      median: median(values),
      min: values.length ? Math.min(...values) : 0,
      max: values.length ? Math.max(...values) : 0,
      byRole,
    };
  });
}
