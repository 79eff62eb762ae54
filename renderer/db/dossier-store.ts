// Every read and write of dossiers and what they hold. Each write validates the record against the
// model, runs in one Dexie transaction with the dossier's updatedAt, and then tells the search index.

import type { z } from 'zod';
import {
  type Briefing,
  type BriefingVersion,
  briefingContentFromTemplate,
  briefingSchema,
  briefingVersionSchema,
  citedSourceIds,
  DEFAULT_MARKING,
  DOSSIER_FORMAT_VERSION,
  type Dossier,
  type DossierDocument,
  type DossierStatus,
  dossierSchema,
  type Entity,
  type EntityKind,
  type EventDate,
  emptyDoc,
  entitySchema,
  imageAttachmentIds,
  type Marking,
  newId,
  nowTimestamp,
  type Source,
  sourceSchema,
  type Template,
  type TimelineEvent,
  timelineEventSchema,
  UNGRADED,
} from '../../shared/model';
import type { DossierDatabase, StoredDossier } from './database';
import { type ImportMode, importDossierDocument } from './import-dossier';
import { markingRankOf } from './schema';
import { StoreError, toStoreError } from './store-error';

export type RecordKind = 'dossier' | 'source' | 'entity' | 'event' | 'briefing';

/** Told after each committed write, to keep the search index current. */
export interface StoreListener {
  recordSaved(kind: RecordKind, record: Dossier | Source | Entity | TimelineEvent | Briefing): void;
  recordRemoved(kind: RecordKind, id: string): void;
  dossierRemoved(dossierId: string): void;
}

/** What a deletion took away, so Undo can put exactly that back. */
export interface UndoToken {
  label: string;
  undo(): Promise<void>;
}

export type DossierFields = Pick<Dossier, 'title'> & Partial<Pick<Dossier, 'summary' | 'tags' | 'marking'>>;
export type SourceFields = Pick<Source, 'title'> &
  Partial<Omit<Source, 'id' | 'dossierId' | 'title' | 'createdAt' | 'updatedAt'>>;
export type EntityFields = Pick<Entity, 'name' | 'kind'> &
  Partial<Omit<Entity, 'id' | 'dossierId' | 'name' | 'kind' | 'createdAt' | 'updatedAt'>>;
export type EventFields = Pick<TimelineEvent, 'title' | 'date'> &
  Partial<Omit<TimelineEvent, 'id' | 'dossierId' | 'title' | 'date' | 'createdAt' | 'updatedAt'>>;
/** An entity an ingested source mentions: one already in the dossier, or a new one to create. */
export type IngestedEntity =
  | { readonly existingId: string }
  | { readonly kind: EntityKind; readonly name: string; readonly aliases?: readonly string[] };
/** A timeline event proposed by ingest; it is linked to the new source. */
export interface IngestedEvent {
  readonly date: EventDate;
  readonly title: string;
  readonly description?: string;
}
export type IngestedSourceFields = SourceFields & {
  readonly entities?: readonly IngestedEntity[];
  readonly events?: readonly IngestedEvent[];
};
/** What addIngestedSource wrote. */
export interface IngestedSource {
  source: Source;
  /** New entities and the existing ones now linked to the source. */
  entities: Entity[];
  events: TimelineEvent[];
}
export type BriefingPatch = Partial<
  Pick<Briefing, 'title' | 'marking' | 'status' | 'content' | 'templateId'>
>;

function validated<T>(schema: z.ZodType<T>, record: unknown, what: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || what;
  throw new StoreError(
    'INVALID_RECORD',
    `This ${what} cannot be saved: ${field} ${issue?.message ?? 'is invalid'}.`,
  );
}

function stored(dossier: Dossier): StoredDossier {
  return { ...dossier, markingRank: markingRankOf(dossier.marking) };
}

function withoutRank({ markingRank: _rank, ...dossier }: StoredDossier): Dossier {
  return dossier;
}

const today = () => nowTimestamp().slice(0, 10);

/** A new source with the defaults for what the fields leave out, checked against the schema. */
function newSourceRecord(dossierId: string, fields: SourceFields, at: string): Source {
  return validated(
    sourceSchema,
    {
      outlet: '',
      author: '',
      retrievedAt: today(),
      language: 'en',
      body: emptyDoc(),
      notes: '',
      marking: DEFAULT_MARKING,
      grading: UNGRADED,
      attachmentIds: [],
      ...fields,
      id: newId(),
      dossierId,
      createdAt: at,
      updatedAt: at,
    },
    'source',
  );
}

