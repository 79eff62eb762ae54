// Serves the built renderer (dist/renderer) the way `npm run start:web` does, for the e2e tests, and says
// up front whether the Electron part can run on this machine.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    electronBinary: string | null;
    electronMissingReason: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const root = path.resolve(__dirname, '../..');
  if (!existsSync(path.join(root, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` before the e2e tests (npm test does).');
  }
  server = await preview({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('the preview server did not report its URL');
  project.provide('baseUrl', baseUrl);

  const electron = findElectronBinary();
  if ('path' in electron) {
    project.provide('electronBinary', electron.path);
    project.provide('electronMissingReason', '');
  } else {
    project.provide('electronBinary', null);
    project.provide('electronMissingReason', electron.missing);
    console.warn(
      `\n[e2e] Electron tests do not run here: ${electron.missing}. The Chromium tests cover the renderer.\n`,
    );
  }
}

export async function teardown() {
  await server?.close();
}
