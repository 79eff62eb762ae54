// What the search index is built from: every dossier, source, briefing, entity and timeline event in the
// store, read in one transaction so the tables agree. The worker reads them through its own connection, so
// no record is copied through the page.

import type { Briefing, Dossier, Entity, Source, TimelineEvent } from '../../shared/model';
import {
  type RecordRef,
  type SearchableRecord,
  type SearchDocument,
  type SearchKind,
  searchDocumentOf,
} from '../../shared/search';
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

/** The table each kind of search document is read from. */
const TABLE_OF_KIND = {
  dossier: 'dossiers',
  source: 'sources',
  briefing: 'briefings',
  entity: 'entities',
  event: 'timeline',
} as const satisfies Record<SearchKind, keyof SearchableRecords>;

/**
 * The searchable text of each record, in the order asked, read in one transaction: what snippets are cut
 * from, so the index need not keep 10,000 sources' text in memory. A record deleted meanwhile reads as
 * undefined.
 */
export async function readSearchTexts(
  db: DossierDatabase,
  records: readonly RecordRef[],
): Promise<(string | undefined)[]> {
  const idsByKind = new Map<SearchKind, string[]>();
  for (const { kind, recordId } of records) idsByKind.set(kind, [...(idsByKind.get(kind) ?? []), recordId]);
  const texts = new Map<string, string>();
  const tableOf = (kind: SearchKind) =>
    db[TABLE_OF_KIND[kind]] as unknown as {
      bulkGet(keys: string[]): Promise<(SearchableRecord[SearchKind] | undefined)[]>;
    };
  await db.transaction(
    'r',
    [...idsByKind.keys()].map((kind) => db[TABLE_OF_KIND[kind]]),
    async () => {
      for (const [kind, ids] of idsByKind) {
        const rows = await tableOf(kind).bulkGet(ids);
        for (const row of rows) if (row) texts.set(`${kind}:${row.id}`, searchDocumentOf(kind, row).text);
      }
    },
  );
  return records.map(({ kind, recordId }) => texts.get(`${kind}:${recordId}`));
}
