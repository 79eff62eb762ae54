// `dossier pack | validate | inspect | unpack`: every hostile fixture is refused with exit 1 and one line
// that starts with its code, unpack writes nothing anywhere when it refuses, and packages round-trip.

import { execFileSync, spawnSync } from 'node:child_process';
import {
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
import { PACKAGE_FORMAT_VERSION, readDossierPackage } from '../../../shared/package';
import { FIXTURE_PASSPHRASE, generateHostileFixtures } from '../../fixtures/hostile/generate';
import { sampleAttachments, sha256Hex } from '../../fixtures/packages/sample-dossier';
import { runDossier, sampleDossierOnDisk } from './support/cli-harness';

const ROOT = path.resolve(__dirname, '../../..');
const fixtures = await generateHostileFixtures();
const work = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function passphraseFile(passphrase: string): string {
  const file = path.join(
    work,
    `passphrase-${sha256Hex(new TextEncoder().encode(passphrase)).slice(0, 8)}.txt`,
  );
  writeFileSync(file, `${passphrase}\n`);
  return file;
}

const run = runDossier;

/** A dossier.json and its attachments folder on disk, as `dossier pack` takes them. */
const sampleOnDisk = (name: string) => sampleDossierOnDisk(work, name);

describe('dossier validate and unpack on hostile packages', () => {
  it.each(fixtures)(
    'validate refuses $name with exit 1 and one line starting with $code',
    async (fixture) => {
      const extra = fixture.passphrase ? ['--passphrase-file', passphraseFile(fixture.passphrase)] : [];
      const result = await run('validate', fixture.file, ...extra);
      expect(result.code).toBe(1);
      expect(result.out).toEqual([]);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(new RegExp(`^${fixture.code}: `));
      if (fixture.messageIncludes) expect(result.err[0]).toContain(fixture.messageIncludes);
    },
  );

  it.each(fixtures)(
    'unpack refuses $name and leaves nothing behind, inside --out or beside it',
    async (fixture) => {
      const parent = path.join(work, `unpack-${fixture.name}`);
      mkdirSync(parent);
      const out = path.join(parent, 'out');
      const extra = fixture.passphrase ? ['--passphrase-file', passphraseFile(fixture.passphrase)] : [];
      const result = await run('unpack', fixture.file, '--out', out, ...extra);
      expect(result.code).toBe(1);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(new RegExp(`^${fixture.code}: `));
      expect(readdirSync(parent)).toEqual([]);
      expect(existsSync(path.join(work, 'evil.sh'))).toBe(false);
    },
  );

  it('inspect refuses a hostile package the same way', async () => {
    const fixture = fixtures.find((candidate) => candidate.name === 'slip-dotdot');
    const result = await run('inspect', fixture?.file as string);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^UNSAFE_PATH: /)]);
  });
});

