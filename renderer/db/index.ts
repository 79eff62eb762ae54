// The app's one database and store. Components import `store` (writes, reads) and `db` (live queries).

import { DossierDatabase } from './database';
import { DossierStore, type StoreListener } from './dossier-store';

export const db = new DossierDatabase();

const listeners = new Set<StoreListener>();

/** Lets the search index (or anything else) follow every committed write. */
export function addStoreListener(listener: StoreListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const store = new DossierStore(db, {
  recordSaved: (kind, record) => {
    for (const listener of listeners) listener.recordSaved(kind, record);
  },
  recordRemoved: (kind, id) => {
    for (const listener of listeners) listener.recordRemoved(kind, id);
  },
  dossierRemoved: (dossierId) => {
    for (const listener of listeners) listener.dossierRemoved(dossierId);
  },
});
