// What the search index is built from: every dossier, source, briefing, entity and timeline event in the
// store, read in one transaction so the tables agree. The worker reads them through its own connection, so
// no record is copied through the page.

import type { Briefing, Dossier, Entity, Source, TimelineEvent } from '../../shared/model';
import { type SearchDocument, searchDocumentOf } from '../../shared/search';
import type { DossierDatabase } from '../db/database';

/** Records of every searchable kind, named as a DossierDocument names them. */
export interface SearchableRecords {
  readonly dossiers: readonly Dossier[];
  readonly sources: readonly Source[];
  readonly briefings: readonly Briefing[];
  readonly entities: readonly Entity[];
  readonly timeline: readonly TimelineEvent[];
}

export function searchDocumentsOf(records: SearchableRecords): SearchDocument[] {
  return [
    ...records.dossiers.map((dossier) => searchDocumentOf('dossier', dossier)),
    ...records.sources.map((source) => searchDocumentOf('source', source)),
    ...records.briefings.map((briefing) => searchDocumentOf('briefing', briefing)),
    ...records.entities.map((entity) => searchDocumentOf('entity', entity)),
    ...records.timeline.map((event) => searchDocumentOf('event', event)),
  ];
}

/** The search documents of every searchable record the store holds now. */
export async function readSearchDocuments(db: DossierDatabase): Promise<SearchDocument[]> {
  const [dossiers, sources, briefings, entities, timeline] = await db.transaction(
    'r',
    ['dossiers', 'sources', 'briefings', 'entities', 'timeline'],
    () =>
      Promise.all([
        db.dossiers.toArray(),
        db.sources.toArray(),
        db.briefings.toArray(),
        db.entities.toArray(),
        db.timeline.toArray(),
      ]),
  );
  return searchDocumentsOf({ dossiers, sources, briefings, entities, timeline });
}
