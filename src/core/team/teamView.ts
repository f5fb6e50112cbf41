/**
 * Everything the team view and the team sheet show, from the team and its
 * respondents: one pure function, like `buildResult` for one diagnostic.
 */
import type { Benchmark } from '../benchmark';
import { buildResult, type RecommendationSet } from '../buildResult';
import type { Answers, Questionnaire } from '../questionnaire';
import type { Result } from '../result';
import { consolidateAnswers } from './consolidate';
import { teamDimensions, type TeamDimension } from './dimensions';
import { answerableDontKnows, divergentQuestions, type AnswerableDontKnow, type Divergence } from './divergence';
import type { Respondent, Team } from './types';

export interface TeamContent {
  readonly questionnaire: Questionnaire;
  readonly benchmark: Benchmark;
  readonly recommendations: RecommendationSet;
}

export interface TeamView {
  readonly respondents: readonly Respondent[];
  readonly dimensions: readonly TeamDimension[];
  readonly divergent: readonly Divergence[];
  readonly answerable: readonly AnswerableDontKnow[];
  /** The team's consolidated answers (see `consolidate.ts`). */
  readonly answers: Answers;
  /** The consolidated answers scored as one diagnostic, with its recommendations. */
  readonly result: Result;
}

export function buildTeamView(content: TeamContent, team: Pick<Team, 'profile'>, respondents: readonly Respondent[]): TeamView {
  const { questionnaire, benchmark, recommendations } = content;
  const answers = consolidateAnswers(questionnaire, team.profile, respondents);
  return {
    respondents,
    dimensions: teamDimensions(questionnaire, team.profile, respondents),
    divergent: divergentQuestions(questionnaire, team.profile, respondents),
    answerable: answerableDontKnows(questionnaire, team.profile, respondents),
    answers,
    result: buildResult(questionnaire, answers, team.profile, benchmark, recommendations),
  };
}
