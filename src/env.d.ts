/** Replaced at build time by the package version (vite `define`). */
declare const __APP_VERSION__: string;

interface Window {
  /** The embed's global (src/embed/embedScript.ts); `results` and `team` are set by results.js and team.js once loaded. */
  SiaeDiagnostic?: {
    mount: typeof import('./embed/mount').mount;
    defineElement: typeof import('./embed/customElement').defineElement;
    version: string;
    runtime?: import('./ui/late/runtime').LateRuntime;
    results?: import('./ui/results/resultsModule').ResultsModule;
    team?: import('./ui/team/teamModule').TeamModule;
  };
}
