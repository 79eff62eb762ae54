import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAttachment, sha256OfBlob, storeAttachment } from '../../../../renderer/db/attachments';
import { DossierDatabase } from '../../../../renderer/db/database';

let db: DossierDatabase;
const name = 'attachments-test';

beforeEach(() => {
  db = new DossierDatabase(name);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

function bytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(size);
  for (let index = 0; index < size; index++) data[index] = (index * 31 + seed) & 0xff;
  return data;
}

describe('attachments', () => {
  it('are named by the SHA-256 of their bytes', async () => {
    const data = bytes(1000, 1);
    expect(await sha256OfBlob(new Blob([data]))).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('are stored in chunks and read back byte for byte', async () => {
    const data = bytes(10_000, 2);
    const attachment = await storeAttachment(db, new Blob([data]), 'table.pdf', 'application/pdf', {
      chunkBytes: 4096,
    });
    expect(await db.attachmentChunks.count()).toBe(3);
    const blob = await readAttachment(db, attachment.id);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(data);
    expect(blob.type).toBe('application/pdf');
  });

  it('are stored once however often the same bytes are added', async () => {
    const data = bytes(5000, 3);
    const first = await storeAttachment(db, new Blob([data]), 'a.pdf', 'application/pdf', {
      chunkBytes: 4096,
    });
    const second = await storeAttachment(db, new Blob([data]), 'copy of a.pdf', 'application/pdf', {
      chunkBytes: 4096,
    });
    expect(second.id).toBe(first.id);
    expect(await db.attachments.count()).toBe(1);
    expect(await db.attachmentChunks.count()).toBe(2);
  });

  it('are never indexed by their bytes', () => {
    const indexed = db.attachmentChunks.schema.indexes.map((index) => index.name);
    expect(indexed).not.toContain('data');
    expect(db.attachmentChunks.schema.primKey.keyPath).toEqual(['attachmentId', 'index']);
  });
});
