/**
 * Loads the results code in `embed.js`: `results.js`, beside the script
 * (see `../late/loadScript.ts`). Used instead of `loadResults.ts` by the
 * embed build (vite.config.ts).
 */
import { lateModule, loadLateScript } from '../late/loadScript';
import type { ResultsModule } from './resultsModule';

export const peekResults = (): ResultsModule | null => lateModule('results') ?? null;

export const loadResults = (nonce: string | null): Promise<ResultsModule> => loadLateScript('results', nonce);
