import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierRefusing } from '../support/refuse-imports';

const ROOT = path.resolve(__dirname, '../../../..');

// docx stamps the time into docProps/core.xml and draws relationship ids from Math.random: this preload
// fixes both, so two exports of one briefing can be compared byte for byte.
const FIXED_CLOCK_AND_RANDOM = `
const FixedDate = class extends Date {
  constructor(...args) { super(...(args.length === 0 ? [Date.UTC(2025, 0, 15, 10)] : args)); }
  static now() { return Date.UTC(2025, 0, 15, 10); }
};
globalThis.Date = FixedDate;
let seed = 42;
Math.random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};`;

// The exporter called directly from the sources, as the app's worker calls it: what the command line must
// write, to the byte.
const EXPORT_FROM_SOURCES = `
import { writeFileSync } from 'node:fs';
import { exportBriefingToDocx, findBriefing, findTemplate } from './shared/export';
import { readDossierFile } from './cli/commands/export';
import { readTemplates } from './cli/commands/templates';
const [input, out] = process.argv.slice(-2);
const { document, readAttachment } = await readDossierFile(input);
const briefing = findBriefing(document, undefined);
const template = findTemplate(await readTemplates('templates', []), briefing.templateId);
const result = await exportBriefingToDocx({ document, briefing: briefing.id, template, readAttachment });
writeFileSync(out, result.bytes);`;

/** Whole Node processes (two exports, a build): slow when the machine is shared, never a measure. */
const PROCESS_TIMEOUT = 120_000;

let work = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-export-process-'));
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
}, PROCESS_TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dossier export as a whole process', () => {
  it('writes exactly the bytes the exporter makes, the images included', { timeout: PROCESS_TIMEOUT }, () => {
    const input = path.join(work, 'dossier.json');
    cpSync(path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json'), input);
    cpSync(path.join(ROOT, 'samples', 'attachments'), path.join(work, 'attachments'), { recursive: true });
    const preload = path.join(work, 'fixed.mjs');
    writeFileSync(preload, FIXED_CLOCK_AND_RANDOM);
    const fixed = ['--import', pathToFileURL(preload).href];
    const expected = path.join(work, 'expected.docx');
    execFileSync(
      process.execPath,
      [...fixed, '--import', 'tsx', '--input-type=module', '--eval', EXPORT_FROM_SOURCES, input, expected],
      { cwd: ROOT },
    );
    const written = path.join(work, 'written.docx');
    const cli = spawnSync(
      process.execPath,
      [...fixed, 'cli/bin/dossier.mjs', 'export', input, '--out', written],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const bytes = readFileSync(written);
    // The sample's chart is embedded, so the comparison covers the images too.
    expect(bytes.includes(Buffer.from('word/media/'))).toBe(true);
    expect(bytes.equals(readFileSync(expected))).toBe(true);
  });

  it('exports a JSON document without loading the package reader, its cryptography or the CRDT', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const input = path.join(work, 'dossier.json');
    cpSync(path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json'), input);
    const run = dossierRefusing(/^(yjs|diff|@noble\/)/, work);
    const exported = run('export', input, '--out', path.join(work, 'light.docx'));
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    // The hook does refuse them where a command needs them.
    expect(run('inspect', path.join(work, 'light.docx')).stderr).toContain('was loaded');
  });
});
