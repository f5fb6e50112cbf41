/**
 * Where the running script lives, as the files it loads (wording, late
 * scripts) sit beside it: a classic script (embed.js, results.js, team.js,
 * all in one folder) reads `currentScript` while it runs (null afterwards,
 * and always null in a module); the ES module (dist/module/) knows its own URL.
 */
export const scriptUrl = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;
