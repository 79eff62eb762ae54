// Puts a dossier that came in a package into the store: all of it in one transaction, or nothing, and
// nothing of another dossier. "Keep both" gives every record a new id (links and citations follow);
// "replace" swaps the old dossier for the new one; a record whose id another dossier uses here is stored
// under a new id. Attachments keep their ids: they are named by their bytes. The package's briefing states
// and the dossier as shared are kept too, so that the next exchange merges three-way.

import {
  type DossierDocument,
  nowTimestamp,
  type OfficeTemplate,
  type ReassignableKind,
  reassignRecordIds,
} from '../../shared/model';
import { type BriefingStates, lineageIdOf } from '../../shared/sharing';
import { createBriefingState, updateBriefingState } from '../../shared/sharing/briefing-state';
import { ATTACHMENT_CHUNK_BYTES, putAttachmentInTransaction } from './attachments';
import type { DossierDatabase } from './database';
import { addOfficeTemplates } from './office-templates';
import { markingRankOf } from './schema';
import { briefingStatesOf, putBriefingStates, putSharedBase } from './shared-state';
import { ALL_STORE_TABLES, type StoreWriter } from './store-writer';

export type ImportMode = 'keep-both' | 'replace';

/** The same dossier with fresh ids everywhere, so it can sit beside the original. */
export function withNewIds(document: DossierDocument): DossierDocument {
  const copy = reassignRecordIds(document, () => true, {
    title: `${document.dossier.title} (copy)`,
  }).document;
  return { ...copy, dossier: { ...copy.dossier, updatedAt: nowTimestamp() } };
}

/** What an import is about to do, shown before anything is written. */
export interface ImportPlan {
  /** The dossier with the package's id that is here already (the import updates it), or null (a new one). */
  readonly existing: { readonly title: string; readonly inTrash: boolean } | null;
  /** Records of the package whose ids belong to another dossier here: they get new ids when stored. */
  readonly foreignIds: number;
  /** The dossier here that the package is a copy of (same lineage): the import can merge into it. */
  readonly mergeTarget: { readonly dossierId: string; readonly title: string } | null;
}

/**
 * The package's records whose ids are taken here by a record of another dossier. A record belongs to exactly
 * one dossier, so these are stored under new ids and the other dossier is left exactly as it was.
 */
async function foreignRecordIds(
  db: DossierDatabase,
  document: DossierDocument,
): Promise<Map<ReassignableKind, Set<string>>> {
  const dossierId = document.dossier.id;
  const foreign = new Map<ReassignableKind, Set<string>>();
  const note = (kind: ReassignableKind, id: string) => {
    const ids = foreign.get(kind) ?? new Set<string>();
    ids.add(id);
    foreign.set(kind, ids);
  };
  const owned = [
    ['sources', db.sources],
    ['entities', db.entities],
    ['timeline', db.timeline],
    ['briefings', db.briefings],
  ] as const;
  for (const [kind, table] of owned) {
    const ids = document[kind].map((record) => record.id);
    const found = await table.bulkGet(ids);
    found.forEach((record, index) => {
      const id = ids[index];
      if (record && id !== undefined && record.dossierId !== dossierId) note(kind, id);
    });
  }
  const versionIds = document.briefingVersions.map((version) => version.id);
  const versions = await db.briefingVersions.bulkGet(versionIds);
  const owners = await db.briefings.bulkGet(versions.map((version) => version?.briefingId ?? ''));
  versions.forEach((version, index) => {
    const id = versionIds[index];
    if (version && id !== undefined && owners[index]?.dossierId !== dossierId) note('briefingVersions', id);
  });
  return foreign;
}

const countOf = (ids: Map<ReassignableKind, Set<string>>) =>
  [...ids.values()].reduce((total, set) => total + set.size, 0);

/** Reads, without writing, whether the package updates a dossier here and whose ids it would reuse. */
export async function planImport(db: DossierDatabase, document: DossierDocument): Promise<ImportPlan> {
  return db.transaction(
    'r',
    ['dossiers', 'sources', 'entities', 'timeline', 'briefings', 'briefingVersions'],
    async () => {
      const existing = await db.dossiers.get(document.dossier.id);
      const lineageId = lineageIdOf(document);
      // The dossier with the package's id first; else any copy of the same lineage (a "Keep both" copy).
      const target =
        existing && (existing.lineage?.id ?? existing.id) === lineageId
          ? existing
          : await db.dossiers.filter((dossier) => (dossier.lineage?.id ?? dossier.id) === lineageId).first();
      return {
        existing: existing ? { title: existing.title, inTrash: existing.status === 'trash' } : null,
        foreignIds: countOf(await foreignRecordIds(db, document)),
        mergeTarget: target ? { dossierId: target.id, title: target.title } : null,
      };
    },
  );
}

/** What an import stored. */
export interface ImportResult {
  readonly document: DossierDocument;
  /** Records stored under new ids because another dossier here already used theirs. */
  readonly reassigned: number;
}

