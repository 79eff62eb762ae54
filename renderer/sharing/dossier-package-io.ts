// Between the store and .dossier files: writing a dossier into a package (stamped with a new lineage
// revision, its briefings' text states and the state it last shared), and reading one back with every
// check the package reader makes, before anything is stored.

import { DOSSIER_EXTENSION } from '../../shared/app-identity';
import { type DossierDocument, officeTemplatesDressing } from '../../shared/model';
import { type DossierPackage, readDossierPackage, writeDossierPackage } from '../../shared/package';
import * as briefingText from '../../shared/sharing/briefing-state';
import { db, store } from '../db';
import { readAttachment } from '../db/attachments';

export interface PackageProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The dossier as .dossier bytes, encrypted when a passphrase is given. Sharing stamps the dossier first (a
 * new revision, its states continued and kept), so the copy that comes back can be merged three-way.
 */
export async function packDossier(
  dossierId: string,
  passphrase: string | undefined,
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

/** Reads and checks a whole package; its attachments come back as Blobs ready for one transaction. */
export async function unpackDossier(
  bytes: Uint8Array,
  passphrase: string | undefined,
  progress: PackageProgress = {},
): Promise<{ pkg: DossierPackage; attachments: Map<string, Blob> }> {
  const pkg = await readDossierPackage(bytes, {
    ...(passphrase ? { passphrase } : {}),
    ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
    ...(progress.signal ? { signal: progress.signal } : {}),
  });
  const attachments = new Map<string, Blob>();
  for (const attachment of pkg.attachments.list) {
    const data = await pkg.attachments.bytes(attachment.id);
    attachments.set(
      attachment.id,
      new Blob([data as Uint8Array<ArrayBuffer>], { type: attachment.mimeType }),
    );
  }
  return { pkg, attachments };
}
