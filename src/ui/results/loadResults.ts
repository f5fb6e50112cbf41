/**
 * Loads the results code (standalone page, ES module and tests: a native
 * chunk). `peekResults` gives it at once once loaded, so the results render
 * in the same frame as the step change.
 */
import type { ResultsModule } from './resultsModule';

let loaded: ResultsModule | null = null;

export const peekResults = (): ResultsModule | null => loaded;

export const loadResults = (_nonce: string | null): Promise<ResultsModule> =>
  import('./resultsModule').then((m) => (loaded = m.resultsModule));
