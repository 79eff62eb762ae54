// The Web Worker that holds the full-text index, so building it over a large library (seconds of work)
// never freezes the window. It reads the store through its own IndexedDB connection: everything once to
// build the index, then the texts of the hits of each search, so the index keeps no text (a large library's
// text would double its memory). The page forwards every committed write (see search-client.ts).

import type { RecordRef, SearchDocument } from '../../shared/search';
import { DossierDatabase } from '../db/database';
import { readSearchDocuments, readSearchTexts } from './search-documents';
import { SearchIndexHost } from './search-index-host';
import type { SearchIndexReply, SearchIndexRequest } from './search-protocol';

/** The worker's own connection, opened when first needed; Dexie closes it if a newer app upgrades the store. */
let connection: DossierDatabase | undefined;
function database(): DossierDatabase {
  connection ??= new DossierDatabase();
  return connection;
}

async function readStoreOnce(): Promise<readonly SearchDocument[]> {
  return readSearchDocuments(database());
}

async function readTexts(records: readonly RecordRef[]): Promise<(string | undefined)[]> {
  return readSearchTexts(database(), records);
}

// In a worker (not when a test imports this module), answer the page's requests.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as {
    postMessage(message: SearchIndexReply): void;
    onmessage: ((event: MessageEvent<SearchIndexRequest>) => void) | null;
  };
  const host = new SearchIndexHost(readStoreOnce, (reply) => scope.postMessage(reply), readTexts);
  scope.onmessage = (event) => host.receive(event.data);
}
