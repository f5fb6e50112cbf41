import { render } from 'preact';
import type { Plan } from '../../core/plan';
import type { Answers, Profile } from '../../core/questionnaire';
import type { Result } from '../../core/result';
import { fileDay } from '../common/fileDay';
import type { ProgressView } from '../common/useResult';
import { WidgetContext, useWidget } from '../context';
import { pageFooter, printSheet } from './printSheet';
import { Sheet } from './Sheet';

/** What the sheet shows besides the result. */
export interface SheetInput {
  readonly profile: Profile;
  readonly answers: Answers;
  readonly plan: Plan;
  /** Every answer, after the two pages. */
  readonly annex: boolean;
}

/** Returns a function that prints the sheet of `result` in the current language. */
export function usePrintSheet(result: Result, progress: ProgressView | null, structureName: string, input: SheetInput): () => void {
  const ctx = useWidget();
  return () => {
    const date = new Date();
    const { t, fmt } = ctx;
    // Browsers name the PDF after it: "Diagnostic numérique SIAE – Atelier du Nord – 2026-11-29".
    const title = t(structureName ? 'sheet.fileTitleNamed' : 'sheet.fileTitle', { name: structureName, date: fileDay(date) });
    const footer = pageFooter(t('sheet.footer', { date: fmt.date(date), contact: t('sheet.contact') }), t('sheet.pageOf', { page: '\u0001', pages: '\u0002' }));
    printSheet((container) => {
      render(
        <WidgetContext.Provider value={ctx}>
          <Sheet result={result} progress={progress} structureName={structureName} date={date} {...input} />
        </WidgetContext.Provider>,
        container,
      );
      return () => render(null, container);
    }, ctx.nonce, title, window, ctx.lng, footer);
  };
}
