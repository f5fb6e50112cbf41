/**
 * The part of Preact that `team.js` renders with, taken from `embed.js`
 * (`SiaeDiagnostic.runtime`) so that both render with one Preact: one
 * `options`, one hooks state, one tree. Only these names are shared, so the
 * rest of Preact can still be left out of embed.js.
 *
 * One list, checked at both ends: embed.js must provide every name (its
 * `runtime` has this type), and the team build resolves `preact`,
 * `preact/hooks` and `preact/jsx-runtime` to the modules beside this one,
 * which export exactly these names, so team code importing any other name
 * fails the build ("not exported") instead of failing in the browser.
 */
import type * as Preact from 'preact';
import type * as Hooks from 'preact/hooks';
import type * as JsxRuntime from 'preact/jsx-runtime';

export interface TeamRuntime {
  readonly preact: Pick<typeof Preact, 'createContext' | 'createElement' | 'Fragment' | 'options' | 'render'>;
  readonly hooks: Pick<typeof Hooks, 'useContext' | 'useEffect' | 'useId' | 'useLayoutEffect' | 'useMemo' | 'useRef' | 'useState'>;
  readonly jsxRuntime: Pick<typeof JsxRuntime, 'jsx' | 'jsxs' | 'Fragment'>;
}

/** The embed's runtime, read when team.js runs (embed.js has defined it by then: it loads team.js). */
export function sharedRuntime(): TeamRuntime {
  const runtime = window.SiaeDiagnostic?.runtime;
  if (!runtime) throw new Error('team.js needs embed.js (SiaeDiagnostic.runtime) on the page');
  return runtime;
}
