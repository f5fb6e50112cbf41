/**
 * Builds `dist/embed.js`: one classic script (IIFE, no module imports) that
 * partners paste on their pages. Its CSS is inside it, adopted by the shadow
 * root at mount time.
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { appVersion } from './vite.config.ts';

export default defineConfig({
  plugins: [preact()],
  publicDir: false,
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    lib: {
      entry: 'src/embed/embedScript.ts',
      formats: ['iife'],
      name: 'SiaeDiagnosticBundle',
      fileName: () => 'embed.js',
    },
  },
});
