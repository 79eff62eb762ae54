// The store the app reads and writes dossiers through: one object, its methods grouped by record kind in
// the modules beside it. Each write is checked against the model, runs in one transaction with the
// dossier's updatedAt, and tells one change to `changes` once it has committed (see store-writer.ts).

import type { Language } from '../../shared/i18n/languages';
import type {
  Briefing,
  BriefingVersion,
  Dossier,
  DossierDocument,
  Entity,
  Marking,
  Source,
  Template,
  TimelineEvent,
} from '../../shared/model';
import type { MergeResult } from '../../shared/sharing';
import * as briefings from './briefings';
import type { DossierDatabase } from './database';
import { readDossierDocument } from './dossier-document';
import * as dossiers from './dossiers';
import * as entities from './entities';
import {
  type ImportedSharing,
  type ImportMode,
  type ImportPlan,
  importDossierDocument,
  planImport,
} from './import-dossier';
import { mergeIntoDossier, storeMergedDossier, type TheirCopy } from './merge-dossier';
import { type StampedShare, stampShare } from './shared-state';
import * as sources from './sources';
import { StoreChanges } from './store-changes';
import { StoreWriter, type UndoToken } from './store-writer';
import * as timeline from './timeline';
import { emptyTrash } from './trash';

export type { BriefingPatch } from './briefings';
export type { DossierFields } from './dossiers';
export type { EntityFields } from './entities';
export type {
  IngestedEntity,
  IngestedEvent,
  IngestedOriginal,
  IngestedSource,
  IngestedSourceFields,
  SourceFields,
} from './sources';
export type { StoreChange, StoreChangeListener } from './store-changes';
export type { UndoToken } from './store-writer';
export type { EventFields } from './timeline';

export class DossierStore {
  private readonly writer: StoreWriter;

  /** Tells every committed write, once, in commit order; the search index follows it. */
  constructor(
    readonly db: DossierDatabase,
    readonly changes = new StoreChanges(),
  ) {
    this.writer = new StoreWriter(db, changes);
  }

  // ── Dossiers and the Trash ────────────────────────────────────────────────────────────────────────

  createDossier(fields: dossiers.DossierFields): Promise<Dossier> {
    return dossiers.createDossier(this.writer, fields);
  }

  getDossier(id: string): Promise<Dossier | undefined> {
    return dossiers.getDossier(this.db, id);
  }

  updateDossier(id: string, patch: Partial<dossiers.DossierFields>): Promise<Dossier> {
    return dossiers.updateDossier(this.writer, id, patch);
  }

  archiveDossier(id: string, archived: boolean): Promise<Dossier> {
    return dossiers.archiveDossier(this.writer, id, archived);
  }

  trashDossier(id: string): Promise<UndoToken> {
    return dossiers.trashDossier(this.writer, id);
  }

  restoreDossier(id: string): Promise<Dossier> {
    return dossiers.restoreDossier(this.writer, id);
  }

  emptyTrash(): Promise<number> {
    return emptyTrash(this.writer);
  }

  // ── Sources ───────────────────────────────────────────────────────────────────────────────────────

  addSource(dossierId: string, fields: sources.SourceFields): Promise<Source> {
    return sources.addSource(this.writer, dossierId, fields);
  }

  updateSource(id: string, patch: Partial<sources.SourceFields>): Promise<Source> {
    return sources.updateSource(this.writer, id, patch);
  }

  deleteSource(id: string): Promise<UndoToken> {
    return sources.deleteSource(this.writer, id);
  }

  addIngestedSource(
    dossierId: string,
    fields: sources.IngestedSourceFields,
  ): Promise<sources.IngestedSource> {
    return sources.addIngestedSource(this.writer, dossierId, fields);
  }

  // ── Entities ──────────────────────────────────────────────────────────────────────────────────────

  addEntity(dossierId: string, fields: entities.EntityFields): Promise<Entity> {
    return entities.addEntity(this.writer, dossierId, fields);
  }

  updateEntity(id: string, patch: Partial<entities.EntityFields>): Promise<Entity> {
    return entities.updateEntity(this.writer, id, patch);
  }

  deleteEntity(id: string): Promise<UndoToken> {
    return entities.deleteEntity(this.writer, id);
  }

  // ── Timeline ──────────────────────────────────────────────────────────────────────────────────────

  addEvent(dossierId: string, fields: timeline.EventFields): Promise<TimelineEvent> {
    return timeline.addEvent(this.writer, dossierId, fields);
  }

  updateEvent(id: string, patch: Partial<timeline.EventFields>): Promise<TimelineEvent> {
    return timeline.updateEvent(this.writer, id, patch);
  }

  deleteEvent(id: string): Promise<UndoToken> {
    return timeline.deleteEvent(this.writer, id);
  }

  // ── Briefings and their versions ──────────────────────────────────────────────────────────────────

  createBriefing(
    dossierId: string,
    template: Template,
    title?: string,
    marking?: Marking,
    language?: Language,
  ): Promise<Briefing> {
    return briefings.createBriefing(this.writer, dossierId, template, title, marking, language);
  }

  updateBriefing(id: string, patch: briefings.BriefingPatch): Promise<Briefing> {
    return briefings.updateBriefing(this.writer, id, patch);
  }

  deleteBriefing(id: string): Promise<UndoToken> {
    return briefings.deleteBriefing(this.writer, id);
  }

  saveBriefingVersion(briefingId: string, name: string): Promise<BriefingVersion> {
    return briefings.saveBriefingVersion(this.writer, briefingId, name);
  }

  listBriefingVersions(briefingId: string): Promise<BriefingVersion[]> {
    return briefings.listBriefingVersions(this.db, briefingId);
  }

  restoreBriefingVersion(versionId: string): Promise<Briefing> {
    return briefings.restoreBriefingVersion(this.writer, versionId);
  }

  // ── The whole dossier as one document (export, sharing) ───────────────────────────────────────────

  dossierDocument(dossierId: string): Promise<DossierDocument> {
    return readDossierDocument(this.db, dossierId);
  }

  /** Imports a shared dossier in one transaction (see import-dossier.ts). */
  async importDocument(
    document: DossierDocument,
    attachments: ReadonlyMap<string, Blob>,
    mode: ImportMode,
    sharing?: ImportedSharing,
  ): Promise<{ dossier: Dossier; reassigned: number }> {
    const { document: stored, reassigned } = await importDossierDocument(
      this.writer,
      document,
      attachments,
      mode,
      undefined,
      sharing,
    );
    return { dossier: stored.dossier, reassigned };
  }

  /** What importing `document` would do, read before anything is written. */
  planImport(document: DossierDocument): Promise<ImportPlan> {
    return planImport(this.db, document);
  }

  // ── Sharing as a round trip (shared-state.ts, merge-dossier.ts) ──────────────────────────────────

  /** Stamps a new lineage revision and continues every briefing's state, for a package being shared. */
  stampShare(dossierId: string): Promise<StampedShare> {
    return stampShare(this.writer, dossierId);
  }

  /** Merges a colleague's copy into the dossier `dossierId`, without writing anything. */
  mergeIntoDossier(dossierId: string, theirs: TheirCopy): Promise<MergeResult> {
    return mergeIntoDossier(this.db, dossierId, theirs);
  }

  /** Writes a merge whose conflicts are all resolved, in one transaction; the token undoes all of it. */
  storeMerge(result: MergeResult, theirs: TheirCopy): Promise<{ dossier: Dossier; undo: UndoToken }> {
    return storeMergedDossier(this.writer, result, theirs).then(({ document, undo }) => ({
      dossier: document.dossier,
      undo,
    }));
  }
}
