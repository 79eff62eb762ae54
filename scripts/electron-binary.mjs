// Finds Electron's binary without triggering its download (requiring 'electron' would try to fetch it).

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) {
    return {
      missing: "Electron's binary was never downloaded (its download host is unreachable from this machine)",
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { missing: `Electron's binary is missing at ${binary}` };
}
