/**
 * Entry of `team.js` (built by `vite build --mode team`): registers the team
 * code on the embed's global. Preact, its hooks and its JSX runtime are not
 * in this file: they are the embed's own (`shared/`), so both share one Preact.
 */
import { teamModule } from './teamModule';

// Not enumerable, like `runtime`: the global's public face does not change once the team code is in.
if (window.SiaeDiagnostic) Object.defineProperty(window.SiaeDiagnostic, 'team', { value: teamModule, enumerable: false, configurable: true });
