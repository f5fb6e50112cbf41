// `vite preview` of a built folder in-process, with the CSP headers of preview.config.mjs:
// for the browser tests (port 0: any free port), bench and lighthouse.
//   const { url, close } = await startServer({ root: 'dist', port: 0 }); // url has no trailing slash
import path from 'node:path';
import { preview } from 'vite';
import config from './preview.config.mjs';

export async function startServer({ root = 'dist', port = config.preview.port } = {}) {
  const server = await preview({
    ...config,
    logLevel: 'warn',
    build: { ...config.build, outDir: path.resolve(root) },
    preview: { ...config.preview, port, strictPort: port !== 0 },
  });
  const url = `http://${config.preview.host}:${server.httpServer.address().port}`;
  return { url, close: () => server.close() };
}
