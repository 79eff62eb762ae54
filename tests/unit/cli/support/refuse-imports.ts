// Runs the built `dossier` command in a Node whose module resolution refuses some packages, so a test can
// prove that a command never loads them (a refused import or require fails the command, naming the package).
// Both loaders are watched: the quick commands run from CommonJS files, the others from the ESM bundle.

import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../../../..');

/** A runner of `node cli/bin/dossier.cjs …` (the package's bin) in which any import whose specifier matches `refused` fails. */
export function dossierRefusing(
  refused: RegExp,
  workDir: string,
): (...args: string[]) => SpawnSyncReturns<string> {
  const hooks = path.join(workDir, 'refuse-imports.mjs');
  writeFileSync(
    hooks,
    `const REFUSED = new RegExp(${JSON.stringify(refused.source)});
    export async function resolve(specifier, context, next) {
      if (REFUSED.test(specifier)) throw new Error(specifier + ' was loaded');
      return next(specifier, context);
    }`,
  );
  const register = path.join(workDir, 'register-refuse-imports.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';
    register(${JSON.stringify(pathToFileURL(hooks).href)});`,
  );
  const refuseRequires = path.join(workDir, 'refuse-requires.cjs');
  writeFileSync(
    refuseRequires,
    `const Module = require('node:module');
    const REFUSED = new RegExp(${JSON.stringify(refused.source)});
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      if (REFUSED.test(request)) throw new Error(request + ' was loaded');
      return resolve.call(this, request, ...rest);
    };`,
  );
  return (...args) =>
    spawnSync(
      process.execPath,
      ['--require', refuseRequires, '--import', pathToFileURL(register).href, 'cli/bin/dossier.cjs', ...args],
      { cwd: ROOT, encoding: 'utf8' },
    );
}
