// Answering one request from a root directory: GET/HEAD only, no traversal or
// symlink escape, `Cache-Control: no-store` everywhere, CSP on the CSP demos.

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { cspFor } from './cspPolicies.mjs';

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

/** Request listener serving the files under `rootReal` (an already resolved real path). */
export function staticFileHandler(rootReal) {
  return (req, res) => {
    handle(rootReal, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  };
}
