// The IndexedDB schema, version by version. A version once shipped is never edited: a change is a new
// version with an upgrade that carries every record over (see docs/storage.md).

import type { Dexie, Transaction } from 'dexie';
import type { Marking } from '../../shared/model';
import { markingLevel } from '../../shared/model';

export const DATABASE_NAME = 'dossier-desk';

/**
 * Version 1: the first release. Blobs live only in attachmentChunks.data and are never indexed.
 * Compound indexes serve the lists the UI shows (a dossier's sources by update time, its timeline by date).
 */
export const SCHEMA_V1: Readonly<Record<string, string>> = {
  dossiers: 'id, status, updatedAt, title, *tags',
  sources: 'id, dossierId, [dossierId+updatedAt], *attachmentIds',
  entities: 'id, dossierId, [dossierId+name], *sourceIds',
  timeline: 'id, dossierId, [dossierId+date.value]',
  briefings: 'id, dossierId, [dossierId+updatedAt]',
  briefingVersions: 'id, briefingId, [briefingId+createdAt]',
  attachments: 'id',
  attachmentChunks: '[attachmentId+index], attachmentId',
};

/** Version 2: dossiers carry `markingRank` so the library can filter and sort by marking in an index. */
export const SCHEMA_V2: Readonly<Record<string, string>> = {
  ...SCHEMA_V1,
  dossiers: 'id, status, updatedAt, title, *tags, markingRank',
};

/**
 * Version 3: sharing as a round trip. `briefingStates` holds each briefing's Yjs text state (made once,
 * continued ever after), `sharedBases` the dossier as it was last shared or merged, per lineage revision:
 * the common ancestor of the next three-way merge. Both tables start empty; no record changes.
 */
export const SCHEMA_V3: Readonly<Record<string, string>> = {
  ...SCHEMA_V2,
  briefingStates: 'briefingId, dossierId',
  sharedBases: '[dossierId+revision], dossierId',
};

/**
 * Version 4: who signs and whom we trust (issue 13). `identity` holds the officer's own signing identity
 * (one row, id `own`: the card and the Ed25519 secret key, which leaves the machine only in a
 * passphrase-sealed backup); `trustedKeys` the colleagues' cards by public key, with when each was trusted.
 * Both start empty; no record changes.
 */
export const SCHEMA_V4: Readonly<Record<string, string>> = {
  ...SCHEMA_V3,
  identity: 'id',
  trustedKeys: 'publicKey, trustedAt',
};

/**
 * Version 5: office templates (issue 16), the office's own Word look for the export: `officeTemplates` by id,
 * each with its cleaned reference document (never indexed). The table starts empty; no record changes.
 */
export const SCHEMA_V5: Readonly<Record<string, string>> = {
  ...SCHEMA_V4,
  officeTemplates: 'id, updatedAt',
};

export const CURRENT_SCHEMA_VERSION = 5;

/** A number that orders markings within and across schemes: scheme first, then level. */
export function markingRankOf(marking: Marking): string {
  return `${marking.scheme}:${String(markingLevel(marking).rank).padStart(2, '0')}`;
}

async function addMarkingRank(transaction: Transaction): Promise<void> {
  await transaction
    .table('dossiers')
    .toCollection()
    .modify((dossier: { marking: Marking; markingRank?: string }) => {
      dossier.markingRank = markingRankOf(dossier.marking);
    });
}

/** Declares every version on a Dexie instance; Dexie runs the upgrades an older database needs. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(addMarkingRank);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V5);
}
