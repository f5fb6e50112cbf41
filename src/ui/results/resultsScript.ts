/**
 * Entry of `results.js` (built by `vite build --mode results`): registers
 * the results code on the embed's global. Preact is the embed's own
 * (`../late/`), so both render with one Preact.
 */
import { registerLate } from '../late/registerLate';
import { resultsModule } from './resultsModule';

registerLate('results', resultsModule);
