/**
 * The part of Preact that the late scripts (`results.js`, `team.js`) render
 * with, taken from `embed.js` (`SiaeDiagnostic.runtime`) so that all render
 * with one Preact: one
 * `options`, one hooks state, one tree. Only these names are shared, so the
 * rest of Preact can still be left out of embed.js.
 *
 * One list, checked at both ends: embed.js must provide every name (its
 * `runtime` has this type), and the late builds resolve `preact`,
 * `preact/hooks` and `preact/jsx-runtime` to the modules beside this one,
 * which export exactly these names, so late code importing any other name
 * fails the build ("not exported") instead of failing in the browser.
 */
import type * as Preact from 'preact';
import type * as Hooks from 'preact/hooks';
import type * as JsxRuntime from 'preact/jsx-runtime';

export interface LateRuntime {
  readonly preact: Pick<typeof Preact, 'createContext' | 'createElement' | 'Fragment' | 'options' | 'render'>;
  readonly hooks: Pick<typeof Hooks, 'useContext' | 'useEffect' | 'useId' | 'useLayoutEffect' | 'useMemo' | 'useRef' | 'useState'>;
  readonly jsxRuntime: Pick<typeof JsxRuntime, 'jsx' | 'jsxs' | 'Fragment'>;
}

/** The embed's runtime, read when a late script runs (embed.js has defined it by then: it loads them). */
export function sharedRuntime(): LateRuntime {
  const runtime = window.SiaeDiagnostic?.runtime;
  if (!runtime) throw new Error('this script needs embed.js (SiaeDiagnostic.runtime) on the page');
  return runtime;
}
