// The app's full-text index: built from the store when first searched, then kept current by listening to
// every committed write (so a word saved a moment ago is found at once).

import type { Briefing, Dossier, Source } from '../../shared/model';
import {
  DossierSearchIndex,
  type SearchHit,
  type SearchOptions,
  searchDocumentOf,
} from '../../shared/search';
import { addStoreListener, db } from '../db';

let index: DossierSearchIndex | null = null;
let building: Promise<DossierSearchIndex> | null = null;

async function buildIndex(): Promise<DossierSearchIndex> {
  const fresh = new DossierSearchIndex();
  const [dossiers, sources, briefings] = await db.transaction('r', ['dossiers', 'sources', 'briefings'], () =>
    Promise.all([db.dossiers.toArray(), db.sources.toArray(), db.briefings.toArray()]),
  );
  fresh.addAll([
    ...dossiers.map((dossier) => searchDocumentOf('dossier', dossier)),
    ...sources.map((source) => searchDocumentOf('source', source)),
    ...briefings.map((briefing) => searchDocumentOf('briefing', briefing)),
  ]);
  return fresh;
}

// Writes that land while the index is being built are replayed on it afterwards.
const pending: ((target: DossierSearchIndex) => void)[] = [];

function apply(change: (target: DossierSearchIndex) => void): void {
  if (index) change(index);
  else if (building) pending.push(change);
}

addStoreListener({
  recordSaved(kind, record) {
    if (kind === 'dossier') apply((target) => target.upsert(searchDocumentOf('dossier', record as Dossier)));
    if (kind === 'source') apply((target) => target.upsert(searchDocumentOf('source', record as Source)));
    if (kind === 'briefing')
      apply((target) => target.upsert(searchDocumentOf('briefing', record as Briefing)));
  },
  recordRemoved(kind, id) {
    if (kind === 'dossier' || kind === 'source' || kind === 'briefing')
      apply((target) => target.remove(kind, id));
  },
  dossierRemoved(dossierId) {
    apply((target) => target.removeDossier(dossierId));
  },
});

export async function searchIndex(): Promise<DossierSearchIndex> {
  if (index) return index;
  building ??= buildIndex().then((built) => {
    for (const change of pending.splice(0)) change(built);
    index = built;
    return built;
  });
  return building;
}

/** Hits outside the Trash, best first. */
export async function searchDossiers(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const target = await searchIndex();
  const limit = options.limit ?? 60;
  // Ask for more than shown: hits in the Trash are dropped below.
  const hits = target.search(query, { ...options, limit: limit * 3 });
  const dossierIds = [...new Set(hits.map((hit) => hit.dossierId))];
  const dossiers = await db.dossiers.bulkGet(dossierIds);
  const trashed = new Set(
    dossiers.filter((dossier) => dossier?.status === 'trash').map((dossier) => dossier?.id),
  );
  return hits.filter((hit) => !trashed.has(hit.dossierId)).slice(0, limit);
}
