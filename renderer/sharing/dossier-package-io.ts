// Between the store and .dossier files: writing a dossier into a package (stamped with a new lineage
// revision, its briefings' text states and the state it last shared, signed by the officer), and reading
// one back with every check the package reader makes, before anything is stored.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { type Attachment, type DossierDocument, officeTemplatesDressing } from '../../shared/model';
import {
  type DossierPackage,
  type PackageInput,
  readDossierPackage,
  type SigningIdentity,
  writeDossierPackage,
} from '../../shared/package';
import * as briefingText from '../../shared/sharing/briefing-state';
import { db, store } from '../db';
import { ATTACHMENT_CHUNK_BYTES, readAttachment } from '../db/attachments';

export interface PackageProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The dossier as .dossier bytes, signed with the officer's key and encrypted when a passphrase is given
 * (then signed inside and out). Sharing stamps the dossier first (a new revision, its states continued and
 * kept), so the copy that comes back can be merged three-way.
 */
export async function packDossier(
  dossierId: string,
  passphrase: string | undefined,
  signingKey: SigningIdentity,
  progress: PackageProgress = {},
): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const { document, states, base } = await store.stampShare(dossierId);
  // The office templates its briefings are dressed in travel with it, so the colleague's export looks the same.
  const officeTemplates = officeTemplatesDressing(
    await db.officeTemplates.toArray(),
    document.briefings.map((briefing) => briefing.templateId),
  );
  const stream = writeDossierPackage(
    document,
    async (id) => (await readAttachment(db, id)).stream() as ReadableStream<Uint8Array>,
    {
      ...(passphrase ? { passphrase } : {}),
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
      ...(progress.signal ? { signal: progress.signal } : {}),
      appVersion: __APP_VERSION__,
      signingKey,
      briefingStates: states,
      briefingText,
      ...(base ? { base } : {}),
      ...(officeTemplates.length > 0 ? { officeTemplates } : {}),
    },
  );
  const blob = await new Response(stream).blob();
  return {
    name: `${fileNameFor(document)}.${DOSSIER_EXTENSION}`,
    bytes: new Uint8Array(await blob.arrayBuffer()),
  };
}

function fileNameFor(document: DossierDocument): string {
  return (
    [...document.dossier.title]
      .map((character) => (character < ' ' || '\\/:*?"<>|'.includes(character) ? ' ' : character))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'dossier'
  );
}

/**
 * Reads and checks a whole package. Each attachment is staged while it is checked, as Blobs of the store's
 * chunk size (Chromium keeps large Blobs on disk), so it is inflated once and never held whole; the
 * import's transaction writes those chunks as they are.
 */
export async function unpackDossier(
  bytes: PackageInput,
  passphrase: string | undefined,
  progress: PackageProgress = {},
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
): Promise<{ pkg: DossierPackage; attachments: Map<string, Blob> }> {
  const attachments = new Map<string, Blob>();
  const pkg = await readDossierPackage(bytes, {
    ...(passphrase ? { passphrase } : {}),
    ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
    ...(progress.signal ? { signal: progress.signal } : {}),
    stageAttachment: async (attachment, stream) => {
      attachments.set(attachment.id, await stagedBlob(attachment, stream, chunkBytes));
    },
  });
  return { pkg, attachments };
}

/** One attachment as a Blob made of chunk-sized Blobs: at most one chunk of its bytes sits in memory. */
async function stagedBlob(
  attachment: Attachment,
  stream: ReadableStream<Uint8Array>,
  chunkBytes: number,
): Promise<Blob> {
  const chunks: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    chunks.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  const reader = stream.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    let bytes = next.value;
    while (bytes.length > 0) {
      const room = chunkBytes - pendingBytes;
      pending.push(bytes.slice(0, room) as Uint8Array<ArrayBuffer>);
      pendingBytes += Math.min(room, bytes.length);
      bytes = bytes.subarray(room);
      if (pendingBytes === chunkBytes) flush();
    }
  }
  flush();
  return new Blob(chunks, { type: attachment.mimeType });
}