/** A package's sharing state: its briefings' text states by briefing id, and the base it carries. */
export interface ImportedSharing {
  readonly states: BriefingStates;
  readonly base?: DossierDocument;
  /** Office templates the package carried (checked and cleaned by its reader); one already here stays as it is. */
  readonly officeTemplates?: readonly OfficeTemplate[];
}

/**
 * Puts `document` in place of the dossier with its id (its records deleted first when `replace`), records
 * whose ids another dossier uses under new ids; call inside a write over ALL_STORE_TABLES. Returns what was
 * stored, and the states of `states` under the ids their briefings were stored with.
 */
export async function putDossierDocument(
  db: DossierDatabase,
  document: DossierDocument,
  attachments: ReadonlyMap<string, Blob>,
  replace: boolean,
  states: BriefingStates,
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
): Promise<ImportResult & { states: Map<string, Uint8Array> }> {
  const dossierId = document.dossier.id;
  if (replace) {
    const briefingIds = await db.briefings.where('dossierId').equals(dossierId).primaryKeys();
    await db.briefingVersions.where('briefingId').anyOf(briefingIds).delete();
    for (const table of [db.briefings, db.sources, db.entities, db.timeline, db.briefingStates]) {
      await table.where('dossierId').equals(dossierId).delete();
    }
  }
  // Checked inside the write, after the replaced records are gone: whatever still holds one of these ids
  // belongs to another dossier, and is never written over.
  const foreign = await foreignRecordIds(db, document);
  const { document: incoming, reassigned } = reassignRecordIds(
    document,
    (kind, id) => foreign.get(kind)?.has(id) ?? false,
  );
  await db.dossiers.put({ ...incoming.dossier, markingRank: markingRankOf(incoming.dossier.marking) });
  await db.sources.bulkPut(incoming.sources);
  await db.entities.bulkPut(incoming.entities);
  await db.timeline.bulkPut(incoming.timeline);
  await db.briefings.bulkPut(incoming.briefings);
  await db.briefingVersions.bulkPut(incoming.briefingVersions);
  for (const attachment of incoming.attachments) {
    if (await db.attachments.get(attachment.id)) continue;
    const blob = attachments.get(attachment.id);
    if (!blob) throw new Error(`The package lacks the attachment “${attachment.name}”.`);
    await putAttachmentInTransaction(db, attachment, blob, chunkBytes);
  }
  // reassignRecordIds keeps the briefings in order, so a state follows its briefing to a new id.
  const stored = new Map<string, Uint8Array>();
  incoming.briefings.forEach((briefing, index) => {
    const state = states.get(document.briefings[index]?.id ?? '');
    if (state) stored.set(briefing.id, state);
  });
  await putBriefingStates(db, incoming.dossier.id, stored);
  return { document: incoming, reassigned, states: stored };
}

/**
 * Writes the dossier and its attachments in one transaction; on any failure nothing is kept. Once it has
 * committed, the store tells one `import` change. The package's states are kept, and a briefing that came
 * without one (a format 1 package, a `dossier pack` of plain JSON) gets its state made now, once; the
 * dossier as received (and the base it carried) are kept as shared states to merge against later.
 */
export async function importDossierDocument(
  writer: StoreWriter,
  document: DossierDocument,
  attachments: ReadonlyMap<string, Blob>,
  mode: ImportMode,
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
  sharing: ImportedSharing = { states: new Map() },
): Promise<ImportResult> {
  const { db } = writer;
  const copied = mode === 'keep-both' ? withNewIds(document) : document;
  return writer.write(
    ALL_STORE_TABLES,
    async (): Promise<ImportResult> => {
      // A briefing here that comes back without a state keeps its own, continued to the package's text: a
      // second state made from JSON would never merge with the copies that continue the first.
      const here = mode === 'replace' ? await briefingStatesOf(db, copied.dossier.id) : new Map();
      const states = new Map<string, Uint8Array>();
      document.briefings.forEach((briefing, index) => {
        const copy = copied.briefings[index];
        if (!copy) return;
        const own = here.get(copy.id);
        const made = () => (own ? updateBriefingState(own, copy.content) : createBriefingState(copy.content));
        states.set(copy.id, sharing.states.get(briefing.id) ?? made());
      });
      const { document: incoming, reassigned } = await putDossierDocument(
        db,
        copied,
        attachments,
        mode === 'replace',
        states,
        chunkBytes,
      );
      await addOfficeTemplates(db, sharing.officeTemplates ?? []);
      // A copy kept beside the original has new ids: a base in the package's ids would not describe it.
      if (mode === 'replace') {
        if (sharing.base) await putSharedBase(db, sharing.base, incoming.dossier.id);
        await putSharedBase(db, incoming);
      }
      return { document: incoming, reassigned };
    },
    ({ document: stored }) => ({
      kind: 'dossier',
      op: 'import',
      document: stored,
      replaced: mode === 'replace',
    }),
  );
}
