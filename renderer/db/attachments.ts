// Attachments of any size: content-addressed by SHA-256 (the same bytes are stored once) and kept in
// chunks, because Chromium refuses a single IndexedDB value over about 255 MB.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { type Attachment, attachmentSchema } from '../../shared/model';
import type { DossierDatabase, StoredAttachment } from './database';
import { StoreError, toStoreError } from './store-error';

/** Bytes per stored chunk: far below Chromium's per-value limit, large enough to keep rows few. */
export const ATTACHMENT_CHUNK_BYTES = 32 * 1024 * 1024;

/** SHA-256 of a blob, read as a stream so a large file never sits in memory whole. */
export async function sha256OfBlob(
  blob: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  const hash = sha256.create();
  const reader = blob.stream().getReader();
  let done = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    hash.update(next.value);
    done += next.value.byteLength;
    onProgress?.(done, blob.size);
  }
  return bytesToHex(hash.digest());
}

export interface StoreAttachmentOptions {
  chunkBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

/** A file's attachment metadata, its id the SHA-256 of its bytes; refused with a StoreError when invalid. */
export async function attachmentRecord(
  file: Blob,
  name: string,
  mimeType: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Attachment> {
  const id = await sha256OfBlob(file, onProgress);
  const metadata = attachmentSchema.safeParse({
    id,
    name,
    mimeType: mimeType || 'application/octet-stream',
    size: file.size,
  });
  if (!metadata.success) {
    throw new StoreError(
      'INVALID_RECORD',
      `This file cannot be attached: ${metadata.error.issues[0]?.message ?? 'invalid'}.`,
    );
  }
  return metadata.data;
}

/** Stores a file once under its SHA-256 and returns its metadata. All chunks land in one transaction. */
export async function storeAttachment(
  db: DossierDatabase,
  file: Blob,
  name: string,
  mimeType: string,
  options: StoreAttachmentOptions = {},
): Promise<Attachment> {
  const metadata = { data: await attachmentRecord(file, name, mimeType, options.onProgress) };
  const id = metadata.data.id;
  const chunkBytes = options.chunkBytes ?? ATTACHMENT_CHUNK_BYTES;
  try {
    await db.transaction('rw', ['attachments', 'attachmentChunks'], async () => {
      if (await db.attachments.get(id)) return;
      await putAttachmentInTransaction(db, metadata.data, file, chunkBytes);
    });
  } catch (error) {
    throw toStoreError(error);
  }
  return metadata.data;
}

/** Writes an attachment's chunks and its record; call inside a transaction over both tables. */
export async function putAttachmentInTransaction(
  db: DossierDatabase,
  attachment: Attachment,
  bytes: Blob,
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
): Promise<void> {
  const chunkCount = Math.max(1, Math.ceil(bytes.size / chunkBytes));
  for (let index = 0; index < chunkCount; index++) {
    await db.attachmentChunks.put({
      attachmentId: attachment.id,
      index,
      data: bytes.slice(index * chunkBytes, (index + 1) * chunkBytes),
    });
  }
  const record: StoredAttachment = { ...attachment, chunkCount, createdAt: new Date().toISOString() };
  await db.attachments.put(record);
}

/** The attachment's bytes as one Blob (its chunks joined, without copying them into memory). */
export async function readAttachment(db: DossierDatabase, id: string): Promise<Blob> {
  const record = await db.attachments.get(id);
  if (!record) throw new StoreError('NOT_FOUND', 'This attachment is missing from the store.');
  const chunks = await db.attachmentChunks
    .where('[attachmentId+index]')
    .between([id, 0], [id, Infinity])
    .toArray();
  if (chunks.length !== record.chunkCount) {
    throw new StoreError('NOT_FOUND', `The attachment “${record.name}” is incomplete in the store.`);
  }
  return new Blob(
    chunks.map((chunk) => chunk.data),
    { type: record.mimeType },
  );
}
