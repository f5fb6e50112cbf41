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
// (CSP_POLICY / CSP_NONCE_POLICY, in serve/cspPolicies.mjs) so the demos prove the
// widget runs without inline scripts/styles, eval or third-party origins.
//
// The server itself lives in serve/; this file is the command and keeps re-exporting
// what tests and scripts import from it.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cspFor } from './serve/cspPolicies.mjs';
import { DEFAULT_PORT, DEFAULT_ROOT, listPages, startServer } from './serve/startServer.mjs';

export { CSP_NONCE, CSP_POLICY, CSP_NONCE_POLICY, cspFor } from './serve/cspPolicies.mjs';
export { CONTENT_TYPES } from './serve/staticFiles.mjs';
export { DEFAULT_ROOT, DEFAULT_PORT, HOST, startServer, listPages } from './serve/startServer.mjs';

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
