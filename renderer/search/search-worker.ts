// The Web Worker that holds the full-text index, so building it over a large library (seconds of work)
// never freezes the window. It reads the store through its own IndexedDB connection, closed once the
// index is built; from then on the page forwards every committed write (see search-client.ts).

import type { SearchDocument } from '../../shared/search';
import { DossierDatabase } from '../db/database';
import { readSearchDocuments } from './search-documents';
import { SearchIndexHost } from './search-index-host';
import type { SearchIndexReply, SearchIndexRequest } from './search-protocol';

/** The store's documents, through a connection of the worker's own that is closed at once after. */
async function readStoreOnce(): Promise<readonly SearchDocument[]> {
  const db = new DossierDatabase();
  try {
    return await readSearchDocuments(db);
  } finally {
    db.close();
  }
}

// In a worker (not when a test imports this module), answer the page's requests.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as {
    postMessage(message: SearchIndexReply): void;
    onmessage: ((event: MessageEvent<SearchIndexRequest>) => void) | null;
  };
  const host = new SearchIndexHost(readStoreOnce, (reply) => scope.postMessage(reply));
  scope.onmessage = (event) => host.receive(event.data);
}
