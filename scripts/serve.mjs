#!/usr/bin/env node
// Dependency-free static server for the built widget (dist/).
//
//   node scripts/serve.mjs            -> http://127.0.0.1:4173
//   PORT=8080 node scripts/serve.mjs  -> port from the environment
//   node scripts/serve.mjs 8080       -> port from argv (also --port 8080 / --port=8080)
//   PORT=0 node scripts/serve.mjs     -> any free port
//
// In-process use (browser tests):
//   import { startServer } from '../../scripts/serve.mjs';
//   const { url, close } = await startServer({ root: 'dist', port: 0 });
//   // url has no trailing slash: `${url}/demo/csp.html`
//
// Every response carries `Cache-Control: no-store`. HTML files under /demo/ whose
// name starts with "csp" are served with a strict Content-Security-Policy
// (see CSP_POLICY / CSP_NONCE_POLICY below) so the demos prove the widget runs
// without inline scripts/styles, eval or third-party origins.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(HERE, '..', 'dist');
export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

/** Nonce used by dist/demo/csp-nonce.html (static on purpose: it is a demo page). */
export const CSP_NONCE = 'siaeDemoNonce';

/** Policy for /demo/csp*.html. */
export const CSP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Policy for /demo/csp-nonce.html: styles only allowed with the nonce ('self' is not enough). */
export const CSP_NONCE_POLICY =
  `default-src 'self'; script-src 'self' 'nonce-${CSP_NONCE}'; style-src 'nonce-${CSP_NONCE}'; ` +
  "object-src 'none'; base-uri 'none'";

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** CSP header value for a request path (already decoded, starting with "/"), or null. */
export function cspFor(urlPath) {
  const m = /^\/demo\/(?:.*\/)?([^/]+)$/.exec(urlPath);
  if (!m) return null;
  const name = m[1].toLowerCase();
  if (!name.startsWith('csp') || !name.endsWith('.html')) return null;
  return name === 'csp-nonce.html' ? CSP_NONCE_POLICY : CSP_POLICY;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function isInside(root, p) {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

async function handle(rootReal, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  let urlPath;
  try {
    const raw = (req.url || '/').split('?')[0].split('#')[0];
    urlPath = decodeURIComponent(raw);
  } catch {
    return send(res, 400, 'Bad Request\n');
  }
  // Refuse traversal outright rather than silently normalising it.
  if (
    !urlPath.startsWith('/') ||
    urlPath.includes('\0') ||
    urlPath.includes('\\') ||
    urlPath.split('/').some((seg) => seg === '..')
  ) {
    return send(res, 403, 'Forbidden\n');
  }

  let filePath = path.join(rootReal, urlPath);
  if (!isInside(rootReal, filePath)) return send(res, 403, 'Forbidden\n');

  let st;
  try {
    st = await stat(filePath);
    if (st.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        const q = (req.url || '').includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        return send(res, 301, 'Moved Permanently\n', { Location: `${urlPath}/${q}` });
      }
      filePath = path.join(filePath, 'index.html');
      st = await stat(filePath);
    }
    if (!st.isFile()) throw new Error('not a file');
    // Symlinks must not escape the root either.
    const real = await realpath(filePath);
    if (!isInside(rootReal, real)) return send(res, 403, 'Forbidden\n');
  } catch {
    return send(res, 404, 'Not Found\n');
  }

  const ext = path.extname(filePath).toLowerCase();
  const headers = {
    'Content-Type': CONTENT_TYPES[ext] || 'application/octet-stream',
    'Content-Length': String(st.size),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  const servedPath = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const csp = cspFor(servedPath);
  if (csp) headers['Content-Security-Policy'] = csp;

  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(filePath);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Start the static server.
 * @param {{ root?: string, port?: number|string, host?: string }} [opts]
 * @returns {Promise<{ url: string, port: number, root: string, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ root = DEFAULT_ROOT, port = DEFAULT_PORT, host = HOST } = {}) {
  const rootReal = await realpath(path.resolve(root));
  const server = createServer((req, res) => {
    handle(rootReal, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const url = `http://${host}:${actualPort}`;
  let closing;
  const close = () =>
    (closing ??= new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    }));
  return { url, port: actualPort, root: rootReal, server, close };
}

/** Page URLs worth printing: "/" and every dist/demo/*.html. */
export async function listPages(root = DEFAULT_ROOT) {
  const pages = ['/'];
  try {
    const names = await readdir(path.join(root, 'demo'));
    for (const n of names.filter((n) => n.endsWith('.html')).sort()) pages.push(`/demo/${n}`);
  } catch {
    /* no demo directory */
  }
  return pages;
}

function parsePortArg(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' || a === '-p') return argv[i + 1];
    if (a.startsWith('--port=')) return a.slice('--port='.length);
    if (/^\d+$/.test(a)) return a;
  }
  return undefined;
}

async function main() {
  const portArg = parsePortArg(process.argv.slice(2)) ?? process.env.PORT ?? DEFAULT_PORT;
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid port ${JSON.stringify(portArg)}`);
    process.exit(2);
  }
  let srv;
  try {
    srv = await startServer({ root: DEFAULT_ROOT, port });
  } catch (err) {
    if (err.code === 'ENOENT') {
      console.error(`serve: ${DEFAULT_ROOT} does not exist — run \`npm run build\` first.`);
    } else if (err.code === 'EADDRINUSE') {
      console.error(`serve: port ${port} is already in use (try PORT=0 for a free port).`);
    } else {
      console.error(`serve: ${err.message}`);
    }
    process.exit(1);
  }
  const pages = await listPages(srv.root);
  console.log(`Serving ${path.relative(process.cwd(), srv.root) || '.'} at ${srv.url}`);
  console.log(`  standalone: ${srv.url}/`);
  for (const p of pages.slice(1)) {
    const csp = cspFor(p) ? '  (CSP)' : '';
    console.log(`  demo:       ${srv.url}${p}${csp}`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => srv.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
