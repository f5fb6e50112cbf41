import { render } from 'preact';
import type { Result } from '../../core/result';
import { WidgetContext, useWidget } from '../context';
import { printSheet } from './printSheet';
import type { ProgressView } from '../results/useResult';
import { Sheet } from './Sheet';

/** Returns a function that prints the sheet of `result` in the current language. */
export function usePrintSheet(result: Result, progress: ProgressView | null, structureName: string): () => void {
  const ctx = useWidget();
  return () => {
    printSheet((container) => {
      render(
        <WidgetContext.Provider value={ctx}>
          <Sheet result={result} progress={progress} structureName={structureName} date={new Date()} />
        </WidgetContext.Provider>,
        container,
      );
      return () => render(null, container);
    }, ctx.nonce);
  };
}
