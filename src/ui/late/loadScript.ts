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

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`) a script's src must be a
 * TrustedScriptURL: one policy, "siae-diagnostic", that lets through only the late scripts
 * beside this one. If the page does not allow that policy name, the plain string is used and
 * the page refuses it: reported as not loaded, with "Réessayer", like being offline.
 */
function scriptSource(url: string): unknown {
  if (policy === undefined) {
    const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
    try {
      policy = tt?.createPolicy('siae-diagnostic', {
        createScriptURL: (u) => {
          if (!/\/(results|team)\.js$/.test(new URL(u).pathname)) throw new TypeError(`not a late script: ${u}`);
          return u;
        },
      }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScriptURL(url) : url;
}

export function loadLateScript<K extends LatePartName>(name: K, nonce: string | null): Promise<NonNullable<Global[K]>> {
  const loaded = lateModule(name);
  if (loaded) return Promise.resolve(loaded as NonNullable<Global[K]>);
  let load = pending.get(name) as Promise<NonNullable<Global[K]>> | undefined;
  if (!load) {
    load = new Promise<NonNullable<Global[K]>>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = scriptSource(new URL(`${name}.js`, scriptUrl || document.baseURI).href) as string;
      if (nonce) script.nonce = nonce;
      // Pinned by its hash, built into embed.js: a changed file is refused (and reported as not loaded).
      const integrity = __LATE_INTEGRITY__[name];
      if (integrity) {
        script.integrity = integrity;
        script.crossOrigin = 'anonymous';
      }
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
