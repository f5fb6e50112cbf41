// Starting the static server on a port (in-process for the browser tests and bench,
// or through `node scripts/serve.mjs`), and listing the pages worth opening.

import { createServer } from 'node:http';
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticFileHandler } from './staticFiles.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(HERE, '..', '..', 'dist');
export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';

/**
 * Start the static server.
 * @param {{ root?: string, port?: number|string, host?: string }} [opts]
 * @returns {Promise<{ url: string, port: number, root: string, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ root = DEFAULT_ROOT, port = DEFAULT_PORT, host = HOST } = {}) {
  const rootReal = await realpath(path.resolve(root));
  const server = createServer(staticFileHandler(rootReal));
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
  // Idempotent, and drops keep-alive connections so the caller's process can exit.
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
