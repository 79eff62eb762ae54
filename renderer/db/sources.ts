// A dossier's sources: adding, editing and deleting them (with their links from entities and events), and
// saving an ingested source together with the entities and events the user accepted from it.

import {
  citedSourceIds,
  DEFAULT_MARKING,
  type Entity,
  type EntityKind,
  type EventDate,
  emptyDoc,
  entitySchema,
  newId,
  nowTimestamp,
  type Source,
  sourceSchema,
  type TimelineEvent,
  UNGRADED,
} from '../../shared/model';
import { translate } from '../i18n';
import { attachmentRecord, putAttachmentInTransaction } from './attachments';
import { newEntityRecord } from './entities';
import { StoreError } from './store-error';
import { type RecordCheck, type StoreWriter, type UndoToken, validated } from './store-writer';
import { newEventRecord } from './timeline';

export type SourceFields = Pick<Source, 'title'> &
  Partial<Omit<Source, 'id' | 'dossierId' | 'title' | 'createdAt' | 'updatedAt'>>;
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
/** A file the source was made from, kept as it was read (a saved page's images are more of them). */
export interface IngestedOriginal {
  readonly bytes: Blob;
  readonly name: string;
  readonly mimeType: string;
  /** When the material was read: the capture time shown on the source. */
  readonly capturedAt: string;
}
export type IngestedSourceFields = Omit<SourceFields, 'originals'> & {
  readonly entities?: readonly IngestedEntity[];
  readonly events?: readonly IngestedEvent[];
  readonly originals?: readonly IngestedOriginal[];
};
/** What addIngestedSource wrote. */
export interface IngestedSource {
  source: Source;
  /** New entities and the existing ones now linked to the source. */
  entities: Entity[];
  events: TimelineEvent[];
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

const sourcePut = (source: Source) =>
  ({ kind: 'source', op: 'put', source, entities: [], events: [] }) as const;
const SOURCE: RecordCheck<Source> = {
  schema: sourceSchema,
  what: 'source',
  missing: 'This source no longer exists.',
};

export async function addSource(
  writer: StoreWriter,
  dossierId: string,
  fields: SourceFields,
): Promise<Source> {
  const source = newSourceRecord(dossierId, fields, nowTimestamp());
  return writer.addToDossier('sources', source, sourcePut(source));
}

export function updateSource(writer: StoreWriter, id: string, patch: Partial<SourceFields>): Promise<Source> {
  return writer.updateInDossier('sources', id, patch, SOURCE, sourcePut);
}

/**
 * Deletes a source and its links from entities and events. A source a briefing cites is kept: the
 * citation would point at nothing.
 */
export async function deleteSource(writer: StoreWriter, id: string): Promise<UndoToken> {
  const { db } = writer;
  const snapshot = await writer.write(
    ['dossiers', 'sources', 'entities', 'timeline', 'briefings'],
    async () => {
      const source = await db.sources.get(id);
      if (!source) throw new StoreError('NOT_FOUND', SOURCE.missing);
      const citing = (await db.briefings.where('dossierId').equals(source.dossierId).toArray()).filter(
        (briefing) => citedSourceIds(briefing.content).includes(id),
      );
      if (citing.length) {
        throw new StoreError(
          'INVALID_RECORD',
          `“${source.title}” is cited in ${citing.map((briefing) => `“${briefing.title}”`).join(', ')}. Remove those citations first.`,
        );
      }
      const entities = await db.entities.where('sourceIds').equals(id).toArray();
      const events = (await db.timeline.where('dossierId').equals(source.dossierId).toArray()).filter(
        (event) => event.sourceIds.includes(id),
      );
      const unlinked = {
        entities: entities.map((entity) => ({
          ...entity,
          sourceIds: entity.sourceIds.filter((s) => s !== id),
        })),
        events: events.map((event) => ({ ...event, sourceIds: event.sourceIds.filter((s) => s !== id) })),
      };
      await db.entities.bulkPut(unlinked.entities);
      await db.timeline.bulkPut(unlinked.events);
      await db.sources.delete(id);
      await writer.touchDossier(source.dossierId, nowTimestamp());
      return { source, entities, events, unlinked };
    },
    ({ source, unlinked }) => ({ kind: 'source', op: 'delete', source, ...unlinked }),
  );
  const { source, entities, events } = snapshot;
  return {
    label: translate('common:sourceDeleted', { title: source.title }),
    undo: async () => {
      await writer.write(
        ['dossiers', 'sources', 'entities', 'timeline'],
        async () => {
          await db.sources.put(source);
          await db.entities.bulkPut(entities);
          await db.timeline.bulkPut(events);
          await writer.touchDossier(source.dossierId, nowTimestamp());
        },
        () => ({ kind: 'source', op: 'put', source, entities, events }),
      );
    },
  };
}

/**
 * Saves a source made from ingested material together with what the user accepted from it: links to
 * entities already in the dossier, new entities, and timeline events, all in one transaction. Every
 * record is checked first; if anything fails, nothing is saved.
 */
export async function addIngestedSource(
  writer: StoreWriter,
  dossierId: string,
  fields: IngestedSourceFields,
): Promise<IngestedSource> {
  const { db } = writer;
  const { entities: wanted = [], events: proposed = [], originals = [], ...sourceFields } = fields;
  const at = nowTimestamp();
  // Hashed before the transaction opens: IndexedDB commits a transaction left waiting on a stream.
  const kept = await Promise.all(
    originals.map(async (original) => ({
      attachment: await attachmentRecord(original.bytes, original.name, original.mimeType),
      original,
    })),
  );
  const unique = [...new Map(kept.map((item) => [item.attachment.id, item])).values()];
  const source = newSourceRecord(
    dossierId,
    unique.length
      ? {
          ...sourceFields,
          attachmentIds: [
            ...new Set([...(sourceFields.attachmentIds ?? []), ...unique.map((item) => item.attachment.id)]),
          ],
          originals: unique.map((item) => ({
            attachmentId: item.attachment.id,
            capturedAt: item.original.capturedAt,
          })),
        }
      : sourceFields,
    at,
  );
  const existingIds = [
    ...new Set(wanted.flatMap((entity) => ('existingId' in entity ? [entity.existingId] : []))),
  ];
  const created = wanted.flatMap((entity) =>
    'existingId' in entity
      ? []
      : [
          newEntityRecord(
            dossierId,
            {
              kind: entity.kind,
              name: entity.name,
              aliases: [...(entity.aliases ?? [])],
              sourceIds: [source.id],
            },
            at,
          ),
        ],
  );
  const events = proposed.map((event) =>
    newEventRecord(
      dossierId,
      { date: event.date, title: event.title, description: event.description ?? '', sourceIds: [source.id] },
      at,
    ),
  );
  const entities = await writer.write(
    ['dossiers', 'sources', 'entities', 'timeline', 'attachments', 'attachmentChunks'],
    async () => {
      await writer.touchDossier(dossierId, at);
      for (const { attachment, original } of unique) {
        // Content-addressed: the same page captured twice is stored once.
        if (!(await db.attachments.get(attachment.id)))
          await putAttachmentInTransaction(db, attachment, original.bytes);
      }
      const found = await db.entities.bulkGet(existingIds);
      const linked = found.map((entity, index) => {
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
      await db.sources.add(source);
      await db.entities.bulkPut(linked);
      await db.entities.bulkAdd(created);
      await db.timeline.bulkAdd(events);
      return [...linked, ...created];
    },
    (written) => ({ kind: 'source', op: 'put', source, entities: written, events }),
  );
  return { source, entities, events };
}
