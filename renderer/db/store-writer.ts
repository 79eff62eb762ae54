// How every write of the store runs: records checked against the model, one Dexie transaction, IndexedDB's
// failures turned into StoreErrors, and exactly one change event once the transaction has committed.

import { Dexie } from 'dexie';
import type { z } from 'zod';
import type { DossierDatabase } from './database';
import type { StoreChange, StoreChanges } from './store-changes';
import { StoreError, toStoreError } from './store-error';

export type StoreTable =
  | 'dossiers'
  | 'sources'
  | 'entities'
  | 'timeline'
  | 'briefings'
  | 'briefingVersions'
  | 'attachments'
  | 'attachmentChunks';

/** What a deletion took away, so Undo can put exactly that back. */
export interface UndoToken {
  label: string;
  undo(): Promise<void>;
}

/** `record` as the schema accepts it, or a StoreError naming the first field it refuses. */
export function validated<T>(schema: z.ZodType<T>, record: unknown, what: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || what;
  throw new StoreError(
    'INVALID_RECORD',
    `This ${what} cannot be saved: ${field} ${issue?.message ?? 'is invalid'}.`,
  );
}

export class StoreWriter {
  constructor(
    readonly db: DossierDatabase,
    private readonly changes: StoreChanges,
  ) {}

  /**
   * Runs `work` in one read-write transaction over `tables`, then tells `changeOf(result)`. Nothing is told
   * for a write that failed or was rolled back.
   */
  async write<T>(
    tables: readonly StoreTable[],
    work: () => Promise<T>,
    changeOf: (result: T) => StoreChange,
  ): Promise<T> {
    // Inside another transaction Dexie would only join it, and the change would be told before anything
    // had committed; no caller does this, and this keeps it so.
    if (Dexie.currentTransaction) {
      throw new Error('A store write was started inside another transaction; start it on its own.');
    }
    let result: T;
    try {
      result = await this.db.transaction('rw', [...tables], work);
    } catch (error) {
      throw toStoreError(error);
    }
    this.changes.emit(changeOf(result));
    return result;
  }

  /** Marks the dossier as changed now; call inside a write over `dossiers`. */
  async touchDossier(dossierId: string, at: string): Promise<void> {
    const updated = await this.db.dossiers.update(dossierId, { updatedAt: at });
    if (!updated)
      throw new StoreError(
        'NOT_FOUND',
        'This dossier no longer exists. It may have been emptied from the Trash.',
      );
  }
}
