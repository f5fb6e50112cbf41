/**
 * The team view of what the store holds, derived with the core's
 * `buildTeamView` (never stored), and each respondent's label.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'preact/hooks';
import { buildTeamView, type Respondent, type TeamReply, type TeamView } from '../../core/team';
import type { SavedTeam } from '../../store/savedTeam';
import { useLateWidget } from '../context';
import { useDiagnostic } from '../useDiagnostic';

export interface TeamViewData {
  readonly saved: SavedTeam;
  readonly view: TeamView;
  /** Label of each respondent, by key: "CIP / accompagnement (Karim)". */
  readonly labels: Readonly<Record<string, string>>;
}

export function respondentLabels(t: TFunction, replies: readonly TeamReply[]): Record<string, string> {
  const base = replies.map((r) => {
    const role = t(`team:roles.${r.role}`);
    return r.firstName ? t('team:who', { role, name: r.firstName }) : role;
  });
  // Two "Encadrement technique" without a first name are told apart by a number.
  return Object.fromEntries(
    replies.map((r, i) => {
      const label = base[i] as string;
      const same = base.filter((b) => b === label).length;
      return [r.key, same > 1 ? `${label} ${base.slice(0, i + 1).filter((b) => b === label).length}` : label];
    }),
  );
}

export function useTeamView(): TeamViewData | null {
  const { t, content } = useLateWidget();
  const saved = useDiagnostic((s) => s.team);
  return useMemo(() => {
    if (!saved) return null;
    const respondents: Respondent[] = saved.replies.map((r) => ({ key: r.key, role: r.role, answers: r.answers, ...(r.firstName ? { firstName: r.firstName } : {}) }));
    const view = buildTeamView(
      { questionnaire: content.questionnaire, benchmark: content.benchmark, recommendations: { recommendations: content.recommendations, resources: content.resources } },
      saved.team,
      respondents,
    );
    return { saved, view, labels: respondentLabels(t, saved.replies) };
  }, [saved, content, t]);
}
