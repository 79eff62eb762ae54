// A dossier's timeline: adding, editing and deleting its events.

import { newId, nowTimestamp, type TimelineEvent, timelineEventSchema } from '../../shared/model';
import { translate } from '../i18n';
import { StoreError } from './store-error';
import { type RecordCheck, type StoreWriter, type UndoToken, validated } from './store-writer';

export type EventFields = Pick<TimelineEvent, 'title' | 'date'> &
  Partial<Omit<TimelineEvent, 'id' | 'dossierId' | 'title' | 'date' | 'createdAt' | 'updatedAt'>>;

/** A new event with the defaults for what the fields leave out, checked against the schema. */
export function newEventRecord(dossierId: string, fields: EventFields, at: string): TimelineEvent {
  return validated(
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
}

const eventPut = (event: TimelineEvent) => ({ kind: 'event', op: 'put', event }) as const;
const EVENT: RecordCheck<TimelineEvent> = {
  schema: timelineEventSchema,
  what: 'event',
  missing: 'This event no longer exists.',
};

export async function addEvent(
  writer: StoreWriter,
  dossierId: string,
  fields: EventFields,
): Promise<TimelineEvent> {
  const event = newEventRecord(dossierId, fields, nowTimestamp());
  return writer.addToDossier('timeline', event, eventPut(event));
}

export function updateEvent(
  writer: StoreWriter,
  id: string,
  patch: Partial<EventFields>,
): Promise<TimelineEvent> {
  return writer.updateInDossier('timeline', id, patch, EVENT, eventPut);
}

export async function deleteEvent(writer: StoreWriter, id: string): Promise<UndoToken> {
  const event = await writer.write(
    ['dossiers', 'timeline'],
    async () => {
      const current = await writer.db.timeline.get(id);
      if (!current) throw new StoreError('NOT_FOUND', EVENT.missing);
      await writer.db.timeline.delete(id);
      await writer.touchDossier(current.dossierId, nowTimestamp());
      return current;
    },
    (deleted) => ({ kind: 'event', op: 'delete', event: deleted }),
  );
  return {
    label: translate('common:eventDeleted', { title: event.title }),
    undo: async () => {
      await writer.write(
        ['dossiers', 'timeline'],
        async () => {
          await writer.db.timeline.put(event);
          await writer.touchDossier(event.dossierId, nowTimestamp());
        },
        () => eventPut(event),
      );
    },
  };
}
