/**
 * The printed result sheet, two A4 pages: page 1 says where the structure
 * stands (profile, score and level in one sentence, strongest themes,
 * priorities, the themes' table, the study's figures apart); page 2 what it
 * does next (the plan, what to check and with whom, the method). An optional
 * annex lists every answer. Readable in black and white: every level and
 * figure is written, never shown by colour alone. The footer of each page
 * is drawn in the page margin (see printSheet).
 */
import type { Plan } from '../../core/plan';
import type { Answers, Profile } from '../../core/questionnaire';
import type { Result } from '../../core/result';
import { ProgressTable } from '../common/ProgressTable';
import type { ProgressView } from '../common/useResult';
import { useWidget } from '../context';
import { strongest } from '../common/planItems';
import { SheetAnnex } from './SheetAnnex';
import { SheetDimensions } from './SheetDimensions';
import { SheetHeader } from './SheetHeader';
import { SheetMethod } from './SheetMethod';
import { SheetPlan } from './SheetPlan';
import { SheetPriorities } from './SheetPriorities';
import { SheetStudy } from './SheetStudy';

export interface SheetProps {
  readonly result: Result;
  readonly progress: ProgressView | null;
  readonly structureName: string;
  readonly date: Date;
  readonly profile: Profile;
  readonly answers: Answers;
  readonly plan: Plan;
  readonly annex: boolean;
}

export function Sheet({ result, progress, structureName, date, profile, answers, plan, annex }: SheetProps) {
  const { t } = useWidget();
  const best = strongest(result);
  return (
    <article class="sheet__doc" aria-label={t('sheet.title')}>
      <div class="sheet__page">
        <SheetHeader result={result} profile={profile} structureName={structureName} date={date} />
        <section class="sheet__overall">
          <p class="sheet__score">
            <strong>{result.score}</strong> / 100
          </p>
          <div>
            <p class="sheet__level">{t('results.level', { index: result.level, name: t(`questionnaire:levels.${result.level}.name`) })}</p>
            <p>{t(`questionnaire:levels.${result.level}.meaning`)}</p>
            <p class="sheet__muted">
              {t('results.completion', { count: result.completion.answered, total: result.completion.visible })}
              {result.dontKnow.length > 0 && ` ${t('sheet.dontKnowCount', { count: result.dontKnow.length })}`}
            </p>
          </div>
        </section>
        {best.length > 0 && (
          <p class="sheet__strengths">
            <strong>{t('results.strengths', { count: best.length })}</strong>{' '}
            {best.map((d) => t('results.strength', { title: t(`questionnaire:dimensions.${d.id}.title`), score: d.score })).join(' · ')}
          </p>
        )}
        <SheetPriorities result={result} />
        <SheetDimensions result={result} />
        <SheetStudy result={result} />
      </div>
      <div class="sheet__page sheet__page--next">
        {progress && (
          <section>
            <h2>{t('progress.title')}</h2>
            <ProgressTable progress={progress.progress} since={progress.since} overallBefore={progress.before} overallAfter={result.score} />
          </section>
        )}
        <SheetPlan result={result} plan={plan} />
        <SheetMethod result={result} />
      </div>
      {annex && (
        <div class="sheet__page sheet__page--next">
          <SheetAnnex profile={profile} answers={answers} />
        </div>
      )}
    </article>
  );
}
