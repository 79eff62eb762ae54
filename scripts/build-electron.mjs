// Bundles the main process and the preload into dist/electron/ (CommonJS, as Electron loads them).

import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' });
// A sandboxed preload may only require 'electron': everything else is bundled in.
await build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