export class DossierStore {
  constructor(
    readonly db: DossierDatabase,
    private readonly listener?: StoreListener,
  ) {}

  /** Runs a write transaction and turns IndexedDB's failures (a full disk above all) into StoreErrors. */
  private async write<T>(tables: string[], work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', tables, work);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private async touchDossier(dossierId: string, at: string): Promise<void> {
    const updated = await this.db.dossiers.update(dossierId, { updatedAt: at });
    if (!updated)
      throw new StoreError(
        'NOT_FOUND',
        'This dossier no longer exists. It may have been emptied from the Trash.',
      );
  }

  // ── Dossiers ──────────────────────────────────────────────────────────────────────────────────────

  async createDossier(fields: DossierFields): Promise<Dossier> {
    const at = nowTimestamp();
    const dossier = validated(
      dossierSchema,
      {
        summary: '',
        tags: [],
        marking: DEFAULT_MARKING,
        ...fields,
        id: newId(),
        createdAt: at,
        updatedAt: at,
        status: 'active',
      },
      'dossier',
    );
    await this.write(['dossiers'], () => this.db.dossiers.add(stored(dossier)));
    this.listener?.recordSaved('dossier', dossier);
    return dossier;
  }

  async getDossier(id: string): Promise<Dossier | undefined> {
    const record = await this.db.dossiers.get(id);
    return record && withoutRank(record);
  }

  async updateDossier(id: string, patch: Partial<DossierFields>): Promise<Dossier> {
    const dossier = await this.write(['dossiers'], async () => {
      const current = await this.db.dossiers.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
      const next = validated(
        dossierSchema,
        { ...withoutRank(current), ...patch, updatedAt: nowTimestamp() },
        'dossier',
      );
      await this.db.dossiers.put(stored(next));
      return next;
    });
    this.listener?.recordSaved('dossier', dossier);
    return dossier;
  }

  private async setStatus(id: string, status: DossierStatus): Promise<Dossier> {
    return this.write(['dossiers'], async () => {
      const current = await this.db.dossiers.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
      const { trashedAt: _trashedAt, ...rest } = withoutRank(current);
      const next = validated(
        dossierSchema,
        { ...rest, status, ...(status === 'trash' ? { trashedAt: nowTimestamp() } : {}) },
        'dossier',
      );
      await this.db.dossiers.put(stored(next));
      return next;
    });
  }

  async archiveDossier(id: string, archived: boolean): Promise<Dossier> {
    return this.setStatus(id, archived ? 'archived' : 'active');
  }

  /** Moves a dossier to the Trash; the token puts it back where it was. */
  async trashDossier(id: string): Promise<UndoToken> {
    const before = await this.getDossier(id);
    if (!before) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
    await this.setStatus(id, 'trash');
    return {
      label: `“${before.title}” moved to the Trash`,
      undo: async () => {
        await this.setStatus(id, before.status);
      },
    };
  }

  async restoreDossier(id: string): Promise<Dossier> {
    return this.setStatus(id, 'active');
  }

  /** Deletes every dossier in the Trash with all it holds, and the attachments nothing else uses. */
  async emptyTrash(): Promise<number> {
    const removed = await this.write(
      [
        'dossiers',
        'sources',
        'entities',
        'timeline',
        'briefings',
        'briefingVersions',
        'attachments',
        'attachmentChunks',
      ],
      async () => {
        const trashed = await this.db.dossiers.where('status').equals('trash').primaryKeys();
        for (const dossierId of trashed) await this.deleteDossierContents(dossierId);
        await this.db.dossiers.bulkDelete(trashed);
        await this.deleteUnusedAttachments();
        return trashed;
      },
    );
    for (const dossierId of removed) this.listener?.dossierRemoved(dossierId);
    return removed.length;
  }

