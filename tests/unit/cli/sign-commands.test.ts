// `dossier keygen | pack --sign-key | verify | inspect`: a signed package names its signer, any entry
// changed after signing gives SIGNATURE_INVALID, and --trust tells a known colleague from a stranger.

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../fixtures/hostile/raw-zip';
import { sha256Hex } from '../../fixtures/packages/sample-dossier';
import { runDossier, sampleDossierOnDisk } from './support/cli-harness';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-sign-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = runDossier;

function textFile(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

const { json } = sampleDossierOnDisk(work, 'sample');
const keyPassphrase = textFile('key-passphrase.txt', 'weber key words\n');
const weberKey = path.join(work, 'weber.key');
const strangerKey = path.join(work, 'stranger.key');

describe('signing on the command line', () => {
  it('keygen writes a private key file readable by its owner only, and a card', async () => {
    const made = await run(
      'keygen',
      '--name',
      'J. Weber, BKA liaison Rabat',
      '--out',
      weberKey,
      '--key-passphrase-file',
      keyPassphrase,
    );
    expect(made.code).toBe(0);
    expect(made.out[0]).toMatch(/fingerprint [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(statSync(weberKey).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(weberKey, 'utf8')).protection.kdf.name).toBe('Argon2id');
    expect(JSON.parse(readFileSync(`${weberKey}.card`, 'utf8'))).toMatchObject({
      type: 'dossier-desk-key-card',
      name: 'J. Weber, BKA liaison Rabat',
    });
    expect((await run('keygen', '--name', 'Stranger', '--out', strangerKey)).code).toBe(0);
    const again = await run('keygen', '--name', 'Someone', '--out', weberKey);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/^FILE_EXISTS: /);
    const markup = await run('keygen', '--name', '<b>Weber</b>', '--out', path.join(work, 'markup.key'));
    expect(markup.code).toBe(1);
    expect(markup.err[0]).toMatch(/^KEY_NAME_INVALID: /);
  });

  it('pack --sign-key signs; verify names the signer, and with --trust tells trusted from unknown', async () => {
    const packed = path.join(work, 'signed.dossier');
    const packedRun = await run(
      'pack',
      json,
      '--out',
      packed,
      '--sign-key',
      weberKey,
      '--key-passphrase-file',
      keyPassphrase,
    );
    expect(packedRun.code).toBe(0);
    expect(packedRun.out[0]).toContain('signed by J. Weber, BKA liaison Rabat');
    const verified = await run('verify', packed);
    expect(verified.code).toBe(0);
    expect(verified.out).toHaveLength(1);
    expect(verified.out[0]).toMatch(/^OK: .* is signed by J\. Weber, BKA liaison Rabat \([0-9A-Z-]{19}\)/);
    expect((await run('verify', packed, '--trust', `${weberKey}.card`)).code).toBe(0);
    const unknown = await run('verify', packed, '--trust', `${strangerKey}.card`);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toHaveLength(1);
    expect(unknown.err[0]).toMatch(/^UNKNOWN_SIGNER: .*J\. Weber/);
    const inspect = await run('inspect', packed);
    expect(inspect.out.join('\n')).toMatch(/Signed by: +J\. Weber, BKA liaison Rabat \(/);
    expect((await run('validate', packed)).code).toBe(0);
  });

  it('pack needs the key passphrase of a protected key', async () => {
    const result = await run('pack', json, '--out', path.join(work, 'x.dossier'), '--sign-key', weberKey);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^KEY_PASSPHRASE_REQUIRED: /);
  });

  it('verify says UNSIGNED for an unsigned package', async () => {
    const packed = path.join(work, 'unsigned.dossier');
    expect((await run('pack', json, '--out', packed)).code).toBe(0);
    const result = await run('verify', packed);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^UNSIGNED: /);
    expect((await run('inspect', packed)).out.join('\n')).toMatch(/Signed by: +nobody/);
  });

  it('verify says SIGNATURE_INVALID for any entry changed after signing, hashes recomputed', async () => {
    const packed = readFileSync(path.join(work, 'signed.dossier'));
    const entries = unzipSync(packed);
    const names = Object.keys(entries);
    const targets = names.filter((name) => !['mimetype', 'manifest.json', 'signature.json'].includes(name));
    for (const target of targets) {
      const data = new Uint8Array(entries[target] as Uint8Array);
      data[0] = (data[0] as number) ^ 0x20;
      const manifest = JSON.parse(Buffer.from(entries['manifest.json'] as Uint8Array).toString('utf8'));
      const item = manifest.entries.find((entry: { path: string }) => entry.path === target);
      item.sha256 = sha256Hex(data);
      const altered = buildZip(
        names.map((name) => ({
          name,
          data:
            name === target
              ? data
              : name === 'manifest.json'
                ? new Uint8Array(Buffer.from(JSON.stringify(manifest)))
                : (entries[name] as Uint8Array),
          method: name === 'mimetype' || name === 'signature.json' ? 0 : 8,
        })),
      );
      const file = textFile('altered.dossier', '');
      writeFileSync(file, altered);
      const result = await run('verify', file, '--trust', `${weberKey}.card`);
      expect(result.code, target).toBe(1);
      expect(result.err, target).toHaveLength(1);
      expect(result.err[0], target).toMatch(/^SIGNATURE_INVALID: /);
    }
  });

  it('signs an encrypted package inside and out: inspect names the sender without the passphrase', async () => {
    const packed = path.join(work, 'signed-encrypted.dossier');
    const passphrase = textFile('passphrase.txt', 'correct horse battery staple\n');
    const key = path.join(work, 'plain.key');
    expect((await run('keygen', '--name', 'A. Okafor', '--out', key)).code).toBe(0);
    expect(
      (await run('pack', json, '--out', packed, '--passphrase-file', passphrase, '--sign-key', key)).code,
    ).toBe(0);
    const locked = await run('inspect', packed);
    expect(locked.out.join('\n')).toMatch(/Signed by: +A\. Okafor \(/);
    const verified = await run('verify', packed, '--passphrase-file', passphrase, '--trust', `${key}.card`);
    expect(verified.code).toBe(0);
  });
});
