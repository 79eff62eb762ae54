#!/usr/bin/env node
// The `dossier` command: runs the bundled CLI (built by `npm run build:cli`, which `npm install` runs).

import { existsSync } from 'node:fs';

const bundle = new URL('../../dist/cli/dossier.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error(
    'dossier: the command line is not built yet. Run `npm run build:cli` in the Dossier Desk folder.',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
