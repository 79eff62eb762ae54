// Puts a dossier that came in a package into the store: all of it in one transaction, or nothing.
// "Keep both" gives every record a new id (links and citations follow); "replace" swaps the old dossier
// for the new one. Attachments keep their ids: they are named by their bytes.

import { type DossierDocument, newId, nowTimestamp, type RichTextDoc } from '../../shared/model';
import { ATTACHMENT_CHUNK_BYTES, putAttachmentInTransaction } from './attachments';
import { markingRankOf } from './schema';
import { ALL_STORE_TABLES, type StoreWriter } from './store-writer';

export type ImportMode = 'keep-both' | 'replace';

function remapCitations(doc: RichTextDoc, ids: Map<string, string>): RichTextDoc {
  return JSON.parse(JSON.stringify(doc), (key, value) =>
    key === 'sourceId' && typeof value === 'string' ? (ids.get(value) ?? value) : value,
  ) as RichTextDoc;
}

/** The same dossier with fresh ids everywhere, so it can sit beside the original. */
export function withNewIds(document: DossierDocument): DossierDocument {
  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    let next = ids.get(id);
    if (!next) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  const dossierId = fresh(document.dossier.id);
  for (const record of [
    ...document.sources,
    ...document.entities,
    ...document.timeline,
    ...document.briefings,
  ]) {
    fresh(record.id);
  }
  const map = (list: string[]) => list.map((id) => ids.get(id) ?? id);
  return {
    ...document,
    dossier: {
      ...document.dossier,
      id: dossierId,
      title: `${document.dossier.title} (copy)`,
      updatedAt: nowTimestamp(),
    },
    sources: document.sources.map((source) => ({ ...source, id: fresh(source.id), dossierId })),
    entities: document.entities.map((entity) => ({
      ...entity,
      id: fresh(entity.id),
      dossierId,
      sourceIds: map(entity.sourceIds),
    })),
    timeline: document.timeline.map((event) => ({
      ...event,
      id: fresh(event.id),
      dossierId,
      sourceIds: map(event.sourceIds),
      entityIds: map(event.entityIds),
    })),
    briefings: document.briefings.map((briefing) => ({
      ...briefing,
      id: fresh(briefing.id),
      dossierId,
      content: remapCitations(briefing.content, ids),
    })),
    briefingVersions: document.briefingVersions.map((version) => ({
      ...version,
      id: newId(),
      briefingId: ids.get(version.briefingId) ?? version.briefingId,
      content: remapCitations(version.content, ids),
    })),
  };
}

/**
 * Writes the dossier and its attachments in one transaction; on any failure nothing is kept. Once it has
 * committed, the store tells one `import` change.
 */
export async function importDossierDocument(
  writer: StoreWriter,
  document: DossierDocument,
  attachments: ReadonlyMap<string, Blob>,
  mode: ImportMode,
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
): Promise<DossierDocument> {
  const { db } = writer;
  const incoming = mode === 'keep-both' ? withNewIds(document) : document;
  await writer.write(
    ALL_STORE_TABLES,
    async () => {
      const dossierId = incoming.dossier.id;
      if (mode === 'replace') {
        const briefingIds = await db.briefings.where('dossierId').equals(dossierId).primaryKeys();
        await db.briefingVersions.where('briefingId').anyOf(briefingIds).delete();
        for (const table of [db.briefings, db.sources, db.entities, db.timeline]) {
          await table.where('dossierId').equals(dossierId).delete();
        }
      }
      await db.dossiers.put({ ...incoming.dossier, markingRank: markingRankOf(incoming.dossier.marking) });
      await db.sources.bulkPut(incoming.sources);
      await db.entities.bulkPut(incoming.entities);
      await db.timeline.bulkPut(incoming.timeline);
      await db.briefings.bulkPut(incoming.briefings);
      await db.briefingVersions.bulkPut(incoming.briefingVersions);
      for (const attachment of incoming.attachments) {
        if (await db.attachments.get(attachment.id)) continue;
        const blob = attachments.get(attachment.id);
        if (!blob) throw new Error(`The package lacks the attachment “${attachment.name}”.`);
        await putAttachmentInTransaction(db, attachment, blob, chunkBytes);
      }
    },
    () => ({ kind: 'dossier', op: 'import', document: incoming, replaced: mode === 'replace' }),
  );
  return incoming;
}
