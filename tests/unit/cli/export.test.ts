import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDossierFile } from '../../../cli/commands/export';
import { main } from '../../../cli/dossier';
import { fixtureDossierJson } from '../shared/export/support/fixture-dossier';
import { docxPart, readWithPandoc } from '../shared/export/support/read-docx';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'samples', 'morocco-germany-security.dossier.json');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

let work = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-export-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A fresh folder holding a copy of the sample dossier and its attachments. */
function sampleCopy(): string {
  const dir = mkdtempSync(path.join(work, 'sample-'));
  copyFileSync(SAMPLE, path.join(dir, 'dossier.json'));
  cpSync(path.join(ROOT, 'samples', 'attachments'), path.join(dir, 'attachments'), { recursive: true });
  return path.join(dir, 'dossier.json');
}

describe('dossier export', () => {
  it('exports the first briefing with its own template next to the input and prints the path', async () => {
    const input = sampleCopy();
    const { io, out, err } = capture();
    expect(await main(['export', input], io)).toBe(0);
    const expected = path.join(
      path.dirname(input),
      'Morocco–Germany security cooperation - state of play 2023–2024.docx',
    );
    expect(out).toEqual([expected]);
    expect(err).toEqual([]);
    const bytes = new Uint8Array(readFileSync(expected));
    expect(docxPart(bytes, 'docProps/custom.xml')).toMatch(/name="Template"><vt:lpwstr>briefing-note</);
    // The chart comes from attachments/ beside the input.
    expect(readWithPandoc(bytes).blocks.some((block) => block.kind === 'image')).toBe(true);
    // Written through a temporary file that is gone afterwards.
    expect(readdirSync(path.dirname(input)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('exports the briefing named by title, with another template, to --out', async () => {
    const out = path.join(work, 'brief.docx');
    const result = capture();
    const code = await main(
      [
        'export',
        SAMPLE,
        '--briefing',
        'rabat meeting of the dgsn-dgst and bka leadership',
        '--template',
        'situation-report',
        '--out',
        out,
      ],
      result.io,
    );
    expect(code).toBe(0);
    expect(result.out).toEqual([out]);
    const bytes = new Uint8Array(readFileSync(out));
    expect(docxPart(bytes, 'docProps/core.xml')).toContain(
      '<dc:title>Rabat meeting of the DGSN-DGST and BKA leadership</dc:title>',
    );
    expect(docxPart(bytes, 'docProps/custom.xml')).toMatch(/name="Template"><vt:lpwstr>situation-report</);
  });

  it('warns on stderr, and still exports, when the briefing is marked below what it cites', async () => {
    const input = path.join(work, 'under-marked.json');
    writeFileSync(input, JSON.stringify(fixtureDossierJson({ marking: { scheme: 'tlp', level: 'clear' } })));
    const { io, err } = capture();
    expect(await main(['export', input, '--out', path.join(work, 'under-marked.docx')], io)).toBe(0);
    expect(err).toContain(
      'dossier export: warning: The briefing is marked TLP:CLEAR but cites sources marked TLP:AMBER; raise its marking before sharing it.',
    );
    // Its image's bytes are not beside it: that is a warning too, not a failure.
    expect(
      err.some((line) =>
        /warning: The image "Chart of joint operations in 2022 and 2023" is not in the dossier/.test(line),
      ),
    ).toBe(true);
  });

  it.each([
    ['a missing file', ['export', 'no-such-dossier.json'], /^FILE_NOT_FOUND: .*no-such-dossier\.json/],
    [
      'an unknown briefing',
      ['export', SAMPLE, '--briefing', 'Budget'],
      /^BRIEFING_NOT_FOUND: No briefing has the id or title "Budget"/,
    ],
    [
      'an unknown template',
      ['export', SAMPLE, '--template', 'memo'],
      /^TEMPLATE_NOT_FOUND: There is no template "memo"/,
    ],
  ])('exits 1 with one line, its code first, for %s', async (_, args, message) => {
    const { io, err, out } = capture();
    expect(await main(args as string[], io)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(out).toEqual([]);
  });

  it('exits 1 with one line for a file that is not a valid dossier', async () => {
    const notJson = path.join(work, 'broken.json');
    writeFileSync(notJson, '{ "formatVersion": 1,');
    const invalid = path.join(work, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...fixtureDossierJson(), formatVersion: 9 }));
    for (const [file, message] of [
      [notJson, /^INVALID_JSON: .*broken\.json is not JSON/],
      [invalid, /^UNSUPPORTED_VERSION: .*format version 9/],
    ] as const) {
      const { io, err } = capture();
      expect(await main(['export', file], io)).toBe(1);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
    }
  });

  it('prints a failure that quotes control characters, an escape sequence and a line break as one clean line', async () => {
    const { io, err, out } = capture();
    const briefing = 'Bud\u001b[2J\u001b[31mget\nFAKE: ok\u202e\u0007';
    expect(await main(['export', SAMPLE, '--briefing', briefing], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^BRIEFING_NOT_FOUND: No briefing has the id or title "Budget FAKE: ok"\. Briefings: /,
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    expect(err[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('keeps the permissions of the .docx it replaces: a private file stays private', async () => {
    const target = path.join(work, 'private.docx');
    writeFileSync(target, 'an earlier export', { mode: 0o600 });
    const { io, out } = capture();
    expect(await main(['export', SAMPLE, '--out', target], io)).toBe(0);
    expect(out).toEqual([target]);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('exits 1 and leaves nothing behind when the output folder does not exist', async () => {
    const { io, err } = capture();
    const out = path.join(work, 'missing-folder', 'x.docx');
    expect(await main(['export', SAMPLE, '--out', out], io)).toBe(1);
    expect(err[0]).toMatch(/^FILE_NOT_FOUND: There is no folder .*missing-folder\. /);
    expect(existsSync(path.dirname(out))).toBe(false);
  });

  it.each([
    ['no dossier file', ['export']],
    ['two dossier files', ['export', 'a.json', 'b.json']],
    ['an unknown option', ['export', SAMPLE, '--colour', 'red']],
    ['an --out that is not .docx', ['export', SAMPLE, '--out', 'x.pdf']],
  ])('exits 2 on a usage error: %s', async (_, args) => {
    const { io, err } = capture();
    expect(await main(args, io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('dossier export');
  });

  it('has --help and is listed in the main help', async () => {
    const help = capture();
    expect(await main(['export', '--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(
      /Usage: dossier export <dossier-file> \[--briefing <id or title>\] \[--template <name>\] \[--language <en\|fr\|de\|ar>\] \[--out <file.docx>\]/,
    );
    const main_ = capture();
    await main(['--help'], main_.io);
    expect(main_.out.join('\n')).toMatch(/export {7}export a briefing to Word/);
  });

  it('reads only attachments whose bytes hash to their name', async () => {
    const input = sampleCopy();
    const attachments = path.join(path.dirname(input), 'attachments');
    const [name] = readdirSync(attachments);
    writeFileSync(path.join(attachments, name as string), 'not the chart');
    const { readAttachment } = await readDossierFile(input);
    expect(readAttachment(name as string)).toBeUndefined();
  });

  describe('as installed (bin → bundle)', () => {
    beforeAll(() => {
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    });

    it('exports the sample from the shell', () => {
      const out = path.join(work, 'from-shell', 'note.docx');
      mkdirSync(path.dirname(out));
      const result = spawnSync(process.execPath, ['cli/bin/dossier.mjs', 'export', SAMPLE, '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(out);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    });
  });
});

describe('dossier export from a .dossier package', () => {
  const packageFile = path.join(ROOT, 'tests', 'fixtures', 'packages', 'v1-sample.dossier');

  it('exports a briefing of a package read through the package reader', async () => {
    const { io, out, err } = capture();
    const target = path.join(work, 'from-package.docx');
    expect(await main(['export', packageFile, '--out', target], io)).toBe(0);
    expect(out).toEqual([target]);
    expect(err.filter((line) => !line.includes('warning'))).toEqual([]);
    const markdown = execFileSync('pandoc', ['-t', 'plain', target], { encoding: 'utf8' });
    expect(markdown.length).toBeGreaterThan(100);
  });

  it('refuses an encrypted package without its passphrase, in one line with the code first', async () => {
    const { io, err } = capture();
    const encrypted = path.join(ROOT, 'tests', 'fixtures', 'packages', 'v1-sample-encrypted.dossier');
    expect(await main(['export', encrypted, '--out', path.join(work, 'no.docx')], io)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^PASSPHRASE_REQUIRED: .*--passphrase-file/);
    expect(existsSync(path.join(work, 'no.docx'))).toBe(false);
  });
});
