/** Replaced at build time by the package version (vite `define`). */
declare const __APP_VERSION__: string;
/** Replaced at build time: the SRI hash of each late script embed.js loads (vite.config.ts). */
declare const __LATE_INTEGRITY__: Readonly<Partial<Record<'results' | 'team', string>>>;

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
