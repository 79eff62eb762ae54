// The people, organisations and places a dossier keeps track of: adding, editing and deleting them
// (a deleted entity is unlinked from the timeline's events, and Undo links it again).

import { type Entity, entitySchema, newId, nowTimestamp } from '../../shared/model';
import { translate } from '../i18n';
import { StoreError } from './store-error';
import { type RecordCheck, type StoreWriter, type UndoToken, validated } from './store-writer';

export type EntityFields = Pick<Entity, 'name' | 'kind'> &
  Partial<Omit<Entity, 'id' | 'dossierId' | 'name' | 'kind' | 'createdAt' | 'updatedAt'>>;

/** A new entity with the defaults for what the fields leave out, checked against the schema. */
export function newEntityRecord(dossierId: string, fields: EntityFields, at: string): Entity {
  return validated(
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
}

const entityPut = (entity: Entity) => ({ kind: 'entity', op: 'put', entity, events: [] }) as const;
const ENTITY: RecordCheck<Entity> = {
  schema: entitySchema,
  what: 'entity',
  missing: 'This entry no longer exists.',
};

export async function addEntity(
  writer: StoreWriter,
  dossierId: string,
  fields: EntityFields,
): Promise<Entity> {
  const entity = newEntityRecord(dossierId, fields, nowTimestamp());
  return writer.addToDossier('entities', entity, entityPut(entity));
}

export function updateEntity(writer: StoreWriter, id: string, patch: Partial<EntityFields>): Promise<Entity> {
  return writer.updateInDossier('entities', id, patch, ENTITY, entityPut);
}

/** Deletes an entity and its links from the timeline; the token puts both back. */
export async function deleteEntity(writer: StoreWriter, id: string): Promise<UndoToken> {
  const { db } = writer;
  const snapshot = await writer.write(
    ['dossiers', 'entities', 'timeline'],
    async () => {
      const entity = await db.entities.get(id);
      if (!entity) throw new StoreError('NOT_FOUND', ENTITY.missing);
      const events = (await db.timeline.where('dossierId').equals(entity.dossierId).toArray()).filter(
        (event) => event.entityIds.includes(id),
      );
      const unlinked = events.map((event) => ({
        ...event,
        entityIds: event.entityIds.filter((e) => e !== id),
      }));
      await db.timeline.bulkPut(unlinked);
      await db.entities.delete(id);
      await writer.touchDossier(entity.dossierId, nowTimestamp());
      return { entity, events, unlinked };
    },
    ({ entity, unlinked }) => ({ kind: 'entity', op: 'delete', entity, events: unlinked }),
  );
  return {
    label: translate('common:entityDeleted', { name: snapshot.entity.name }),
    undo: async () => {
      await writer.write(
        ['dossiers', 'entities', 'timeline'],
        async () => {
          await db.entities.put(snapshot.entity);
          await db.timeline.bulkPut(snapshot.events);
          await writer.touchDossier(snapshot.entity.dossierId, nowTimestamp());
        },
        () => ({ kind: 'entity', op: 'put', entity: snapshot.entity, events: snapshot.events }),
      );
    },
  };
}