describe('dossier pack, validate, inspect and unpack', () => {
  it('packs a dossier, validates it, and unpacks it into files that pack again to the same dossier', async () => {
    const { json } = sampleOnDisk('round-trip');
    const packed = path.join(work, 'round-trip.dossier');
    const pack = await run('pack', json, '--out', packed);
    expect(pack).toMatchObject({ code: 0, err: [] });
    expect(pack.out[0]).toMatch(
      /^Packed "Morocco–Germany security cooperation" into .*: 2 sources, 2 attachments/,
    );

    const validate = await run('validate', packed);
    expect(validate.code).toBe(0);
    expect(validate.out[0]).toMatch(
      new RegExp(`^OK: .* is a valid dossier package \\(format ${PACKAGE_FORMAT_VERSION}\\)`),
    );

    const out = path.join(work, 'round-trip-unpacked');
    expect((await run('unpack', packed, '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['attachments', 'dossier.json', 'manifest.json']);
    const again = path.join(work, 'round-trip-again.dossier');
    expect((await run('pack', path.join(out, 'dossier.json'), '--out', again)).code).toBe(0);
    const [first, second] = await Promise.all([
      readDossierPackage(readFileSync(packed)),
      readDossierPackage(readFileSync(again)),
    ]);
    expect(second.document).toEqual(first.document);
    for (const attachment of first.attachments.list) {
      const file = readFileSync(path.join(out, 'attachments', attachment.id));
      expect(sha256Hex(file)).toBe(attachment.id);
    }
  });

  it('finds attachments by file name too, and packs the default --out beside dossier.json', async () => {
    const { json, dir } = sampleOnDisk('by-name');
    for (const attachment of sampleAttachments()) {
      const id = sha256Hex(attachment.bytes);
      execFileSync('mv', [path.join(dir, 'attachments', id), path.join(dir, 'attachments', attachment.name)]);
    }
    const result = await run('pack', json);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, 'dossier.dossier'))).toBe(true);
  });

  it('encrypts with --passphrase-file, and needs it to validate, inspect fully and unpack', async () => {
    const { json } = sampleOnDisk('encrypted');
    const packed = path.join(work, 'encrypted.dossier');
    const passphrase = passphraseFile(FIXTURE_PASSPHRASE);
    expect((await run('pack', json, '--out', packed, '--passphrase-file', passphrase)).code).toBe(0);
    const locked = await run('inspect', packed, '--json');
    expect(locked.code).toBe(0);
    expect(JSON.parse(locked.out.join('\n'))).toMatchObject({
      encrypted: true,
      unlocked: false,
      formatVersion: 2,
    });
    const required = await run('validate', packed);
    expect(required.code).toBe(1);
    expect(required.err[0]).toMatch(/^PASSPHRASE_REQUIRED: .*--passphrase-file/);
    expect((await run('validate', packed, '--passphrase-file', passphrase)).code).toBe(0);
    const inspect = await run('inspect', packed, '--passphrase-file', passphrase);
    expect(inspect.out.join('\n')).toMatch(
      /Encrypted: +yes \(AES-256-GCM, Argon2id with 19456 KiB, 2 passes\)/,
    );
    expect(inspect.out.join('\n')).toMatch(/Sources: +2/);
    const out = path.join(work, 'encrypted-unpacked');
    expect((await run('unpack', packed, '--out', out, '--passphrase-file', passphrase)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'dossier.json'), 'utf8')).dossier.id).toBe(
      'd-morocco-germany',
    );
  });

  it('inspects a package: format, title, marking, counts and sizes, as text or JSON', async () => {
    const { json } = sampleOnDisk('inspect');
    const packed = path.join(work, 'inspect.dossier');
    await run('pack', json, '--out', packed);
    const text = (await run('inspect', packed)).out.join('\n');
    expect(text).toMatch(new RegExp(`Format: +${PACKAGE_FORMAT_VERSION}, written by Dossier Desk`));
    expect(text).toMatch(/Title: +Morocco–Germany security cooperation/);
    expect(text).toMatch(/Marking: +TLP:AMBER/);
    expect(text).toMatch(/Timeline events: +1/);
    expect(text).toMatch(/Briefings: +1 \(1 saved versions\)/);
    expect(text).toMatch(/Attachments: +2, 99\.1 KiB \(101453 bytes\)/);
    const summary = JSON.parse((await run('inspect', packed, '--json')).out.join('\n'));
    expect(summary).toMatchObject({
      formatVersion: PACKAGE_FORMAT_VERSION,
      encrypted: false,
      title: 'Morocco–Germany security cooperation',
      marking: { scheme: 'tlp', level: 'amber' },
      counts: {
        sources: 2,
        entities: 1,
        timelineEvents: 1,
        briefings: 1,
        briefingVersions: 1,
        attachments: 2,
      },
    });
  });

  it('leaves no file and no temporary file when pack fails, and keeps an earlier package as it was', async () => {
    const { json, dir } = sampleOnDisk('pack-fails');
    const packed = path.join(dir, 'out.dossier');
    writeFileSync(packed, 'the earlier package');
    rmSync(path.join(dir, 'attachments', sha256Hex(sampleAttachments()[1]?.bytes as Uint8Array)));
    const result = await run('pack', json, '--out', packed);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^ATTACHMENT_MISSING: .*strait-map\.png/)]);
    expect(readFileSync(packed, 'utf8')).toBe('the earlier package');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the permissions of the package it replaces: a private file stays private', async () => {
    const { json, dir } = sampleOnDisk('pack-private');
    const packed = path.join(dir, 'private.dossier');
    writeFileSync(packed, 'the earlier package', { mode: 0o600 });
    const result = await run('pack', json, '--out', packed);
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(statSync(packed).mode & 0o777).toBe(0o600);
    expect((await run('validate', packed)).code).toBe(0);
  });

  it('refuses an invalid dossier.json with one line that names the field', async () => {
    const { json, dir } = sampleOnDisk('pack-invalid');
    const broken = JSON.parse(readFileSync(json, 'utf8'));
    broken.timeline[0].date.value = '2025-02-30';
    writeFileSync(json, JSON.stringify(broken));
    const invalid = await run('pack', json);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toEqual([expect.stringMatching(/^SCHEMA_INVALID: .*timeline\.0\.date\.value/)]);
    writeFileSync(json, '{ not json');
    expect((await run('pack', json)).err).toEqual([expect.stringMatching(/^INVALID_JSON: /)]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.dossier') || name.endsWith('.tmp'))).toEqual([]);
  });

  it('never unpacks over an existing folder', async () => {
    const { json } = sampleOnDisk('no-overwrite');
    const packed = path.join(work, 'no-overwrite.dossier');
    await run('pack', json, '--out', packed);
    const out = path.join(work, 'existing');
    mkdirSync(out);
    writeFileSync(path.join(out, 'keep.txt'), 'mine');
    const result = await run('unpack', packed, '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^OUT_EXISTS: /)]);
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('creates no missing parent folder for --out', async () => {
    const { json } = sampleOnDisk('no-parent');
    const packed = path.join(work, 'no-parent.dossier');
    await run('pack', json, '--out', packed);
    const missing = path.join(work, 'missing-parent');
    const result = await run('unpack', packed, '--out', path.join(missing, 'out'));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^FILE_NOT_FOUND: /)]);
    expect(existsSync(missing)).toBe(false);
  });

  it('prints control characters from a file as harmless text, on one line', async () => {
    const { json } = sampleOnDisk('control-characters');
    const document = JSON.parse(readFileSync(json, 'utf8'));
    document.dossier.title = 'Report\u001b[2J\u001b[31m FAKE\nSECOND LINE';
    writeFileSync(json, JSON.stringify(document));
    const packed = path.join(work, 'control-characters.dossier');
    const result = await run('pack', json, '--out', packed);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    const controls = [...(result.out[0] as string)].filter((c) => c.charCodeAt(0) < 0x20);
    expect(controls).toEqual([]);
    const inspect = await run('inspect', packed);
    expect(inspect.out.join('\n')).not.toContain('\u001b');
  });

  it.each(['pack', 'validate', 'inspect', 'unpack', 'ingest', 'export', 'templates'])(
    '%s prints an unknown option carrying an escape sequence as one clean usage line, code first',
    async (command) => {
      const result = await run(command, '--\u001b[2J\u001b]0;title\u0007colour\u202e');
      expect(result.code).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(new RegExp(`^USAGE: dossier ${command}: Unknown option '--colour'\\. `));
      expect(result.err[0]).toMatch(new RegExp(`Run "dossier ${command} --help"\\.$`));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      expect(result.err[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    },
  );

  it.each(['pack', 'validate', 'inspect', 'unpack'])(
    '%s has --help and exits 2 on a usage error',
    async (command) => {
      const help = await run(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out.join('\n')).toMatch(new RegExp(`^Usage: dossier ${command} `));
      const usage = await run(command);
      expect(usage.code).toBe(2);
      expect(usage.err).toHaveLength(1);
      expect((await run(command, 'x', '--colour')).code).toBe(2);
    },
  );

  it('lists the package commands in dossier --help', async () => {
    const help = (await run('--help')).out.join('\n');
    for (const command of ['pack', 'validate', 'inspect', 'unpack'])
      expect(help).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  describe('as installed (bin → bundle)', () => {
    beforeAll(() => {
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    });

    it.each(['slip-dotdot', 'bomb-ratio-inflated', 'wrong-passphrase'])(
      'exits 1 with one line on stderr for %s',
      (name) => {
        const fixture = fixtures.find((candidate) => candidate.name === name);
        if (!fixture) throw new Error(`no fixture ${name}`);
        const extra = fixture.passphrase ? ['--passphrase-file', passphraseFile(fixture.passphrase)] : [];
        const result = spawnSync(
          process.execPath,
          ['cli/bin/dossier.mjs', 'validate', fixture.file, ...extra],
          {
            cwd: ROOT,
            encoding: 'utf8',
          },
        );
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^${fixture.code}: `));
      },
    );
  });
});