  private async deleteDossierContents(dossierId: string): Promise<void> {
    const briefingIds = await this.db.briefings.where('dossierId').equals(dossierId).primaryKeys();
    await this.db.briefingVersions.where('briefingId').anyOf(briefingIds).delete();
    await this.db.briefings.where('dossierId').equals(dossierId).delete();
    await this.db.sources.where('dossierId').equals(dossierId).delete();
    await this.db.entities.where('dossierId').equals(dossierId).delete();
    await this.db.timeline.where('dossierId').equals(dossierId).delete();
  }

  private async deleteUnusedAttachments(): Promise<void> {
    const used = new Set<string>();
    await this.db.sources.each((source) => {
      for (const id of source.attachmentIds) used.add(id);
    });
    const collectImages = (content: Briefing['content']) => {
      for (const id of imageAttachmentIds(content)) used.add(id);
    };
    await this.db.briefings.each((briefing) => collectImages(briefing.content));
    await this.db.briefingVersions.each((version) => collectImages(version.content));
    const unused = (await this.db.attachments.toCollection().primaryKeys()).filter((id) => !used.has(id));
    await this.db.attachmentChunks.where('attachmentId').anyOf(unused).delete();
    await this.db.attachments.bulkDelete(unused);
  }

  // ── Sources ───────────────────────────────────────────────────────────────────────────────────────

  async addSource(dossierId: string, fields: SourceFields): Promise<Source> {
    const at = nowTimestamp();
    const source = newSourceRecord(dossierId, fields, at);
    await this.write(['dossiers', 'sources'], async () => {
      await this.touchDossier(dossierId, at);
      await this.db.sources.add(source);
    });
    this.listener?.recordSaved('source', source);
    return source;
  }

  async updateSource(id: string, patch: Partial<SourceFields>): Promise<Source> {
    const source = await this.write(['dossiers', 'sources'], async () => {
      const current = await this.db.sources.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This source no longer exists.');
      const next = validated(sourceSchema, { ...current, ...patch, updatedAt: nowTimestamp() }, 'source');
      await this.touchDossier(next.dossierId, next.updatedAt);
      await this.db.sources.put(next);
      return next;
    });
    this.listener?.recordSaved('source', source);
    return source;
  }

  /**
   * Deletes a source and its links from entities and events. A source a briefing cites is kept: the
   * citation would point at nothing.
   */
  async deleteSource(id: string): Promise<UndoToken> {
    const snapshot = await this.write(
      ['dossiers', 'sources', 'entities', 'timeline', 'briefings'],
      async () => {
        const source = await this.db.sources.get(id);
        if (!source) throw new StoreError('NOT_FOUND', 'This source no longer exists.');
        const citing = (await this.db.briefings.where('dossierId').equals(source.dossierId).toArray()).filter(
          (briefing) => citedSourceIds(briefing.content).includes(id),
        );
        if (citing.length) {
          throw new StoreError(
            'INVALID_RECORD',
            `“${source.title}” is cited in ${citing.map((briefing) => `“${briefing.title}”`).join(', ')}. Remove those citations first.`,
          );
        }
        const entities = await this.db.entities.where('sourceIds').equals(id).toArray();
        const events = (await this.db.timeline.where('dossierId').equals(source.dossierId).toArray()).filter(
          (event) => event.sourceIds.includes(id),
        );
        await this.db.entities.bulkPut(
          entities.map((entity) => ({ ...entity, sourceIds: entity.sourceIds.filter((s) => s !== id) })),
        );
        await this.db.timeline.bulkPut(
          events.map((event) => ({ ...event, sourceIds: event.sourceIds.filter((s) => s !== id) })),
        );
        await this.db.sources.delete(id);
        await this.touchDossier(source.dossierId, nowTimestamp());
        return { source, entities, events };
      },
    );
    this.listener?.recordRemoved('source', id);
    return {
      label: `Source “${snapshot.source.title}” deleted`,
      undo: async () => {
        await this.write(['dossiers', 'sources', 'entities', 'timeline'], async () => {
          await this.db.sources.put(snapshot.source);
          await this.db.entities.bulkPut(snapshot.entities);
          await this.db.timeline.bulkPut(snapshot.events);
          await this.touchDossier(snapshot.source.dossierId, nowTimestamp());
        });
        this.listener?.recordSaved('source', snapshot.source);
      },
    };
  }

