// Emptying the Trash: every trashed dossier goes for good with all it holds, and so do the attachments
// nothing left in the store uses.

import { type Briefing, imageAttachmentIds } from '../../shared/model';
import type { DossierDatabase } from './database';
import { ALL_STORE_TABLES, type StoreWriter } from './store-writer';

/** Deletes every dossier in the Trash with all it holds, and the attachments nothing else uses. */
export async function emptyTrash(writer: StoreWriter): Promise<number> {
  const { db } = writer;
  const removed = await writer.write(
    ALL_STORE_TABLES,
    async () => {
      const trashed = await db.dossiers.where('status').equals('trash').primaryKeys();
      for (const dossierId of trashed) await deleteDossierContents(db, dossierId);
      await db.dossiers.bulkDelete(trashed);
      await deleteUnusedAttachments(db);
      return trashed;
    },
    (dossierIds) => ({ kind: 'dossier', op: 'delete', dossierIds }),
  );
  return removed.length;
}

async function deleteDossierContents(db: DossierDatabase, dossierId: string): Promise<void> {
  const briefingIds = await db.briefings.where('dossierId').equals(dossierId).primaryKeys();
  await db.briefingVersions.where('briefingId').anyOf(briefingIds).delete();
  await db.briefings.where('dossierId').equals(dossierId).delete();
  await db.sources.where('dossierId').equals(dossierId).delete();
  await db.entities.where('dossierId').equals(dossierId).delete();
  await db.timeline.where('dossierId').equals(dossierId).delete();
  await db.briefingStates.where('dossierId').equals(dossierId).delete();
  await db.sharedBases.where('dossierId').equals(dossierId).delete();
}

async function deleteUnusedAttachments(db: DossierDatabase): Promise<void> {
  const used = new Set<string>();
  await db.sources.each((source) => {
    for (const id of source.attachmentIds) used.add(id);
  });
  const collectImages = (content: Briefing['content']) => {
    for (const id of imageAttachmentIds(content)) used.add(id);
  };
  await db.briefings.each((briefing) => collectImages(briefing.content));
  await db.briefingVersions.each((version) => collectImages(version.content));
  const unused = (await db.attachments.toCollection().primaryKeys()).filter((id) => !used.has(id));
  await db.attachmentChunks.where('attachmentId').anyOf(unused).delete();
  await db.attachments.bulkDelete(unused);
}
