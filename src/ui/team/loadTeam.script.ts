/**
 * Loads the team code when it is needed, in `embed.js` (a classic script
 * cannot import a chunk): `team.js`, beside the script, built with Preact
 * left out and taken from `SiaeDiagnostic.runtime` (see `shared/runtime.ts`).
 * Used instead of `loadTeam.ts` by the embed build (vite.config.ts). A
 * failed load is forgotten, so the next call tries again.
 */
import { scriptUrl } from '../../i18n/bundles';
import type { TeamModule } from './teamModule';

let pending: Promise<TeamModule> | null = null;

export function loadTeam(nonce: string | null): Promise<TeamModule> {
  const loaded = window.SiaeDiagnostic?.team;
  if (loaded) return Promise.resolve(loaded);
  pending ??= new Promise<TeamModule>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('team.js', scriptUrl || document.baseURI).href;
    if (nonce) script.nonce = nonce;
    script.onload = () => {
      const team = window.SiaeDiagnostic?.team;
      if (team) resolve(team);
      else reject(new Error('team.js did not register'));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${script.src} could not be loaded`));
    };
    document.head.append(script);
  }).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