  /**
   * Saves a source made from ingested material together with what the user accepted from it: links to
   * entities already in the dossier, new entities, and timeline events, all in one transaction. Every
   * record is checked first; if anything fails, nothing is saved.
   */
  async addIngestedSource(dossierId: string, fields: IngestedSourceFields): Promise<IngestedSource> {
    const { entities: wanted = [], events: proposed = [], ...sourceFields } = fields;
    const at = nowTimestamp();
    const source = newSourceRecord(dossierId, sourceFields, at);
    const existingIds = [
      ...new Set(wanted.flatMap((entity) => ('existingId' in entity ? [entity.existingId] : []))),
    ];
    const created = wanted.flatMap((entity) =>
      'existingId' in entity
        ? []
        : [
            validated(
              entitySchema,
              {
                kind: entity.kind,
                name: entity.name,
                aliases: [...(entity.aliases ?? [])],
                notes: '',
                sourceIds: [source.id],
                id: newId(),
                dossierId,
                createdAt: at,
                updatedAt: at,
              },
              'entity',
            ),
          ],
    );
    const events = proposed.map((event) =>
      validated(
        timelineEventSchema,
        {
          date: event.date,
          title: event.title,
          description: event.description ?? '',
          sourceIds: [source.id],
          entityIds: [],
          id: newId(),
          dossierId,
          createdAt: at,
          updatedAt: at,
        },
        'event',
      ),
    );
    const linked = await this.write(['dossiers', 'sources', 'entities', 'timeline'], async () => {
      await this.touchDossier(dossierId, at);
      const found = await this.db.entities.bulkGet(existingIds);
      const updated = found.map((entity, index) => {
        if (!entity || entity.dossierId !== dossierId)
          throw new StoreError(
            'NOT_FOUND',
            `An entity this source was to be linked to (${existingIds[index]}) is no longer in the dossier. Nothing was saved; try again.`,
          );
        return validated(
          entitySchema,
          { ...entity, sourceIds: [...entity.sourceIds, source.id], updatedAt: at },
          'entity',
        );
      });
      await this.db.sources.add(source);
      await this.db.entities.bulkPut(updated);
      await this.db.entities.bulkAdd(created);
      await this.db.timeline.bulkAdd(events);
      return updated;
    });
    this.listener?.recordSaved('source', source);
    const entities = [...linked, ...created];
    for (const entity of entities) this.listener?.recordSaved('entity', entity);
    for (const event of events) this.listener?.recordSaved('event', event);
    return { source, entities, events };
  }

  // ── Entities ──────────────────────────────────────────────────────────────────────────────────────

  async addEntity(dossierId: string, fields: EntityFields): Promise<Entity> {
    const at = nowTimestamp();
    const entity = validated(
      entitySchema,
      {
        aliases: [],
        notes: '',
        sourceIds: [],
        ...fields,
        id: newId(),
        dossierId,
        createdAt: at,
        updatedAt: at,
      },
      'entity',
    );
    await this.write(['dossiers', 'entities'], async () => {
      await this.touchDossier(dossierId, at);
      await this.db.entities.add(entity);
    });
    this.listener?.recordSaved('entity', entity);
    return entity;
  }

  async updateEntity(id: string, patch: Partial<EntityFields>): Promise<Entity> {
    return this.write(['dossiers', 'entities'], async () => {
      const current = await this.db.entities.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This entry no longer exists.');
      const next = validated(entitySchema, { ...current, ...patch, updatedAt: nowTimestamp() }, 'entity');
      await this.touchDossier(next.dossierId, next.updatedAt);
      await this.db.entities.put(next);
      return next;
    });
  }

  async deleteEntity(id: string): Promise<UndoToken> {
    const snapshot = await this.write(['dossiers', 'entities', 'timeline'], async () => {
      const entity = await this.db.entities.get(id);
      if (!entity) throw new StoreError('NOT_FOUND', 'This entry no longer exists.');
      const events = (await this.db.timeline.where('dossierId').equals(entity.dossierId).toArray()).filter(
        (event) => event.entityIds.includes(id),
      );
      await this.db.timeline.bulkPut(
        events.map((event) => ({ ...event, entityIds: event.entityIds.filter((e) => e !== id) })),
      );
      await this.db.entities.delete(id);
      await this.touchDossier(entity.dossierId, nowTimestamp());
      return { entity, events };
    });
    return {
      label: `“${snapshot.entity.name}” deleted`,
      undo: () =>
        this.write(['dossiers', 'entities', 'timeline'], async () => {
          await this.db.entities.put(snapshot.entity);
          await this.db.timeline.bulkPut(snapshot.events);
          await this.touchDossier(snapshot.entity.dossierId, nowTimestamp());
        }),
    };
  }

