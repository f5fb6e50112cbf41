/**
 * A team screen that comes with the team code (team.js), loaded when it is
 * first shown, so visitors who never open the team view, an invitation or a
 * reply never download it. Until then a status line; if it cannot be
 * loaded, says so with a button to try again (nothing answered is lost:
 * the store keeps what the screen was opened for).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useWidget } from '../context';
import { addModuleWording } from '../late/addModuleWording';
import { LateStatus } from '../late/LateStatus';
import { loadResults } from '../results/loadResults';
import { loadTeam } from './loadTeam';
import type { TeamPart } from './TeamScreen';
import type { ResultsModule } from '../results/resultsModule';
import type { TeamModule } from './teamModule';

export function TeamLazy({ part }: { readonly part: TeamPart }) {
  const widget = useWidget();
  const { t, nonce, lng } = widget;
  // Shown only once its French wording is in (other languages' files bring theirs), so no key is ever missing.
  const [ready, setReady] = useState<{ results: ResultsModule; team: TeamModule } | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let alive = true;
    setFailed(false);
    // The team's result shows recommendations: their wording comes with the results code.
    Promise.all([loadResults(nonce), loadTeam(nonce)])
      .then(([results, team]) => {
        addModuleWording(widget, results);
        if (alive) setReady({ results, team: addModuleWording(widget, team) });
      })
      .catch((error: unknown) => {
        console.warn('[siae-diagnostic] team code unavailable', error);
        if (alive) setFailed(true);
      });
    return () => {
      alive = false;
    };
  }, [attempt]);
  // The team's screens need the whole content (recommendations, benchmark), which comes with the results code.
  const late = useMemo(() => ready && { ...widget, content: ready.results.fullContent(widget.content, widget.partnerContent) }, [ready, widget]);
  if (ready && late) return <ready.team.Screen widget={late} part={part} resultsCss={ready.results.css} />;
  return <LateStatus failed={failed} loading={t('invite:lazy.loading')} failure={t('invite:lazy.failed')} retry={t('invite:lazy.retry')} onRetry={() => setAttempt((n) => n + 1)} />;
}
