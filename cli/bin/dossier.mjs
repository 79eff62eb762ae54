#!/usr/bin/env node
// The `dossier` command: runs the bundled CLI (built by `npm run build:cli`, which `npm install` runs).

import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps the compiled bundle on disk between runs, which shortens every later start; older
// Node has no such cache and simply compiles as before.
module.enableCompileCache?.();

const bundle = new URL('../../dist/cli/dossier.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error(
    'dossier: the command line is not built yet. Run `npm run build:cli` in the Dossier Desk folder.',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
