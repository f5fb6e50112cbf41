import { useLayoutEffect, useState } from 'preact/hooks';
import type { DiagnosticActions, DiagnosticState } from '../store/diagnosticStore';
import { useWidget } from './context';

type State = DiagnosticState & DiagnosticActions;

/**
 * Subscribes a view to part of the store. zustand's own hook needs React;
 * this is the few lines it takes with Preact's hooks.
 */
export function useDiagnostic<T>(selector: (state: State) => T): T {
  const { store } = useWidget();
  const [value, setValue] = useState(() => selector(store.getState()));
  // Layout effect: subscribed as soon as rendered, so no early change is missed.
  useLayoutEffect(() => {
    setValue(() => selector(store.getState()));
    return store.subscribe((state) => setValue(() => selector(state)));
    // The selector is expected to be stable in what it selects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return value;
}
