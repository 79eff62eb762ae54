// The app's full-text search: the index is built the first time the user searches, in a Web Worker
// (search-worker.ts) so the window stays responsive however large the library, then kept current by
// forwarding every committed write to it (so a word saved a moment ago is found at once).

import type { SearchHit, SearchOptions } from '../../shared/search';
import { db, store } from '../db';
import { searchChangesOf } from './search-changes';
import { SearchClient } from './search-client';
import { readSearchDocuments } from './search-documents';
import { SearchIndexHost } from './search-index-host';

/** The mark set in the page's performance timeline when the index is built, with its figures as detail. */
export const SEARCH_INDEX_BUILT_MARK = 'dossier-desk:search-index-built';

function createSearchWorker(): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search-index' });
}

const client = new SearchClient({
  createWorker: typeof Worker === 'function' ? createSearchWorker : undefined,
  createPageHost: (reply) => new SearchIndexHost(() => readSearchDocuments(db), reply),
  // Search goes on in the page; the reason goes to the console for whoever looks into a slow window.
  onError: (error) => console.error(error),
  onBuilt: (built) => performance.mark(SEARCH_INDEX_BUILT_MARK, { detail: built }),
});

store.changes.subscribe((change) => {
  // Before the first search nothing is indexed: the build reads what was saved.
  if (!client.started) return;
  for (const searchChange of searchChangesOf(change)) client.follow(searchChange);
});

/** Hits outside the Trash, best first. */
export async function searchDossiers(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 60;
  // Ask for more than shown: hits in the Trash are dropped below.
  const hits = await client.search(query, { ...options, limit: limit * 3 });
  const dossierIds = [...new Set(hits.map((hit) => hit.dossierId))];
  const dossiers = await db.dossiers.bulkGet(dossierIds);
  const trashed = new Set(
    dossiers.filter((dossier) => dossier?.status === 'trash').map((dossier) => dossier?.id),
  );
  return hits.filter((hit) => !trashed.has(hit.dossierId)).slice(0, limit);
}
