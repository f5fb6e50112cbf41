/**
 * The standalone page: the widget on its own, full page. index.html loads
 * embed.js as a partner's page does (a classic script, deferred), so this page
 * exercises the partner path and nothing is built twice; this module only
 * mounts through embed.js's global and, when framed, reports the height.
 */
import { startFrameBridge } from './embed/frameBridge';

async function loadWidget(): Promise<Window['SiaeDiagnostic']> {
  // embed.js is deferred (the page paints first) and this module, deferred too, may run before it:
  // every deferred script has run by DOMContentLoaded (or, should that have passed, by load).
  if (!window.SiaeDiagnostic && document.readyState !== 'complete') {
    await new Promise((done) => ['DOMContentLoaded', 'load'].forEach((type) => addEventListener(type, done, { once: true })));
  }
  // `vite` dev has no built embed.js: run its source instead. The build drops this branch.
  if (import.meta.env.DEV && !window.SiaeDiagnostic) await import('./embed/embedScript');
  return window.SiaeDiagnostic;
}

const el = document.getElementById('siae-diagnostic');
if (el) {
  void loadWidget().then((widget) => {
    if (!widget) return console.warn('[siae-diagnostic] embed.js did not load; nothing was mounted.');
    const params = new URLSearchParams(location.search);
    widget.mount(el, { storage: 'local', lang: params.get('lang') ?? '', pageTitle: true });
    startFrameBridge();
  });
}
