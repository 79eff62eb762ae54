// How the search index follows the store: each committed write's change turned into the index's own
// changes, in order. Every searchable record a write put is indexed again; versions are not searched.

import { type SearchDocument, searchDocumentOf } from '../../shared/search';
import type { StoreChange } from '../db/store-changes';
import { searchDocumentsOf } from './search-documents';
import type { SearchChange } from './search-protocol';

const upsert = (document: SearchDocument): SearchChange => ({ type: 'upsert', document });

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
        change.op === 'put'
          ? upsert(searchDocumentOf('source', change.source))
          : { type: 'remove', kind: 'source', recordId: change.source.id },
        ...change.entities.map((entity) => upsert(searchDocumentOf('entity', entity))),
        ...change.events.map((event) => upsert(searchDocumentOf('event', event))),
      ];
    case 'entity':
      return [
        change.op === 'put'
          ? upsert(searchDocumentOf('entity', change.entity))
          : { type: 'remove', kind: 'entity', recordId: change.entity.id },
        ...change.events.map((event) => upsert(searchDocumentOf('event', event))),
      ];
    case 'event':
      return [
        change.op === 'put'
          ? upsert(searchDocumentOf('event', change.event))
          : { type: 'remove', kind: 'event', recordId: change.event.id },
      ];
    case 'briefing':
      return [
        change.op === 'put'
          ? upsert(searchDocumentOf('briefing', change.briefing))
          : { type: 'remove', kind: 'briefing', recordId: change.briefing.id },
      ];
    case 'version':
      return [];
  }
}
