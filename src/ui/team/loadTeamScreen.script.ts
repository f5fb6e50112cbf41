/**
 * Loads the team view when it is opened, in `embed.js` (a classic script
 * cannot import a chunk): `team.js`, beside the script, built with Preact
 * left out and taken from `SiaeDiagnostic.runtime` (see `teamScript.ts`).
 * Used instead of `loadTeamScreen.ts` by the embed build (vite.config.ts).
 */
import { scriptUrl } from '../../i18n/bundles';
import type { TeamScreenComponent } from './TeamScreen';

let pending: Promise<TeamScreenComponent> | null = null;

export function loadTeamScreen(nonce: string | null): Promise<TeamScreenComponent> {
  const loaded = window.SiaeDiagnostic?.teamScreen;
  if (loaded) return Promise.resolve(loaded);
  pending ??= new Promise<TeamScreenComponent>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('team.js', scriptUrl || document.baseURI).href;
    if (nonce) script.nonce = nonce;
    script.onload = () => {
      const screen = window.SiaeDiagnostic?.teamScreen;
      if (screen) resolve(screen);
      else reject(new Error('team.js did not register'));
    };
    script.onerror = () => reject(new Error(`${script.src} could not be loaded`));
    document.head.append(script);
  }).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
