// Autosave's way into the dossier store: reads the briefing, and writes it only if nobody else wrote it
// since this window last saw it. That check reads the record's `updatedAt` from an index, not the record:
// a long briefing is megabytes the page would otherwise decode on every save.

import { Dexie } from 'dexie';
import { db, store } from '../db';
import { StoreError, toStoreError } from '../db/store-error';
import type { AutosaveStore, StoredBriefing } from './autosave';

/** The `updatedAt` of each briefing of a dossier, from the [dossierId+updatedAt] index alone. */
export async function briefingUpdateTimes(dossierId: string): Promise<Map<string, string>> {
  const inDossier = db.briefings
    .where('[dossierId+updatedAt]')
    .between([dossierId, Dexie.minKey], [dossierId, Dexie.maxKey]);
  const [keys, ids] = await Promise.all([inDossier.keys(), inDossier.primaryKeys()]);
  return new Map(ids.map((id, index) => [id, String((keys[index] as unknown as [string, string])[1])]));
}

export function briefingAutosaveStore(briefingId: string): AutosaveStore {
  let dossierId: string | undefined;
  const read = async (): Promise<StoredBriefing | undefined> => {
    try {
      const record = await db.briefings.get(briefingId);
      dossierId = record?.dossierId;
      return record;
    } catch (error) {
      throw toStoreError(error);
    }
  };
  const storedUpdatedAt = async (): Promise<string | undefined> => {
    if (dossierId === undefined) return (await read())?.updatedAt;
    try {
      return (await briefingUpdateTimes(dossierId)).get(briefingId);
    } catch (error) {
      throw toStoreError(error);
    }
  };
  return {
    read,
    async write(draft, expectedUpdatedAt) {
      // The check and the write are two steps, not one transaction, so that the store's own transaction
      // and its search-index notice stay as they are; only another window could slip in between.
      if ((await storedUpdatedAt()) !== expectedUpdatedAt) {
        const current = await read();
        if (!current) {
          throw new StoreError(
            'NOT_FOUND',
            'This briefing no longer exists, so it cannot be saved. Copy your text elsewhere.',
          );
        }
        if (current.updatedAt !== expectedUpdatedAt) return { status: 'changed-elsewhere', record: current };
      }
      return { status: 'saved', record: await store.updateBriefing(briefingId, draft) };
    },
    async keepStoredAsVersion(name) {
      await store.saveBriefingVersion(briefingId, name);
    },
  };
}
