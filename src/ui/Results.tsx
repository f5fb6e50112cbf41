/**
 * The results screen: everything is derived from the raw answers by the
 * core's `buildResult`, here and on the printed sheet alike.
 */
import { useEffect, useState } from 'preact/hooks';
import { RestartButton } from './RestartButton';
import { useOwnResult } from './common/useResult';
import { useWidget } from './context';
import { usePrintSheet } from './print/usePrintSheet';
import { completeDetail } from './results/completeDetail';
import { PlanFollowUp } from './results/PlanFollowUp';
import { PlanSection } from './results/PlanSection';
import { ResultsBody } from './results/ResultsBody';
import { useOwnPlan } from './common/usePlan';
import { ExportImport } from './transfer/ExportImport';
import { ShareLink } from './transfer/ShareLink';
import { useDiagnostic } from './useDiagnostic';
import { ReplyPanel } from './team/ReplyPanel';
import { TeamEntry } from './team/TeamEntry';

export function Results() {
  const { t, store, emit } = useWidget();
  const { result, progress } = useOwnResult();
  const structureName = useDiagnostic((s) => s.structureName);
  const answeringFor = useDiagnostic((s) => s.answeringFor);
  const earlier = useDiagnostic((s) => s.earlier);
  const profile = useDiagnostic((s) => s.profile);
  const answers = useDiagnostic((s) => s.answers);
  const plan = useOwnPlan(result);
  const [annex, setAnnex] = useState(false);
  const print = usePrintSheet(result, progress, structureName, { profile, answers, plan: plan.plan, annex });
  useEffect(() => emit({ type: 'complete', detail: completeDetail(result) }), [result]);
  return (
    <section class="sd-step sd-results" aria-labelledby="results-title">
      <h2 class="sd-step__title" id="results-title" tabIndex={-1} data-step-heading>
        {t('results.title')}
      </h2>
      <ReplyPanel />
      <ResultsBody
        result={result}
        progress={progress}
        followUp={earlier && earlier.plan.length > 0 ? <PlanFollowUp earlierPlan={earlier.plan} since={new Date(earlier.date)} result={result} view={plan} /> : null}
        plan={<PlanSection result={result} view={plan} />}
        inPlan={new Set(plan.plan.map((e) => e.id))}
        actionsTarget="results-print"
        actions={
          <>
            <div class="sd-section sd-actions">
              <label class="sd-check">
                <input type="checkbox" checked={annex} onChange={(e) => setAnnex((e.currentTarget as HTMLInputElement).checked)} />
                <span>{t('sheet.annexOption')}</span>
              </label>
              <div class="sd-nav">
                <button type="button" class="sd-button" id="results-print" onClick={print}>
                  {t('results.print')}
                </button>
                <button type="button" class="sd-button sd-button--secondary" onClick={() => store.getState().goTo('review')}>
                  {t('results.edit')}
                </button>
                <RestartButton label={t('results.restart')} then={() => store.getState().goTo('welcome')} />
              </div>
            </div>
            <section class="sd-section" aria-labelledby="results-keep-title">
              <h3 id="results-keep-title">{t('transfer.title')}</h3>
              <ExportImport />
              <ShareLink />
            </section>
            {!answeringFor && <TeamEntry />}
          </>
        }
      />
    </section>
  );
}
