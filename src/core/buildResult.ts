/**
 * The one entry of the core: raw answers in, a plain `Result` out.
 * Pure: no DOM, no framework, no i18n; wording is looked up by the views.
 */
import type { Benchmark } from './benchmark';
import { evaluate, type ConditionContext, type LevelId } from './conditions';
import { levelOf } from './levels';
import type { Answers, Profile, Questionnaire } from './questionnaire';
import { isDontKnow } from './questionnaire';
import type { Recommendation, Resource } from './recommendations';
import type { DimensionResult, IndicatorResult, Position, Result } from './result';
import { applicableQuestions, sanitizeAnswers, scoreDimension, visibleQuestions } from './scoring';
import { selectRecommendations } from './select';

export interface RecommendationSet {
  readonly recommendations: readonly Recommendation[];
  readonly resources: readonly Resource[];
}

function averageFor(benchmark: Benchmark, dimension: string, profile: Profile): DimensionResult['average'] {
  const type = profile['structureType'];
  const forType = benchmark.dimensionAverages.find((a) => a.dimension === dimension && a.structureType !== undefined && a.structureType === type);
  const general = benchmark.dimensionAverages.find((a) => a.dimension === dimension && a.structureType === undefined);
  const chosen = forType ?? general;
  if (!chosen) return undefined;
  return chosen.structureType === undefined
    ? { value: chosen.value, source: chosen.source }
    : { value: chosen.value, structureType: chosen.structureType, source: chosen.source };
}

function indicatorResults(benchmark: Benchmark, ctx: ConditionContext): IndicatorResult[] {
  return benchmark.indicators.map((ind) => {
    const position: Position = !evaluate(ind.known, ctx) ? 'unknown' : evaluate(ind.matches, ctx) ? 'in' : 'out';
    return { id: ind.id, dimension: ind.dimension, value: ind.value, position, source: ind.source };
  });
}

export function buildResult(
  questionnaire: Questionnaire,
  rawAnswers: Readonly<Record<string, unknown>>,
  profile: Profile,
  benchmark: Benchmark,
  recommendations: RecommendationSet,
): Result {
  const answers = sanitizeAnswers(questionnaire, rawAnswers);
  const visible = visibleQuestions(questionnaire, answers, profile);
  const applicable = applicableQuestions(questionnaire, profile);
  const dimensions: DimensionResult[] = questionnaire.dimensions.map((d) => {
    const s = scoreDimension(applicable.filter((q) => q.dimension === d.id), answers, profile);
    const average = averageFor(benchmark, d.id, profile);
    const base = {
      id: d.id,
      score: s.score,
      level: levelOf(s.score),
      completion: { answered: s.answered, visible: s.visible },
      dontKnow: s.dontKnow,
      ruledOut: s.ruledOut,
      findings: benchmark.findings.filter((f) => f.dimension === d.id),
    };
    return average ? { ...base, average } : base;
  });
  const score = dimensions.length ? Math.round(dimensions.reduce((s, d) => s + d.score, 0) / dimensions.length) : 0;
  const levels: Record<string, LevelId> = Object.fromEntries(dimensions.map((d) => [d.id, d.level]));
  // Answers to hidden questions stay saved but must not trigger anything.
  const visibleAnswers: Answers = Object.fromEntries(
    visible.flatMap((q) => {
      const value = answers[q.id];
      return value === undefined ? [] : [[q.id, value] as const];
    }),
  );
  const ctx: ConditionContext = { answers: visibleAnswers, profile, levels };
  const scores = Object.fromEntries(dimensions.map((d) => [d.id, d.score]));
  return {
    questionnaireVersion: questionnaire.version,
    score,
    level: levelOf(score),
    completion: {
      answered: dimensions.reduce((s, d) => s + d.completion.answered, 0),
      visible: visible.length,
    },
    dimensions,
    indicators: indicatorResults(benchmark, ctx),
    dontKnow: visible
      .filter((q) => isDontKnow(answers[q.id]))
      .map((q) => (q.askWho ? { question: q.id, dimension: q.dimension, askWho: q.askWho } : { question: q.id, dimension: q.dimension })),
    recommendations: selectRecommendations(recommendations.recommendations, recommendations.resources, ctx, scores),
  };
}
