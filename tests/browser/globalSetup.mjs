// Serves dist/ once for every worker and engine (vite preview with the demos' CSP
// headers, on a free port so parallel runs never meet), and stops it at the end.
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/preview.mjs';

export default async function globalSetup() {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html not found: run `npm run build` first');
  const server = await startServer({ root: 'dist', port: 0 });
  process.env.SIAE_BASE_URL = server.url;
  return () => server.close();
}
