// readDossierPackage, inspectDossierPackage and isEncryptedPackage: the inputs they take, all-or-nothing
// staging, verified re-reads, progress and cancellation, limits, and packages made by other ZIP tools.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../../../shared/errors';
import { parseDossierDocument } from '../../../../shared/model';
import {
  inspectDossierPackage,
  isEncryptedPackage,
  PACKAGE_FORMAT_VERSION,
  PackageError,
  type RandomAccessBytes,
  readDossierPackage,
  writeDossierPackage,
} from '../../../../shared/package';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';

const work = mkdtempSync(path.join(tmpdir(), 'dossier-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FAST = { testOnlyKdfIterations: 1000 };
const FAST_READ = { testOnlyMinKdfIterations: 1000 };

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const attachments = sampleAttachments();
const document = parseDossierDocument(sampleDossierJson(attachments));
const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
const pack = (passphrase?: string) =>
  collect(writeDossierPackage(document, (id) => bytes.get(id), { passphrase, ...FAST }));

async function refusal(promise: Promise<unknown>): Promise<PackageError | CancelledError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PackageError || error instanceof CancelledError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readDossierPackage', () => {
  it('reads a Uint8Array, a Blob, a RandomAccessBytes and a ReadableStream alike', async () => {
    const packed = await pack();
    const random: RandomAccessBytes = {
      size: packed.length,
      read: async (offset, length) => packed.slice(offset, offset + length),
    };
    for (const input of [
      packed,
      new Blob([packed as Uint8Array<ArrayBuffer>]),
      random,
      new Blob([packed as Uint8Array<ArrayBuffer>]).stream(),
    ]) {
      const read = await readDossierPackage(input);
      expect(read.document).toEqual(document);
    }
  });

  it('refuses a stream larger than it will buffer, and says to pass the file instead', async () => {
    const packed = await pack();
    const error = await refusal(
      readDossierPackage(new Blob([packed as Uint8Array<ArrayBuffer>]).stream(), {
        limits: { maxBufferedStreamBytes: 1000 },
      }),
    );
    expect(error.code).toBe('PACKAGE_TOO_LARGE');
  });

  it('stages every attachment once, in order, while checking it', async () => {
    const packed = await pack('p');
    const staged = new Map<string, Uint8Array>();
    const read = await readDossierPackage(packed, {
      ...FAST_READ,
      passphrase: 'p',
      async stageAttachment(attachment, stream) {
        staged.set(attachment.id, await collect(stream));
      },
    });
    expect([...staged.keys()]).toEqual(document.attachments.map((attachment) => attachment.id));
    for (const [id, content] of staged)
      expect(Buffer.from(content).equals(Buffer.from(bytes.get(id) as Uint8Array))).toBe(true);
    expect(read.attachments.list).toEqual(document.attachments);
  });

  it('rejects (so the caller discards what it staged) when an attachment turns out wrong, and errors its stream', async () => {
    const packed = Buffer.from(await pack());
    const id = document.attachments[1]?.id as string;
    // Change the stored attachment's last byte and fix its CRC, so only the SHA-256 can tell.
    const at = packed.indexOf(`attachments/${id}`) - 30;
    const dataStart = at + 30 + packed.readUInt16LE(at + 26);
    const original = bytes.get(id) as Uint8Array;
    const changed = Buffer.from(original);
    changed[changed.length - 1] = (changed[changed.length - 1] as number) ^ 1;
    changed.copy(packed, dataStart);
    // Its CRC, in the data descriptor after the data and in the central directory.
    packed.writeUInt32LE(crc32(changed), dataStart + changed.length + 4);
    packed.writeUInt32LE(crc32(changed), packed.lastIndexOf(`attachments/${id}`) - 46 + 16);
    let streamError: unknown;
    const error = await refusal(
      readDossierPackage(packed, {
        async stageAttachment(_attachment, stream) {
          try {
            await collect(stream);
          } catch (failure) {
            streamError = failure;
            throw failure;
          }
        },
      }),
    );
    expect(error.code).toBe('CHECKSUM_MISMATCH');
    expect((streamError as PackageError).code).toBe('CHECKSUM_MISMATCH');
  });

  it('insists that a stager reads each attachment to its end', async () => {
    const packed = await pack();
    await expect(readDossierPackage(packed, { stageAttachment: async () => undefined })).rejects.toThrow(
      /to its end/,
    );
  });

  it('checks attachment bytes again when they are read later', async () => {
    const packed = await pack();
    const read = await readDossierPackage(packed);
    const id = document.attachments[1]?.id as string;
    expect(sha256Hex(await read.attachments.bytes(id))).toBe(id);
    // The bytes change underneath (a file edited on disk): the next read fails rather than lying.
    const at = Buffer.from(packed).indexOf(`attachments/${id}`) + 64 + 12 + 100;
    packed[at] = (packed[at] as number) ^ 0xff;
    const error = await refusal(collect(read.attachments.stream(id)));
    expect(['CRC_MISMATCH', 'CHECKSUM_MISMATCH']).toContain(error.code);
    expect(read.attachments.has(id)).toBe(true);
    expect(read.attachments.has('0'.repeat(64))).toBe(false);
  });

  it('reports progress to the total and stops with the one CancelledError when cancelled', async () => {
    const packed = await pack();
    const reports: number[][] = [];
    await readDossierPackage(packed, { onProgress: (done, total) => reports.push([done, total]) });
    const total = document.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
    expect(reports.at(-1)).toEqual([total, total]);
    const controller = new AbortController();
    controller.abort();
    const stopped = await refusal(readDossierPackage(packed, { signal: controller.signal }));
    expect(stopped).toBeInstanceOf(CancelledError);
    expect(stopped.code).toBe('CANCELLED');
  });

  it('holds to tighter limits when asked', async () => {
    const packed = await pack();
    expect((await refusal(readDossierPackage(packed, { limits: { maxEntries: 3 } }))).code).toBe(
      'ZIP_BOMB_ENTRIES',
    );
    expect(
      (await refusal(readDossierPackage(packed, { limits: { maxTotalUncompressedBytes: 50_000 } }))).code,
    ).toBe('ZIP_BOMB_SIZE');
    expect((await refusal(readDossierPackage(packed, { limits: { maxDocumentBytes: 100 } }))).code).toBe(
      'TOO_LARGE',
    );
  });

  it('opens a package re-zipped by Info-ZIP from an unpacked one (real ZIP files from other tools)', async () => {
    const packed = await pack();
    const read = await readDossierPackage(packed);
    const dir = path.join(work, 'rezip');
    mkdirSync(path.join(dir, 'attachments'), { recursive: true });
    writeFileSync(path.join(dir, 'mimetype'), 'application/vnd.dossier-desk.dossier+zip');
    const original = path.join(work, 'original.dossier');
    writeFileSync(original, packed);
    execFileSync('unzip', ['-o', '-q', original, 'manifest.json', 'dossier.json', '-d', dir]);
    for (const attachment of read.attachments.list) {
      writeFileSync(
        path.join(dir, 'attachments', attachment.id),
        await read.attachments.bytes(attachment.id),
      );
    }
    const out = path.join(work, 'rezipped.dossier');
    execFileSync('zip', ['-X', '-0', '-q', out, 'mimetype'], { cwd: dir });
    execFileSync('zip', ['-X', '-D', '-q', '-r', out, 'manifest.json', 'dossier.json', 'attachments'], {
      cwd: dir,
    });
    const again = await readDossierPackage(readFileSync(out));
    expect(again.document).toEqual(document);
  });
});

