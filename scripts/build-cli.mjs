// Bundles the `dossier` command line into dist/cli/dossier.mjs (run by cli/bin/dossier.mjs), after checking
// the shipped templates: the bundle carries them parsed, so `dossier templates` runs without loading zod.

import { readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The shipped templates, validated by the same code the CLI runs; an invalid one fails the build. */
async function validatedTemplates() {
  // Bundled without its packages (zod is loaded from node_modules, not rebuilt), beside the bundle so that
  // Node resolves them, and removed once run.
  const checker = `dist/cli/template-check-${process.pid}.mjs`;
  await build({
    stdin: {
      contents: "export { validateTemplateFiles } from './cli/commands/templates';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: checker,
    logLevel: 'warning',
  });
  try {
    const { validateTemplateFiles } = await import(pathToFileURL(checker).href);
    return await validateTemplateFiles('templates');
  } finally {
    rmSync(checker, { force: true });
  }
}

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
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __VALIDATED_TEMPLATES__: JSON.stringify(await validatedTemplates()),
  },
});
