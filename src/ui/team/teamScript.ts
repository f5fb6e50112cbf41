/**
 * Entry of `team.js` (built by `vite build --mode team`): registers the team
 * view on the embed's global. Preact, its hooks and its JSX runtime are not
 * in this file: they are the embed's own, so both share one Preact.
 */
import { TeamScreen } from './TeamScreen';

// Not enumerable, like `runtime`: the global's public face does not change once the team view is open.
if (window.SiaeDiagnostic) Object.defineProperty(window.SiaeDiagnostic, 'teamScreen', { value: TeamScreen, enumerable: false, configurable: true });
