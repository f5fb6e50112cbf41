/*
 * Optional helper for partners who frame the standalone page:
 *   <iframe src="https://…/index.html?frame=diag1" title="Diagnostic numérique SIAE" data-siae-frame></iframe>
 *   <script src="https://…/frame-host.js"></script>
 * Resizes every iframe marked data-siae-frame to the height its page reports.
 * Messages are accepted only from that frame's window and origin. Defines
 * no global; loading it twice only sets the same height twice.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'siae-diagnostic' || data.type !== 'height') return;
    var height = Math.round(Number(data.height));
    if (!isFinite(height) || height < 100 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-siae-frame]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { continue; }
      if (event.source === frame.contentWindow && event.origin === origin) {
        frame.style.height = height + 'px';
      }
    }
  });
})();
