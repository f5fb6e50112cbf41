/*
 * Mounting the diagnostic from JavaScript, for pages that build their
 * content in code (single-page apps). Loaded after ../embed.js, which
 * defines the global `SiaeDiagnostic`.
 *
 *   var handle = SiaeDiagnostic.mount(element, options);
 *   handle.unmount(); // e.g. when leaving the route; answers stay in storage
 */
(function () {
  'use strict';
  var element = document.getElementById('diagnostic-js');
  if (!element || !window.SiaeDiagnostic) return;
  SiaeDiagnostic.mount(element, {
    storageKey: 'demo-csp-js', // its own key: this page has two diagnostics
    accent: '#1b5e20', // the partner's colour (any CSS colour)
  });
})();
