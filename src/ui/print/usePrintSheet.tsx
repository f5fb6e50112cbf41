import { render } from 'preact';
import type { Result } from '../../core/result';
import { fileDay } from '../common/fileDay';
import type { ProgressView } from '../common/useResult';
import { WidgetContext, useWidget } from '../context';
import { printSheet } from './printSheet';
import { Sheet } from './Sheet';

/** Returns a function that prints the sheet of `result` in the current language. */
export function usePrintSheet(result: Result, progress: ProgressView | null, structureName: string): () => void {
  const ctx = useWidget();
  return () => {
    const date = new Date();
    // Browsers name the PDF after it: "Diagnostic numérique SIAE – Atelier du Nord – 2026-11-29".
    const title = ctx.t(structureName ? 'sheet.fileTitleNamed' : 'sheet.fileTitle', { name: structureName, date: fileDay(date) });
    printSheet((container) => {
      render(
        <WidgetContext.Provider value={ctx}>
          <Sheet result={result} progress={progress} structureName={structureName} date={date} />
        </WidgetContext.Provider>,
        container,
      );
      return () => render(null, container);
    }, ctx.nonce, title, window, ctx.lng);
  };
}
