import { useMemo } from 'preact/hooks';
import { buildResult } from '../../core/buildResult';
import type { Answers, Profile } from '../../core/questionnaire';
import type { Result } from '../../core/result';
import { compareResults, type Progress } from '../../core/transfer';
import { useLateWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';

/** Stable empties, so memoised results are not rebuilt on every render. */
export const NO_PROFILE: Profile = {};
export const NO_ANSWERS: Answers = {};

export interface ProgressView {
  readonly progress: Progress;
  readonly since: Date;
  readonly before: number;
}

/** The result of some answers, derived with the core, never stored. */
export function useResultOf(profile: Profile, answers: Answers): Result {
  const { content } = useLateWidget();
  return useMemo(() => buildResult(content.questionnaire, answers, profile, content.benchmark, content), [content, answers, profile]);
}

/** The user's own result, and progress since the earlier diagnostic if one was imported. */
export function useOwnResult(): { result: Result; progress: ProgressView | null } {
  const profile = useDiagnostic((s) => s.profile);
  const answers = useDiagnostic((s) => s.answers);
  const earlier = useDiagnostic((s) => s.earlier);
  const result = useResultOf(profile, answers);
  const earlierResult = useResultOf(earlier?.profile ?? NO_PROFILE, earlier?.answers ?? NO_ANSWERS);
  const progress = earlier
    ? { progress: compareResults(result, earlierResult), since: new Date(earlier.date), before: earlierResult.score }
    : null;
  return { result, progress };
}