  // ── Timeline ──────────────────────────────────────────────────────────────────────────────────────

  async addEvent(dossierId: string, fields: EventFields): Promise<TimelineEvent> {
    const at = nowTimestamp();
    const event = validated(
      timelineEventSchema,
      {
        description: '',
        sourceIds: [],
        entityIds: [],
        ...fields,
        id: newId(),
        dossierId,
        createdAt: at,
        updatedAt: at,
      },
      'event',
    );
    await this.write(['dossiers', 'timeline'], async () => {
      await this.touchDossier(dossierId, at);
      await this.db.timeline.add(event);
    });
    return event;
  }

  async updateEvent(id: string, patch: Partial<EventFields>): Promise<TimelineEvent> {
    return this.write(['dossiers', 'timeline'], async () => {
      const current = await this.db.timeline.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This event no longer exists.');
      const next = validated(
        timelineEventSchema,
        { ...current, ...patch, updatedAt: nowTimestamp() },
        'event',
      );
      await this.touchDossier(next.dossierId, next.updatedAt);
      await this.db.timeline.put(next);
      return next;
    });
  }

  async deleteEvent(id: string): Promise<UndoToken> {
    const event = await this.write(['dossiers', 'timeline'], async () => {
      const current = await this.db.timeline.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This event no longer exists.');
      await this.db.timeline.delete(id);
      await this.touchDossier(current.dossierId, nowTimestamp());
      return current;
    });
    return {
      label: `Event “${event.title}” deleted`,
      undo: () =>
        this.write(['dossiers', 'timeline'], async () => {
          await this.db.timeline.put(event);
          await this.touchDossier(event.dossierId, nowTimestamp());
        }),
    };
  }

  // ── Briefings and their versions ──────────────────────────────────────────────────────────────────

  async createBriefing(
    dossierId: string,
    template: Template,
    title?: string,
    marking?: Marking,
  ): Promise<Briefing> {
    const at = nowTimestamp();
    const dossier = await this.getDossier(dossierId);
    const briefing = validated(
      briefingSchema,
      {
        id: newId(),
        dossierId,
        title: title?.trim() || template.name,
        templateId: template.id,
        marking: marking ?? dossier?.marking ?? DEFAULT_MARKING,
        status: 'draft',
        content: briefingContentFromTemplate(template),
        createdAt: at,
        updatedAt: at,
      },
      'briefing',
    );
    await this.write(['dossiers', 'briefings'], async () => {
      await this.touchDossier(dossierId, at);
      await this.db.briefings.add(briefing);
    });
    this.listener?.recordSaved('briefing', briefing);
    return briefing;
  }

  async updateBriefing(id: string, patch: BriefingPatch): Promise<Briefing> {
    const briefing = await this.write(['dossiers', 'briefings'], async () => {
      const current = await this.db.briefings.get(id);
      if (!current) throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
      const next = validated(briefingSchema, { ...current, ...patch, updatedAt: nowTimestamp() }, 'briefing');
      await this.touchDossier(next.dossierId, next.updatedAt);
      await this.db.briefings.put(next);
      return next;
    });
    this.listener?.recordSaved('briefing', briefing);
    return briefing;
  }

  async deleteBriefing(id: string): Promise<UndoToken> {
    const snapshot = await this.write(['dossiers', 'briefings', 'briefingVersions'], async () => {
      const briefing = await this.db.briefings.get(id);
      if (!briefing) throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
      const versions = await this.db.briefingVersions.where('briefingId').equals(id).toArray();
      await this.db.briefingVersions.where('briefingId').equals(id).delete();
      await this.db.briefings.delete(id);
      await this.touchDossier(briefing.dossierId, nowTimestamp());
      return { briefing, versions };
    });
    this.listener?.recordRemoved('briefing', id);
    return {
      label: `Briefing “${snapshot.briefing.title}” deleted`,
      undo: async () => {
        await this.write(['dossiers', 'briefings', 'briefingVersions'], async () => {
          await this.db.briefings.put(snapshot.briefing);
          await this.db.briefingVersions.bulkPut(snapshot.versions);
          await this.touchDossier(snapshot.briefing.dossierId, nowTimestamp());
        });
        this.listener?.recordSaved('briefing', snapshot.briefing);
      },
    };
  }

