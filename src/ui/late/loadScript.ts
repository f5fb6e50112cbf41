/**
 * Loads a late script beside `embed.js` (a classic script cannot import a
 * chunk): `results.js` or `team.js`, built with Preact left out and taken
 * from `SiaeDiagnostic.runtime` (see `runtime.ts`). The script registers
 * its module on the global under its own name; several instances on a page
 * share one load. A failed load is forgotten, so the next call tries again.
 */
import { scriptUrl } from '../../i18n/scriptUrl';

type Global = NonNullable<Window['SiaeDiagnostic']>;
export type LatePartName = 'results' | 'team';

const pending = new Map<LatePartName, Promise<unknown>>();

/** What the late script registered, if it has already run. */
export const lateModule = <K extends LatePartName>(name: K): Global[K] | undefined => window.SiaeDiagnostic?.[name];

export function loadLateScript<K extends LatePartName>(name: K, nonce: string | null): Promise<NonNullable<Global[K]>> {
  const loaded = lateModule(name);
  if (loaded) return Promise.resolve(loaded as NonNullable<Global[K]>);
  let load = pending.get(name) as Promise<NonNullable<Global[K]>> | undefined;
  if (!load) {
    load = new Promise<NonNullable<Global[K]>>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(`${name}.js`, scriptUrl || document.baseURI).href;
      if (nonce) script.nonce = nonce;
      script.onload = () => {
        const registered = lateModule(name);
        if (registered) resolve(registered as NonNullable<Global[K]>);
        else reject(new Error(`${name}.js did not register`));
      };
      script.onerror = () => {
        script.remove();
        reject(new Error(`${script.src} could not be loaded`));
      };
      document.head.append(script);
    }).catch((error: unknown) => {
      pending.delete(name);
      throw error;
    });
    pending.set(name, load);
  }
  return load;
}
