// Autosave's way into the dossier store: reads the briefing, and writes it only if nobody else wrote it
// since this window last saw it.

import { db, store } from '../db';
import { StoreError, toStoreError } from '../db/store-error';
import type { AutosaveStore, StoredBriefing } from './autosave';

export function briefingAutosaveStore(briefingId: string): AutosaveStore {
  const read = async (): Promise<StoredBriefing | undefined> => {
    try {
      return await db.briefings.get(briefingId);
    } catch (error) {
      throw toStoreError(error);
    }
  };
  return {
    read,
    async write(draft, expectedUpdatedAt) {
      // The check and the write are two steps, not one transaction, so that the store's own transaction
      // and its search-index notice stay as they are; only another window could slip in between.
      const current = await read();
      if (!current) {
        throw new StoreError(
          'NOT_FOUND',
          'This briefing no longer exists, so it cannot be saved. Copy your text elsewhere.',
        );
      }
      if (current.updatedAt !== expectedUpdatedAt) return { status: 'changed-elsewhere', record: current };
      return { status: 'saved', record: await store.updateBriefing(briefingId, draft) };
    },
    async keepStoredAsVersion(name) {
      await store.saveBriefingVersion(briefingId, name);
    },
  };
}