  async saveBriefingVersion(briefingId: string, name: string): Promise<BriefingVersion> {
    return this.write(['briefings', 'briefingVersions'], async () => {
      const briefing = await this.db.briefings.get(briefingId);
      if (!briefing) throw new StoreError('NOT_FOUND', 'This briefing no longer exists.');
      const version = validated(
        briefingVersionSchema,
        {
          id: newId(),
          briefingId,
          name: name.trim() || `Version of ${new Date().toLocaleString()}`,
          createdAt: nowTimestamp(),
          title: briefing.title,
          marking: briefing.marking,
          content: briefing.content,
        },
        'version',
      );
      await this.db.briefingVersions.add(version);
      return version;
    });
  }

  async listBriefingVersions(briefingId: string): Promise<BriefingVersion[]> {
    return (
      await this.db.briefingVersions
        .where('[briefingId+createdAt]')
        .between([briefingId, ''], [briefingId, '\uffff'])
        .toArray()
    ).reverse();
  }

  /** Puts a saved version back as the current text, first keeping the current text as a version too. */
  async restoreBriefingVersion(versionId: string): Promise<Briefing> {
    const version = await this.db.briefingVersions.get(versionId);
    if (!version) throw new StoreError('NOT_FOUND', 'This version no longer exists.');
    await this.saveBriefingVersion(version.briefingId, `Before restoring “${version.name}”`);
    return this.updateBriefing(version.briefingId, {
      title: version.title,
      marking: version.marking,
      content: version.content,
    });
  }

  /** Imports a shared dossier in one transaction (see import-dossier.ts), then updates the search index. */
  async importDocument(
    document: DossierDocument,
    attachments: ReadonlyMap<string, Blob>,
    mode: ImportMode,
  ): Promise<Dossier> {
    const imported = await importDossierDocument(this.db, document, attachments, mode);
    if (mode === 'replace') this.listener?.dossierRemoved(imported.dossier.id);
    this.listener?.recordSaved('dossier', imported.dossier);
    for (const source of imported.sources) this.listener?.recordSaved('source', source);
    for (const briefing of imported.briefings) this.listener?.recordSaved('briefing', briefing);
    return imported.dossier;
  }

  // ── The whole dossier as one document (export, sharing) ───────────────────────────────────────────

  async dossierDocument(dossierId: string): Promise<DossierDocument> {
    return this.db.transaction(
      'r',
      ['dossiers', 'sources', 'entities', 'timeline', 'briefings', 'briefingVersions', 'attachments'],
      async () => {
        const dossier = await this.getDossier(dossierId);
        if (!dossier) throw new StoreError('NOT_FOUND', 'This dossier no longer exists.');
        const sources = await this.db.sources.where('dossierId').equals(dossierId).toArray();
        const briefings = await this.db.briefings.where('dossierId').equals(dossierId).toArray();
        const briefingVersions = await this.db.briefingVersions
          .where('briefingId')
          .anyOf(briefings.map((briefing) => briefing.id))
          .toArray();
        const attachmentIds = new Set([
          ...sources.flatMap((source) => source.attachmentIds),
          ...[...briefings, ...briefingVersions].flatMap((briefing) => imageAttachmentIds(briefing.content)),
        ]);
        const attachments = (await this.db.attachments.bulkGet([...attachmentIds])).flatMap((attachment) =>
          attachment
            ? [
                {
                  id: attachment.id,
                  name: attachment.name,
                  mimeType: attachment.mimeType,
                  size: attachment.size,
                },
              ]
            : [],
        );
        return {
          formatVersion: DOSSIER_FORMAT_VERSION,
          dossier,
          sources,
          entities: await this.db.entities.where('dossierId').equals(dossierId).toArray(),
          timeline: await this.db.timeline.where('dossierId').equals(dossierId).toArray(),
          briefings,
          briefingVersions,
          attachments,
        } as DossierDocument;
      },
    );
  }
}