describe('inspectDossierPackage and isEncryptedPackage', () => {
  it('summarises a plain package', async () => {
    const packed = await pack();
    const summary = await inspectDossierPackage(packed);
    expect(summary).toMatchObject({
      formatVersion: PACKAGE_FORMAT_VERSION,
      encrypted: false,
      unlocked: true,
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
      packageBytes: packed.length,
    });
    expect(summary.sizes?.attachments).toBe(
      attachments.reduce((sum, attachment) => sum + attachment.bytes.length, 0),
    );
    expect(await isEncryptedPackage(packed)).toBe(false);
  });

  it('shows only the header of an encrypted package without its passphrase, and everything with it', async () => {
    const packed = await pack('open sesame');
    expect(await isEncryptedPackage(packed)).toBe(true);
    expect(await isEncryptedPackage(new Blob([packed as Uint8Array<ArrayBuffer>]))).toBe(true);
    const locked = await inspectDossierPackage(packed, FAST_READ);
    expect(locked).toMatchObject({ encrypted: true, unlocked: false, formatVersion: 2 });
    expect(locked.encryption).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: 1000,
    });
    expect(locked.title).toBeUndefined();
    const open = await inspectDossierPackage(packed, { ...FAST_READ, passphrase: 'open sesame' });
    expect(open).toMatchObject({ encrypted: true, unlocked: true, title: document.dossier.title });
  });
});
