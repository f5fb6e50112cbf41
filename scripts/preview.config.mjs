// `vite preview` of dist/ as the demos need it (`npm start`, the browser tests, bench):
// 127.0.0.1:4173, `Cache-Control: no-store` everywhere, no SPA fallback (unknown paths
// are 404), a 403 for any `..` path, and the strict CSP headers of /demo/csp*.html.
import { defineConfig } from 'vite';
import { cspFor } from './cspPolicies.mjs';

/** The one thing vite preview does not do: per-page CSP headers, and refusing traversal outright. */
export function cspHeaders() {
  return {
    name: 'siae-csp-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        let urlPath;
        try {
          urlPath = decodeURIComponent((req.url || '/').split(/[?#]/)[0]);
        } catch {
          res.statusCode = 400;
          return res.end('Bad Request\n');
        }
        if (urlPath.includes('\0') || urlPath.includes('\\') || urlPath.split('/').includes('..')) {
          res.statusCode = 403;
          return res.end('Forbidden\n');
        }
        // Every response (404s and Vite's own index.html too) is no-store; text says UTF-8.
        const setHeader = res.setHeader.bind(res);
        res.setHeader = (name, value) => {
          const key = name.toLowerCase();
          if (key === 'cache-control') value = 'no-store';
          if (key === 'content-type' && /^(text\/|application\/json)/.test(value)) value = `${value.split(';')[0]}; charset=utf-8`;
          return setHeader(name, value);
        };
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        const csp = cspFor(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
        if (csp) res.setHeader('Content-Security-Policy', csp);
        next();
      });
    },
  };
}

export default defineConfig({
  configFile: false,
  appType: 'mpa',
  plugins: [cspHeaders()],
  build: { outDir: 'dist' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    open: false,
  },
});
