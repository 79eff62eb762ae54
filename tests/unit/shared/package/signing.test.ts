// Signed packages (format 3): officer identities, key and card files, and a signature that breaks when any
// entry changes after signing, even with the manifest's hashes recomputed.

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  checkSignerTrusted,
  createSigningIdentity,
  fingerprintOf,
  inspectDossierPackage,
  keyCardFileText,
  openSigningKeyFile,
  readDossierPackage,
  readKeyCardFile,
  type SigningIdentity,
  signingKeyFileText,
  writeDossierPackage,
} from '../../../../shared/package';
import { fromBase64 } from '../../../../shared/package/bytes';
import { buildPackage, buildZip, type RawEntry } from '../../../fixtures/hostile/raw-zip';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';
import { briefingTextUnderTest } from '../../../fixtures/sharing/briefing-text-under-test';

const weber = createSigningIdentity('J. Weber, BKA liaison Rabat');
const mallory = createSigningIdentity('Mallory');

async function pack(
  options: { signingKey?: SigningIdentity; passphrase?: string } = {},
): Promise<Uint8Array> {
  const attachments = sampleAttachments();
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(sampleDossierJson(attachments) as never, (id) => bytes.get(id), {
    ...options,
    briefingText: briefingTextUnderTest,
    testOnlyKdfIterations: options.passphrase ? 1000 : undefined,
  });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const FAST_READ = { testOnlyMinKdfIterations: 1000, briefingText: briefingTextUnderTest };

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

/** The signed package's entries in archive order, with one changed and the manifest's hashes recomputed. */
function rezip(packed: Uint8Array, edit: (name: string, data: Uint8Array) => Uint8Array): Uint8Array {
  const entries = unzipSync(packed);
  const names = Object.keys(entries);
  const changed = new Map(names.map((name) => [name, edit(name, entries[name] as Uint8Array)]));
  const manifest = JSON.parse(Buffer.from(changed.get('manifest.json') as Uint8Array).toString('utf8'));
  for (const item of manifest.entries as { path: string; size: number; sha256: string }[]) {
    const data = changed.get(item.path) as Uint8Array;
    item.size = data.length;
    item.sha256 = sha256Hex(data);
  }
  changed.set('manifest.json', new Uint8Array(Buffer.from(JSON.stringify(manifest, null, 2))));
  const raw: RawEntry[] = names.map((name) => ({
    name,
    data: changed.get(name) as Uint8Array,
    method: name === 'mimetype' || name === 'signature.json' ? 0 : 8,
  }));
  return buildZip(raw);
}

const flipLastByte = (data: Uint8Array) => {
  const copy = new Uint8Array(data);
  copy[copy.length - 1] = (copy[copy.length - 1] as number) ^ 0x01;
  return copy;
};

describe('officer identities and their files', () => {
  it('gives a card whose fingerprint is 16 Base32 characters in four groups, derived from the key', () => {
    expect(weber.card.name).toBe('J. Weber, BKA liaison Rabat');
    expect(weber.card.fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(weber.card.fingerprint).toBe(fingerprintOf(fromBase64(weber.card.publicKey)));
    expect(mallory.card.fingerprint).not.toBe(weber.card.fingerprint);
  });

  it('refuses a name with markup, control characters or bidi marks', () => {
    for (const name of [
      '<b>Weber</b>',
      'Weber\u0007',
      'Weber\u202eRabat',
      'Weber\nforged line',
      '',
      ' Weber',
    ]) {
      expect(() => createSigningIdentity(name)).toThrow(
        expect.objectContaining({ code: 'KEY_NAME_INVALID' }),
      );
    }
  });

  it('writes a card file that reads back, and refuses a card whose fingerprint is not its key’s', () => {
    const text = keyCardFileText(weber.card);
    expect(readKeyCardFile(text)).toEqual(weber.card);
    const forged = text.replace(weber.card.fingerprint, mallory.card.fingerprint);
    expect(() => readKeyCardFile(forged)).toThrow(expect.objectContaining({ code: 'SIGNER_CARD_INVALID' }));
  });

  it('seals the private key under a key passphrase (Argon2id, AES-GCM), and opens it only with it', async () => {
    const text = await signingKeyFileText(weber, 'key words');
    expect(text).not.toContain(Buffer.from(weber.secretKey).toString('base64'));
    expect(JSON.parse(text).protection.kdf).toMatchObject({ name: 'Argon2id', memoryKiB: 19_456 });
    const opened = await openSigningKeyFile(text, 'key words');
    expect(opened.secretKey).toEqual(weber.secretKey);
    expect(opened.card).toEqual(weber.card);
    expect(await refusal(openSigningKeyFile(text, 'other words'))).toMatchObject({
      code: 'WRONG_KEY_PASSPHRASE',
    });
    expect(await refusal(openSigningKeyFile(text))).toMatchObject({ code: 'KEY_PASSPHRASE_REQUIRED' });
    // The sealed key is bound to its card: another name in the file does not open.
    const renamed = text.replace('J. Weber, BKA liaison Rabat', 'J. Weber, BKA liaison Tunis');
    expect((await refusal(openSigningKeyFile(renamed, 'key words'))).code).toBe('WRONG_KEY_PASSPHRASE');
  });

  it('opens an unprotected key file, and refuses one whose key is not its card’s', async () => {
    const text = await signingKeyFileText(weber);
    expect((await openSigningKeyFile(text)).secretKey).toEqual(weber.secretKey);
    const swapped = text.replace(
      Buffer.from(weber.secretKey).toString('base64'),
      Buffer.from(mallory.secretKey).toString('base64'),
    );
    expect(await refusal(openSigningKeyFile(swapped))).toMatchObject({ code: 'KEY_FILE_INVALID' });
    expect(await refusal(openSigningKeyFile('not json'))).toMatchObject({ code: 'KEY_FILE_INVALID' });
  });
});

describe('signed packages', () => {
  it('verify: the reader returns the signer, who is trusted only when among the trusted cards', async () => {
    const packed = await pack({ signingKey: weber });
    expect(Object.keys(unzipSync(packed)).slice(0, 3)).toEqual([
      'mimetype',
      'manifest.json',
      'signature.json',
    ]);
    const read = await readDossierPackage(packed, FAST_READ);
    expect(read.signer).toEqual(weber.card);
    expect(read.manifest.signer).toEqual(weber.card);
    expect(checkSignerTrusted(read.signer, [mallory.card, weber.card])).toEqual(weber.card);
    expect(() => checkSignerTrusted(read.signer, [mallory.card])).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SIGNER' }),
    );
    const unsigned = await readDossierPackage(await pack(), FAST_READ);
    expect(unsigned.signer).toBeUndefined();
    expect(() => checkSignerTrusted(unsigned.signer, [weber.card])).toThrow(
      expect.objectContaining({ code: 'UNSIGNED' }),
    );
  });

  it('refuse a change to any byte of any entry after signing, even with the manifest’s hashes recomputed', async () => {
    const packed = await pack({ signingKey: weber });
    const names = Object.keys(unzipSync(packed)).filter(
      (name) => !['mimetype', 'manifest.json', 'signature.json'].includes(name),
    );
    expect(names.some((name) => name.startsWith('attachments/'))).toBe(true);
    expect(names.some((name) => name.startsWith('briefings/'))).toBe(true);
    // The rebuilt archive reads when nothing is changed, so each refusal below is the change's.
    expect(
      (
        await readDossierPackage(
          rezip(packed, (_, data) => data),
          FAST_READ,
        )
      ).signer,
    ).toEqual(weber.card);
    for (const target of names) {
      const altered = rezip(packed, (name, data) => (name === target ? flipLastByte(data) : data));
      expect((await refusal(readDossierPackage(altered, FAST_READ))).code, target).toBe('SIGNATURE_INVALID');
    }
    const marking = rezip(packed, (name, data) =>
      name === 'dossier.json'
        ? Buffer.from(Buffer.from(data).toString('utf8').replace('"amber"', '"clear"'))
        : data,
    );
    expect((await refusal(readDossierPackage(marking, FAST_READ))).code).toBe('SIGNATURE_INVALID');
  });

  it('refuse a manifest re-signed in another name, a missing signature, and a signature without a signer', async () => {
    const packed = await pack({ signingKey: weber });
    const otherSigner = rezip(packed, (name, data) =>
      name === 'manifest.json'
        ? Buffer.from(
            Buffer.from(data)
              .toString('utf8')
              .replace(JSON.stringify(weber.card.publicKey), JSON.stringify(mallory.card.publicKey))
              .replace(weber.card.fingerprint, mallory.card.fingerprint)
              .replace(weber.card.name, mallory.card.name),
          )
        : data,
    );
    expect((await refusal(readDossierPackage(otherSigner, FAST_READ))).code).toBe('SIGNATURE_INVALID');
    const entries = unzipSync(packed);
    const withoutSignature = buildZip(
      Object.entries(entries)
        .filter(([name]) => name !== 'signature.json')
        .map(([name, data]) => ({ name, data, method: name === 'mimetype' ? 0 : 8 })),
    );
    expect((await refusal(readDossierPackage(withoutSignature, FAST_READ))).code).toBe('SIGNATURE_INVALID');
    const strayed = buildPackage({
      editEntries: (list) => [
        ...list,
        { name: 'signature.json', data: entries['signature.json'] as Uint8Array },
      ],
    });
    expect((await refusal(readDossierPackage(strayed, FAST_READ))).code).toBe('SIGNATURE_INVALID');
  });

  it('are signed inside and out when encrypted: the sender shows without the passphrase', async () => {
    const packed = await pack({ signingKey: weber, passphrase: 'open sesame' });
    const locked = await inspectDossierPackage(packed, FAST_READ);
    expect(locked).toMatchObject({ unlocked: false, signer: weber.card });
    const read = await readDossierPackage(packed, { ...FAST_READ, passphrase: 'open sesame' });
    expect(read.signer).toEqual(weber.card);
    // A header naming someone else, without their signature over it, is refused before any key is derived.
    const prefix = 16 + new DataView(packed.buffer).getUint32(12);
    const header = JSON.parse(Buffer.from(packed.subarray(16, prefix)).toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...header, signer: mallory.card }));
    const start = Buffer.from(packed.subarray(0, 16));
    start.writeUInt32BE(forged.length, 12);
    const file = new Uint8Array(Buffer.concat([start, forged, packed.subarray(prefix)]));
    expect((await refusal(inspectDossierPackage(file, FAST_READ))).code).toBe('SIGNATURE_INVALID');
  });

  it('still read unsigned format 2 packages', async () => {
    const read = await readDossierPackage(
      buildPackage({
        editManifest: (manifest) => {
          manifest.formatVersion = 2;
        },
      }),
      FAST_READ,
    );
    expect(read.formatVersion).toBe(2);
    expect(read.signer).toBeUndefined();
  });
});
