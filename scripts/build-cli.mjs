// Bundles the `dossier` command line into dist/cli/dossier.mjs (run by cli/bin/dossier.mjs).

import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: ['cli/dossier.ts'],
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  // Each command is its own chunk, loaded when it runs: `dossier templates` starts without the exporter.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(version) },
});
