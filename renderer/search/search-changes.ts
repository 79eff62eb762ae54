// How the search index follows the store: each committed write's change turned into the index's own
// changes, in order. Every searchable record a write put is indexed again; versions are not searched.

import {
  type SearchableRecord,
  type SearchDocument,
  type SearchKind,
  searchDocumentOf,
} from '../../shared/search';
import type { StoreChange } from '../db/store-changes';
import { type SearchableRecords, searchDocumentsOf } from './search-documents';
import type { SearchChange } from './search-protocol';

/** No records of any kind, to name only the ones a change carries. */
const NONE: SearchableRecords = { dossiers: [], sources: [], briefings: [], entities: [], timeline: [] };

const upsert = (document: SearchDocument): SearchChange => ({ type: 'upsert', document });

/** The record a write put indexed again, or the record it deleted forgotten. */
function putOrRemove<K extends SearchKind>(
  kind: K,
  op: 'put' | 'delete',
  record: SearchableRecord[K],
): SearchChange {
  return op === 'put'
    ? upsert(searchDocumentOf(kind, record))
    : { type: 'remove', kind, recordId: record.id };
}

/** The index changes that make the index agree with the store again after `change`. */
export function searchChangesOf(change: StoreChange): SearchChange[] {
  switch (change.kind) {
    case 'dossier':
      if (change.op === 'put') return [upsert(searchDocumentOf('dossier', change.dossier))];
      if (change.op === 'delete')
        return change.dossierIds.map((dossierId) => ({ type: 'remove-dossier', dossierId }));
      return [
        // A replaced dossier may have held records the imported one does not.
        ...(change.replaced
          ? [{ type: 'remove-dossier', dossierId: change.document.dossier.id } as const]
          : []),
        ...searchDocumentsOf({ dossiers: [change.document.dossier], ...change.document }).map(upsert),
      ];
    case 'source':
      return [
        putOrRemove('source', change.op, change.source),
        ...searchDocumentsOf({ ...NONE, entities: change.entities, timeline: change.events }).map(upsert),
      ];
    case 'entity':
      return [
        putOrRemove('entity', change.op, change.entity),
        ...searchDocumentsOf({ ...NONE, timeline: change.events }).map(upsert),
      ];
    case 'event':
      return [putOrRemove('event', change.op, change.event)];
    case 'briefing':
      return [putOrRemove('briefing', change.op, change.briefing)];
    case 'version':
      return [];
  }
}
