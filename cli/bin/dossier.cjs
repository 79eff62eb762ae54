#!/usr/bin/env node
// The `dossier` command (the package's bin): runs the bundled CLI (built by `npm run build:cli`, which
// `npm install` runs). A quick command (templates, export) runs from its own CommonJS file, compiled from the
// V8 code cache the build made for it; any other command, or a build without those files, runs from the ESM
// bundle. This file is CommonJS because Node starts its ESM loader for an .mjs entry, a tenth of the
// templates command's time.

const { existsSync, readFileSync, renameSync, writeFileSync, writeSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const argv = process.argv.slice(2);
const quickDir = path.join(__dirname, '..', '..', 'dist', 'cli', 'quick');

/** The quick command file for this command line, if the build made one. */
function quickFile() {
  // Every bundle's main answers --version; the templates one is the smallest.
  const command = argv[0] === '--version' ? 'templates' : argv[0];
  let files;
  try {
    files = JSON.parse(readFileSync(path.join(quickDir, 'commands.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const file = typeof command === 'string' && Object.hasOwn(files, command) ? files[command] : undefined;
  return typeof file === 'string' && existsSync(path.join(quickDir, file))
    ? path.join(quickDir, file)
    : undefined;
}

/**
 * Loads a CommonJS file as require would, but compiled with `cachedData`: V8 then skips parsing and compiling
 * what the cache holds (Node 20 has no compile cache of its own). The file's name holds a hash of its text,
 * and the cache is named after the file, so a cache always belongs to the text it is given with; V8 rejects
 * one made by another Node version or with other flags, and the file then compiles as it would without.
 */
function loadQuickCommand(file) {
  const cacheFile = `${file}.v8-cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache (yet): compiled from the text alone.
  }
  const source = readFileSync(file, 'utf8');
  // The wrapper stays on the first line, so line numbers in stack traces are the file's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const loaded = { exports: {} };
  // This file's own require: the quick files require only packages, found in the same node_modules from
  // here, and node:module (for createRequire) would load a few more of Node's modules first.
  script.runInThisContext()(loaded.exports, require, loaded, file, path.dirname(file));
  return { main: loaded.exports.main, script, cacheFile };
}

/** Run by the build: keeps what V8 compiled while the command ran, written whole or not at all. */
function writeCodeCache({ script, cacheFile }) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, script.createCachedData());
  renameSync(temporary, cacheFile);
}

/**
 * A quick command's lines, written straight to the file descriptor: process.stdout, made on first use, loads
 * some twenty of Node's stream and socket modules first, as long as all the rest of `dossier templates`. Anything
 * out of the ordinary (a full non-blocking pipe, a closed one) goes on through the stream, as it did before.
 */
function directLines(fd, stream) {
  let direct = true;
  return (line) => {
    let bytes = Buffer.from(`${line}\n`);
    while (direct && bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch {
        direct = false;
      }
    }
    if (bytes.length > 0) stream().write(bytes);
  };
}

const quickIo = {
  out: directLines(1, () => process.stdout),
  err: directLines(2, () => process.stderr),
};

async function run() {
  const quick = quickFile();
  if (quick) {
    const loaded = loadQuickCommand(quick);
    const code = await loaded.main(argv, quickIo);
    if (process.env.DOSSIER_WRITE_CODE_CACHE === '1') writeCodeCache(loaded);
    return code;
  }
  // Node 22.1+ keeps the compiled ESM bundle on disk between runs, which shortens every later start; older
  // Node has no such cache and simply compiles as before.
  require('node:module').enableCompileCache?.();
  const bundle = path.join(__dirname, '..', '..', 'dist', 'cli', 'dossier.mjs');
  if (!existsSync(bundle)) {
    console.error(
      'dossier: the command line is not built yet. Run `npm run build:cli` in the Dossier Desk folder.',
    );
    return 2;
  }
  const { main } = await import(pathToFileURL(bundle).href);
  return main(argv);
}

run().then((code) => {
  process.exitCode = code;
});
