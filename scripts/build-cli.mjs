// Bundles the `dossier` command line into dist/cli/dossier.mjs (run by cli/bin/dossier.cjs, the package's bin), after checking
// the shipped templates: the bundle carries them parsed, so `dossier templates` runs without loading zod.
// The commands whose start is measured (`templates`, `export`) also get one CommonJS file each, with the
// packages they always use inside, and a V8 code cache made by running them once (see cli/bin/dossier.cjs).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

const define = {
  __APP_VERSION__: JSON.stringify(version),
  __VALIDATED_TEMPLATES__: JSON.stringify(await validatedTemplates()),
};

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
  define,
});

/**
 * What each quick command's file bundles: everything but the packages it loads only on some inputs, which
 * stay in node_modules and are required when needed (a .dossier package's reader and cryptography, the CRDT,
 * the comparison behind --changes-since, zod for a template edited after the build).
 */
const QUICK_COMMANDS = {
  templates: { run: ['templates'], external: ['zod'] },
  export: {
    run: ['export', 'samples/morocco-germany-security.dossier.json', '--out', '<work>/sample.docx'],
    external: ['yjs', 'y-prosemirror', 'diff', '@noble/*'],
  },
};

/**
 * `dossier <command>` as one CommonJS file: Node's ESM loader resolves, reads and links each module of a
 * chunk graph one by one, and a CommonJS file can be compiled from a code cache, which ESM cannot in Node 20.
 * Other commands in cli/dossier.ts resolve to nothing here: the bin sends them to the ESM bundle.
 */
async function buildQuickCommand(command, external) {
  const result = await build({
    stdin: {
      contents: "export { main } from './cli/dossier';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: `dist/cli/quick/${command}.cjs`,
    external,
    // Dynamic imports become require: an import() would start the ESM loader for a CommonJS file.
    supported: { 'dynamic-import': false },
    // cli/dossier.ts finds the templates folder from its own file, which here is this one.
    define: { ...define, 'import.meta.url': '__quickCommandUrl' },
    banner: { js: "const __quickCommandUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
    write: false,
    plugins: [
      {
        name: 'only-this-command',
        setup(plugin) {
          plugin.onResolve({ filter: /^\.\/commands\/[a-z-]+$/ }, (args) =>
            args.path === `./commands/${command}`
              ? undefined
              : { path: args.path, namespace: 'other-command' },
          );
          plugin.onLoad({ filter: /.*/, namespace: 'other-command' }, () => ({ contents: 'export {};' }));
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  // Named by its content, so a code cache (named after the file) can never be taken for another build's.
  const hash = createHash('sha256').update(output.contents).digest('hex').slice(0, 16);
  const file = `${command}-${hash}.cjs`;
  writeAtomically(path.join('dist/cli/quick', file), output.contents);
  return file;
}

// Tests build the command line from several processes at once while others run it: each file appears whole.
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

const quick = {};
mkdirSync('dist/cli/quick', { recursive: true });
for (const [command, { external }] of Object.entries(QUICK_COMMANDS))
  quick[command] = await buildQuickCommand(command, external);
writeAtomically('dist/cli/quick/commands.json', `${JSON.stringify(quick, null, 2)}\n`);
// Files of earlier builds go (2 to 3 MB each with their caches); another build's unfinished .tmp files stay.
const current = new Set(Object.values(quick).flatMap((file) => [file, `${file}.v8-cache`]));
for (const file of readdirSync('dist/cli/quick'))
  if (file.endsWith('.cjs') || file.endsWith('.v8-cache'))
    if (!current.has(file)) rmSync(path.join('dist/cli/quick', file), { force: true });

// Each quick command is run once on the shipped sample, and the bin writes the code V8 compiled for it beside
// its file. A Node of another version (or other V8 flags) rejects the cache and simply compiles as before.
const work = mkdtempSync(path.join(tmpdir(), 'dossier-code-cache-'));
try {
  for (const [command, { run }] of Object.entries(QUICK_COMMANDS)) {
    const args = run.map((arg) => arg.replace('<work>', work));
    const made = spawnSync(process.execPath, ['cli/bin/dossier.cjs', ...args], {
      env: { ...process.env, DOSSIER_WRITE_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    if (made.status !== 0) {
      console.error(`dossier ${command} failed while making its code cache:\n${made.stderr}`);
      process.exit(1);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
