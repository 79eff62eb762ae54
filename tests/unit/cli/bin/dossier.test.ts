import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');
const QUICK = path.join(ROOT, 'dist', 'cli', 'quick');
/** Whole Node processes and a build: slow when the machine is shared, never a measure. */
const PROCESS_TIMEOUT = 120_000;

// Loaded before the bin, this records every script compiled through node:vm, and whether V8 took the code
// cache it was given, so a test sees which file ran and from what.
const RECORD_COMPILES = `
const vm = require('node:vm');
const { writeFileSync } = require('node:fs');
const Script = vm.Script;
const compiled = [];
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    compiled.push({ file: options?.filename, cached: options?.cachedData !== undefined, rejected: this.cachedDataRejected });
  }
};
process.on('exit', () => writeFileSync(process.env.COMPILES_OUT, JSON.stringify(compiled)));`;

let work = '';
let recorder = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-bin-'));
  recorder = path.join(work, 'record-compiles.cjs');
  writeFileSync(recorder, RECORD_COMPILES);
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
}, PROCESS_TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Compiled {
  file: string;
  cached: boolean;
  rejected: boolean | undefined;
}

/** `node <root>/cli/bin/dossier.cjs …`, with what it compiled through node:vm. */
function runRecorded(root: string, ...args: string[]) {
  const out = path.join(work, 'compiles.json');
  rmSync(out, { force: true });
  const result = spawnSync(process.execPath, ['--require', recorder, 'cli/bin/dossier.cjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, COMPILES_OUT: out },
  });
  return { result, compiled: JSON.parse(readFileSync(out, 'utf8')) as Compiled[] };
}

const quickFile = (command: string) =>
  path.join(QUICK, JSON.parse(readFileSync(path.join(QUICK, 'commands.json'), 'utf8'))[command]);

describe('the dossier bin', () => {
  it('runs export from its own file, compiled from the code cache the build made', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const { result, compiled } = runRecorded(
      ROOT,
      'export',
      'samples/morocco-germany-security.dossier.json',
      '--out',
      path.join(work, 'd.docx'),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(compiled).toEqual([{ file: quickFile('export'), cached: true, rejected: false }]);
  });

  it('lists the templates from their own file and cache, and answers --version from it too', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const listed = runRecorded(ROOT, 'templates');
    expect(listed.result.stdout).toMatch(/^briefing-note /);
    expect(listed.compiled).toEqual([{ file: quickFile('templates'), cached: true, rejected: false }]);
    const version = runRecorded(ROOT, '--version');
    expect(version.result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version.compiled).toEqual(listed.compiled);
  });

  it('runs a command as it would without a cache when V8 rejects it (cut short here)', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    // A copy of the installed layout, so the cache other tests' builds and runs use stays whole.
    const copy = path.join(work, 'installed');
    const file = path.basename(quickFile('templates'));
    mkdirSync(path.join(copy, 'dist', 'cli', 'quick'), { recursive: true });
    cpSync(path.join(ROOT, 'cli', 'bin'), path.join(copy, 'cli', 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'templates'), path.join(copy, 'templates'), { recursive: true });
    cpSync(path.join(QUICK, 'commands.json'), path.join(copy, 'dist', 'cli', 'quick', 'commands.json'));
    cpSync(path.join(QUICK, file), path.join(copy, 'dist', 'cli', 'quick', file));
    const whole = readFileSync(`${quickFile('templates')}.v8-cache`);
    writeFileSync(
      path.join(copy, 'dist', 'cli', 'quick', `${file}.v8-cache`),
      whole.subarray(0, whole.length >> 1),
    );
    const { result, compiled } = runRecorded(copy, 'templates');
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').map((line) => line.split(' ')[0])).toEqual([
      'briefing-note',
      'meeting-brief',
      'situation-report',
      '',
    ]);
    expect(compiled).toEqual([
      { file: path.join(copy, 'dist', 'cli', 'quick', file), cached: true, rejected: true },
    ]);
  });

  it("prints the templates without loading Node's stream modules, whose loading was a tenth of its start", () => {
    const modules = path.join(work, 'modules.json');
    const recordModules = path.join(work, 'record-modules.cjs');
    writeFileSync(
      recordModules,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(modules)}, JSON.stringify(process.moduleLoadList)));`,
    );
    // Through a pipe, as from a shell or a script: process.stdout would be a socket stream there.
    const result = spawnSync(
      process.execPath,
      ['--require', recordModules, 'cli/bin/dossier.cjs', 'templates'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.stdout.split('\n').map((line) => line.split(' ')[0])).toEqual([
      'briefing-note',
      'meeting-brief',
      'situation-report',
      '',
    ]);
    const loaded: string[] = JSON.parse(readFileSync(modules, 'utf8'));
    expect(loaded.filter((name) => /^NativeModule (stream|net)$/.test(name))).toEqual([]);
    // The ESM bundle's commands still print through process.stdout, which does load them.
    spawnSync(process.execPath, ['--require', recordModules, 'cli/bin/dossier.cjs', 'inspect', '--help'], {
      cwd: ROOT,
    });
    expect(JSON.parse(readFileSync(modules, 'utf8'))).toContain('NativeModule net');
  });

  it('runs the other commands from the ESM bundle, without compiling a quick file', () => {
    const { result, compiled } = runRecorded(ROOT, 'inspect', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: dossier inspect/);
    expect(compiled).toEqual([]);
  });
});
