// Reading a package in the page: every attachment is staged while it is checked, in chunks of the store's
// size, so the file is read (and inflated) once, and the import stores exactly the bytes that were sent.

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  createSigningIdentity,
  type RandomAccessBytes,
  readDossierPackage,
  writeDossierPackage,
} from '../../../../shared/package';
import { sampleAttachments, sampleDossierJson, sha256Hex } from '../../../fixtures/packages/sample-dossier';
import { briefingTextUnderTest } from '../../../fixtures/sharing/briefing-text-under-test';

vi.stubGlobal('__APP_VERSION__', '0.1.0-test');
const { db, store } = await import('../../../../renderer/db');
const { readAttachment } = await import('../../../../renderer/db/attachments');
const { unpackDossier } = await import('../../../../renderer/sharing/dossier-package-io');

async function samplePackage(): Promise<Uint8Array> {
  const attachments = sampleAttachments();
  const bytes = new Map(attachments.map((attachment) => [sha256Hex(attachment.bytes), attachment.bytes]));
  const chunks: Uint8Array[] = [];
  const stream = writeDossierPackage(sampleDossierJson(attachments) as never, (id) => bytes.get(id), {
    briefingText: briefingTextUnderTest,
    signingKey: createSigningIdentity('A. Benali, DGST liaison Rabat'),
  });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The package as random-access bytes that count what is read. */
function counted(bytes: Uint8Array): RandomAccessBytes & { readBytes: number } {
  return {
    size: bytes.length,
    readBytes: 0,
    async read(offset, length) {
      this.readBytes += length;
      return bytes.slice(offset, offset + length);
    },
  };
}

describe('unpacking a package in the page', () => {
  it('reads each attachment once, staged in chunks, and the import stores exactly its bytes', async () => {
    const packed = await samplePackage();
    // What the reader's own check reads (every attachment once, inflated and hashed).
    const checkOnly = counted(packed);
    await readDossierPackage(checkOnly, { briefingText: briefingTextUnderTest });
    const input = counted(packed);
    const { pkg, attachments } = await unpackDossier(input, undefined, {}, 16 * 1024);
    // Checking and staging are one pass: the attachments (most of the file) are not read a second time.
    expect(input.readBytes).toBe(checkOnly.readBytes);
    expect(pkg.signer?.name).toBe('A. Benali, DGST liaison Rabat');

    const sent = new Map(sampleAttachments().map((attachment) => [sha256Hex(attachment.bytes), attachment]));
    expect([...attachments.keys()].sort()).toEqual([...sent.keys()].sort());
    for (const [id, blob] of attachments) {
      expect(blob.type).toBe(sent.get(id)?.mimeType);
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(sent.get(id)?.bytes);
    }

    await store.importDocument(pkg.document, attachments, 'keep-both');
    for (const [id, attachment] of sent) {
      expect(new Uint8Array(await (await readAttachment(db, id)).arrayBuffer())).toEqual(attachment.bytes);
    }
  });
});
