// What the store keeps for sharing as a round trip: each briefing's Yjs text state (made once, then only
// continued, never rebuilt from JSON) and the dossier as it was at each revision it shared or merged.

import type { DossierDocument } from '../../shared/model';
import { advanceLineage, ancestryOf, type BriefingStates } from '../../shared/sharing';
import { createBriefingState, updateBriefingState } from '../../shared/sharing/briefing-state';
import type { DossierDatabase } from './database';
import { readDossierDocument } from './dossier-document';
import { markingRankOf } from './schema';
import { DOSSIER_DOCUMENT_TABLES, type StoreWriter } from './store-writer';

/** Snapshots kept per dossier: a merge needs the newest both copies share, rarely one further back. */
export const MAX_SHARED_BASES = 8;

/** The tables a write that stamps or stores sharing state spans, besides the dossier's records. */
export const SHARING_TABLES = ['briefingStates', 'sharedBases'] as const;

/** The stored text states of a dossier's briefings, by briefing id. */
export async function briefingStatesOf(
  db: DossierDatabase,
  dossierId: string,
): Promise<Map<string, Uint8Array>> {
  const rows = await db.briefingStates.where('dossierId').equals(dossierId).toArray();
  return new Map(rows.map((row) => [row.briefingId, row.state]));
}

/** Every snapshot kept for a dossier, newest first. */
export async function sharedBasesOf(db: DossierDatabase, dossierId: string): Promise<DossierDocument[]> {
  const rows = await db.sharedBases.where('dossierId').equals(dossierId).toArray();
  return rows.sort((a, b) => b.storedAt.localeCompare(a.storedAt)).map((row) => row.document);
}

/** Stores states of a dossier's briefings; call inside a write over `briefingStates`. */
export async function putBriefingStates(
  db: DossierDatabase,
  dossierId: string,
  states: BriefingStates,
): Promise<void> {
  await db.briefingStates.bulkPut(
    [...states].map(([briefingId, state]) => ({ briefingId, dossierId, state })),
  );
}

/**
 * Keeps `document` as the state of its lineage revision for the dossier `dossierId` here (a colleague's
 * copy may carry another dossier id), dropping the oldest beyond MAX_SHARED_BASES; a document never shared
 * has no revision and is not kept. Call inside a write over `sharedBases`.
 */
export async function putSharedBase(
  db: DossierDatabase,
  document: DossierDocument,
  dossierId: string = document.dossier.id,
): Promise<void> {
  const revision = document.dossier.lineage?.revision;
  if (!revision) return;
  // Time stamps of one millisecond can tie; the counter keeps the newest last in order.
  const storedAt = `${new Date().toISOString()}#${String(await db.sharedBases.where('dossierId').equals(dossierId).count()).padStart(4, '0')}`;
  await db.sharedBases.put({ dossierId, revision, storedAt, document });
  const rows = await db.sharedBases.where('dossierId').equals(dossierId).toArray();
  const stale = rows
    .sort((a, b) => b.storedAt.localeCompare(a.storedAt))
    .slice(MAX_SHARED_BASES)
    .map((row): [string, string] => [row.dossierId, row.revision]);
  await db.sharedBases.bulkDelete(stale);
}

/**
 * Each briefing's state continued to its current JSON: the stored one edited by the smallest change. A
 * briefing without one gets it made now, once, when `create` is set (sharing); a merge leaves it without,
 * so a colleague's state for it is adopted rather than a second history made.
 */
export function continuedStates(
  document: DossierDocument,
  stored: ReadonlyMap<string, Uint8Array>,
  create: boolean,
): Map<string, Uint8Array> {
  const states = new Map<string, Uint8Array>();
  for (const briefing of document.briefings) {
    const state = stored.get(briefing.id);
    if (state) states.set(briefing.id, updateBriefingState(state, briefing.content));
    else if (create) states.set(briefing.id, createBriefingState(briefing.content));
  }
  return states;
}

/** What a share writes into the package: the stamped document, its states, and the last shared state. */
export interface StampedShare {
  document: DossierDocument;
  states: Map<string, Uint8Array>;
  base?: DossierDocument;
}

/**
 * Stamps a dossier for sharing, in one transaction: a new lineage revision (the first share starts the
 * lineage), every briefing's state continued to its text, and the stamped dossier kept as the base the
 * colleague's copy will come back against. The package's base is the newest earlier shared state.
 */
export async function stampShare(writer: StoreWriter, dossierId: string): Promise<StampedShare> {
  const { db } = writer;
  const stamped = await writer.write(
    [...DOSSIER_DOCUMENT_TABLES, ...SHARING_TABLES],
    async (): Promise<StampedShare> => {
      const current = await readDossierDocument(db, dossierId);
      const ancestry = ancestryOf(current.dossier.lineage);
      const base = (await sharedBasesOf(db, dossierId)).find((snapshot) =>
        ancestry.includes(snapshot.dossier.lineage?.revision ?? ''),
      );
      // Sharing is not editing: the dossier's updatedAt stays as it is.
      const dossier = { ...current.dossier, lineage: advanceLineage(current.dossier) };
      const document = { ...current, dossier };
      const states = continuedStates(document, await briefingStatesOf(db, dossierId), true);
      await db.dossiers.put({ ...dossier, markingRank: markingRankOf(dossier.marking) });
      await putBriefingStates(db, dossierId, states);
      await putSharedBase(db, document);
      return { document, states, ...(base ? { base } : {}) };
    },
    ({ document }) => ({ kind: 'dossier', op: 'put', dossier: document.dossier }),
  );
  return stamped;
}
