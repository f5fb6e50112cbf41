/**
 * Entry of `team.js` (built by `vite build --mode team`): registers the team
 * code on the embed's global. Preact, its hooks and its JSX runtime are not
 * in this file: they are the embed's own (`../late/`), so both share one Preact.
 */
import { registerLate } from '../late/registerLate';
import { teamModule } from './teamModule';

registerLate('team', teamModule);
