// What the search index is built from: every dossier, source and briefing in the store, read in one
// transaction so the three tables agree. The worker reads them through its own connection, so no record
// is copied through the page.

import { type SearchDocument, searchDocumentOf } from '../../shared/search';
import type { DossierDatabase } from '../db/database';

/** The search documents of every dossier, source and briefing the store holds now. */
export async function readSearchDocuments(db: DossierDatabase): Promise<SearchDocument[]> {
  const [dossiers, sources, briefings] = await db.transaction('r', ['dossiers', 'sources', 'briefings'], () =>
    Promise.all([db.dossiers.toArray(), db.sources.toArray(), db.briefings.toArray()]),
  );
  return [
    ...dossiers.map((dossier) => searchDocumentOf('dossier', dossier)),
    ...sources.map((source) => searchDocumentOf('source', source)),
    ...briefings.map((briefing) => searchDocumentOf('briefing', briefing)),
  ];
}
