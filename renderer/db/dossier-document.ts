// The whole dossier as one DossierDocument, read for export and sharing (one read transaction, so its
// parts agree); putting a shared one into the store is import-dossier.ts.

import { DOSSIER_FORMAT_VERSION, type DossierDocument, imageAttachmentIds } from '../../shared/model';
import type { DossierDatabase } from './database';
import { getDossier } from './dossiers';
import { StoreError } from './store-error';

export function readDossierDocument(db: DossierDatabase, dossierId: string): Promise<DossierDocument> {
  return db.transaction(
    'r',
    ['dossiers', 'sources', 'entities', 'timeline', 'briefings', 'briefingVersions', 'attachments'],
    async () => {
      const dossier = await getDossier(db, dossierId);
      if (!dossier) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
      const sources = await db.sources.where('dossierId').equals(dossierId).toArray();
      const briefings = await db.briefings.where('dossierId').equals(dossierId).toArray();
      const briefingVersions = await db.briefingVersions
        .where('briefingId')
        .anyOf(briefings.map((briefing) => briefing.id))
        .toArray();
      const attachmentIds = new Set([
        ...sources.flatMap((source) => source.attachmentIds),
        ...[...briefings, ...briefingVersions].flatMap((briefing) => imageAttachmentIds(briefing.content)),
      ]);
      const attachments = (await db.attachments.bulkGet([...attachmentIds])).flatMap((attachment) =>
        attachment
          ? [
              {
                id: attachment.id,
                name: attachment.name,
                mimeType: attachment.mimeType,
                size: attachment.size,
              },
            ]
          : [],
      );
      return {
        formatVersion: DOSSIER_FORMAT_VERSION,
        dossier,
        sources,
        entities: await db.entities.where('dossierId').equals(dossierId).toArray(),
        timeline: await db.timeline.where('dossierId').equals(dossierId).toArray(),
        briefings,
        briefingVersions,
        attachments,
      } as DossierDocument;
    },
  );
}
