/** Replaced at build time by the package version (vite `define`). */
declare const __APP_VERSION__: string;
