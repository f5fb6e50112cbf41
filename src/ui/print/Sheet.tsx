/**
 * The printed result sheet (A4, at most two pages): the same `Result` as the
 * screen, laid out to be read on paper, in black and white too (every level
 * and figure is written, never shown by colour alone).
 */
import { Fragment } from 'preact';
import type { Result } from '../../core/result';
import { ProgressTable } from '../common/ProgressTable';
import { ScoreBar } from '../common/ScoreBar';
import type { ProgressView } from '../common/useResult';
import { useWidget } from '../context';
import { SheetRecommendations } from './SheetRecommendations';
import { SheetStudy } from './SheetStudy';
import { studyNote } from './studyNote';

export interface SheetProps {
  readonly result: Result;
  readonly progress: ProgressView | null;
  readonly structureName: string;
  readonly date: Date;
}

export function Sheet({ result, progress, structureName, date }: SheetProps) {
  const { t, fmt } = useWidget();
  return (
    <article class="sheet__page" aria-label={t('sheet.title')}>
      <header class="sheet__header">
        <h1>{t('sheet.title')}</h1>
        <p>
          {structureName && <strong><bdi>{structureName}</bdi> · </strong>}
          {t('sheet.meta', { date: fmt.date(date), version: result.questionnaireVersion })}
        </p>
      </header>
      <section class="sheet__overall">
        <p class="sheet__score">
          <strong>{result.score}</strong> / 100
        </p>
        <div>
          <p class="sheet__level">{t('results.level', { index: result.level, name: t(`questionnaire:levels.${result.level}.name`) })}</p>
          <p>{t(`questionnaire:levels.${result.level}.meaning`)}</p>
          <p class="sheet__muted">{t('results.completion', { count: result.completion.answered, total: result.completion.visible })}</p>
          {result.dontKnow.length > 0 && <p class="sheet__muted">{t('results.basisOverall', { count: result.dontKnow.length, total: result.completion.answered })}</p>}
        </div>
      </section>
      <section>
        <h2>{t('results.dimensionsTitle')}</h2>
        <table class="sheet__dimensions">
          <thead>
            <tr>
              <th scope="col">{t('results.tableDimension')}</th>
              <th scope="col">{t('results.tableScore')}</th>
              <th scope="col" class="sheet__barcell">
                <span class="sheet__hidden">{t('sheet.bar')}</span>
              </th>
              <th scope="col">{t('results.tableLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <Fragment key={d.id}>
                <tr class="sheet__row">
                  <th scope="row">{t(`questionnaire:dimensions.${d.id}.title`)}</th>
                  <td class="sheet__num">{d.score}</td>
                  <td class="sheet__barcell">
                    <ScoreBar score={d.score} level={d.level} reference={d.average?.value} />
                  </td>
                  <td>{t(`questionnaire:levels.${d.level}.name`)}</td>
                </tr>
                <tr class="sheet__note">
                  <td colSpan={4}>{studyNote(d, result, t, fmt)}</td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </section>
      {progress && (
        <section>
          <h2>{t('progress.title')}</h2>
          <ProgressTable progress={progress.progress} since={progress.since} overallBefore={progress.before} overallAfter={result.score} />
        </section>
      )}
      <SheetStudy result={result} />
      {result.dontKnow.length > 0 && (
        <section>
          <h2>{t('results.dontKnowTitle', { count: result.dontKnow.length })}</h2>
          <ul class="sheet__dk">
            {result.dontKnow.map((item) => (
              <li key={item.question}>
                {t(`questionnaire:questions.${item.question}.label`)}
                {item.askWho ? ` (${t(`results.askWho.${item.askWho}`)})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SheetRecommendations result={result} />
      <footer class="sheet__footer">
        <p>{t('study:study.method')}</p>
        <p>{t('sheet.contact')}</p>
      </footer>
    </article>
  );
}
