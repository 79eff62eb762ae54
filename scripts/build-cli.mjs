// Bundles the `dossier` command line into dist/cli/dossier.mjs (run by cli/bin/dossier.mjs), after checking
// the shipped templates: the bundle carries them parsed, so `dossier templates` runs without loading zod.

import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The shipped templates, validated by the same code the CLI runs; an invalid one fails the build. */
async function validatedTemplates() {
  const checker = await build({
    stdin: {
      contents: "export { validateTemplateFiles } from './cli/commands/templates';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = checker.outputFiles[0].text;
  const { validateTemplateFiles } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return validateTemplateFiles('templates');
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
