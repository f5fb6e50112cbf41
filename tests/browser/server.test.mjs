// scripts/preview.config.mjs: headers, 404, traversal refusal, CSP on /demo/csp*.html.
import assert from 'node:assert/strict';
import http from 'node:http';
import { CSP_NONCE_POLICY, CSP_POLICY, cspFor } from '../../scripts/cspPolicies.mjs';
import { test } from './fixtures.mjs';

test.skip(({ browserName }) => browserName === 'firefox', 'HTTP checks of the preview server, the same whatever the engine: run once, in Chromium');

/** Raw GET (no URL normalisation, unlike fetch) → { status, headers }. */
function rawGet(baseUrl, rawPath) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
    });
    req.on('error', reject);
  });
}

test('serves dist with no-store and correct types, 404s unknown paths, refuses traversal', async ({ baseUrl }) => {
  const index = await rawGet(baseUrl, '/');
  assert.equal(index.status, 200);
  assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(index.headers['cache-control'], 'no-store');
  assert.equal(index.headers['content-security-policy'], undefined);

  const missing = await rawGet(baseUrl, '/does-not-exist.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['cache-control'], 'no-store');

  for (const p of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json']) {
    const r = await rawGet(baseUrl, p);
    assert.equal(r.status, 403, `${p} → ${r.status}`);
  }
});

test('CSP header only on /demo/csp*.html, nonce policy on /demo/csp-nonce.html', async ({ baseUrl }) => {
  assert.equal(cspFor('/demo/csp.html'), CSP_POLICY);
  assert.equal(cspFor('/demo/csp-strict.html'), CSP_POLICY);
  assert.equal(cspFor('/demo/csp-nonce.html'), CSP_NONCE_POLICY);
  assert.equal(cspFor('/demo/embed.html'), null);
  assert.equal(cspFor('/csp.html'), null);
  assert.equal(cspFor('/demo/csp.js'), null);
  assert.match(CSP_NONCE_POLICY, /script-src [^;]*'nonce-siaeDemoNonce'/);
  assert.match(CSP_NONCE_POLICY, /style-src 'nonce-siaeDemoNonce';/);

  const csp = await rawGet(baseUrl, '/demo/csp.html');
  if (csp.status === 200) assert.equal(csp.headers['content-security-policy'], CSP_POLICY);
  const nonce = await rawGet(baseUrl, '/demo/csp-nonce.html');
  if (nonce.status === 200) assert.equal(nonce.headers['content-security-policy'], CSP_NONCE_POLICY);
});
