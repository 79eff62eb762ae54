import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { RENDERER_SECURITY_HEADERS } from './shared/security/csp.ts';

// The renderer: built into dist/renderer, loaded by Electron from app://dossier-desk and served by
// `npm run start:web` with the same security headers.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  preview: { headers: { ...RENDERER_SECURITY_HEADERS } },
  server: { port: 5177, strictPort: false },
});
