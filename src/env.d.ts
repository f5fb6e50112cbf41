/** Replaced at build time by the package version (vite `define`). */
declare const __APP_VERSION__: string;

interface Window {
  /** The embed's global (src/embed/embedScript.ts); `team` is set by team.js once loaded. */
  SiaeDiagnostic?: {
    mount: typeof import('./embed/mount').mount;
    defineElement: typeof import('./embed/customElement').defineElement;
    version: string;
    runtime?: import('./ui/team/shared/runtime').TeamRuntime;
    team?: import('./ui/team/teamModule').TeamModule;
  };
}
