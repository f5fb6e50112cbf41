// The Content-Security-Policy headers of the demo pages /demo/csp*.html, strict
// enough to prove the widget runs without inline scripts/styles, eval or
// third-party origins.

/** Nonce used by dist/demo/csp-nonce.html (static on purpose: it is a demo page). */
export const CSP_NONCE = 'siaeDemoNonce';

/** Policy for /demo/csp*.html. */
export const CSP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Policy for /demo/csp-nonce.html: styles only allowed with the nonce ('self' is not enough). */
export const CSP_NONCE_POLICY =
  `default-src 'self'; script-src 'self' 'nonce-${CSP_NONCE}'; style-src 'nonce-${CSP_NONCE}'; ` +
  "object-src 'none'; base-uri 'none'";

/** CSP header value for a request path (already decoded, starting with "/"), or null. */
export function cspFor(urlPath) {
  const m = /^\/demo\/(?:.*\/)?([^/]+)$/.exec(urlPath);
  if (!m) return null;
  const name = m[1].toLowerCase();
  if (!name.startsWith('csp') || !name.endsWith('.html')) return null;
  return name === 'csp-nonce.html' ? CSP_NONCE_POLICY : CSP_POLICY;
}
