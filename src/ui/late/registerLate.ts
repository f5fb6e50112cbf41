/**
 * Run by a late script (`results.js`, `team.js`): registers its module on
 * the embed's global, where `loadScript.ts` finds it. Not enumerable: the
 * global's public face (mount, defineElement, version) stays the same.
 * Imports nothing, so a late script carries no wording it does not need.
 */
type Global = NonNullable<Window['SiaeDiagnostic']>;

export function registerLate<K extends 'results' | 'team'>(name: K, module: NonNullable<Global[K]>): void {
  if (window.SiaeDiagnostic) Object.defineProperty(window.SiaeDiagnostic, name, { value: module, enumerable: false, configurable: true });
}
