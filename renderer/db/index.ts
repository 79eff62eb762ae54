// The app's one database and store. Components import `store` (writes, reads) and `db` (live queries);
// whatever follows every committed write (the search index) subscribes to `store.changes`.

import { DossierDatabase } from './database';
import { DossierStore } from './dossier-store';

export const db = new DossierDatabase();

export const store = new DossierStore(db);
