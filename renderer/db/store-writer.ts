// How every write of the store runs: records checked against the model, one Dexie transaction, IndexedDB's
// failures turned into StoreErrors, and exactly one change event once the transaction has committed.

import { Dexie, type Table } from 'dexie';
import type { z } from 'zod';
import { nowTimestamp } from '../../shared/model';
import type { DossierDatabase } from './database';
import type { StoreChange, StoreChanges } from './store-changes';
import { StoreError, toStoreError } from './store-error';

/** The tables a whole dossier is read from (export, sharing). */
export const DOSSIER_DOCUMENT_TABLES = [
  'dossiers',
  'sources',
  'entities',
  'timeline',
  'briefings',
  'briefingVersions',
  'attachments',
] as const;

/** Every table, for the writes that touch them all (an import, a merge, emptying the Trash). */
export const ALL_STORE_TABLES = [
  ...DOSSIER_DOCUMENT_TABLES,
  'attachmentChunks',
  'briefingStates',
  'sharedBases',
  'officeTemplates',
] as const;
export type StoreTable = (typeof ALL_STORE_TABLES)[number];

/** The tables of the records that belong to one dossier and mark it changed when written. */
type DossierRecordTable = 'sources' | 'entities' | 'timeline' | 'briefings';

/** How a kind of record is checked, and what a user is told when it is no longer there. */
export interface RecordCheck<R> {
  readonly schema: z.ZodType<R>;
  /** The record's name in messages: "This entity cannot be saved: …". */
  readonly what: string;
  /** The message when the record is no longer in the store. */
  readonly missing: string;
}

interface DossierRecord {
  readonly id: string;
  readonly dossierId: string;
  readonly updatedAt: string;
}

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

  /** Adds a new record of a dossier, marking the dossier changed, in one write that tells `change`. */
  async addToDossier<R extends DossierRecord>(
    table: DossierRecordTable,
    record: R,
    change: StoreChange,
  ): Promise<R> {
    await this.write(
      ['dossiers', table],
      async () => {
        await this.touchDossier(record.dossierId, record.updatedAt);
        await this.tableOf<R>(table).add(record);
      },
      () => change,
    );
    return record;
  }

  /**
   * Applies `patch` to a stored record of a dossier, checks the result and marks the dossier changed; call
   * inside a write over `dossiers` and `table`.
   */
  async patchDossierRecord<R extends DossierRecord>(
    table: DossierRecordTable,
    id: string,
    patch: object,
    check: RecordCheck<R>,
  ): Promise<R> {
    const records = this.tableOf<R>(table);
    const current = await records.get(id);
    if (!current) throw new StoreError('NOT_FOUND', check.missing);
    const next = validated(check.schema, { ...current, ...patch, updatedAt: nowTimestamp() }, check.what);
    await this.touchDossier(next.dossierId, next.updatedAt);
    await records.put(next);
    return next;
  }

  /** Applies `patch` to a stored record of a dossier in one write that tells `changeOf` of the result. */
  updateInDossier<R extends DossierRecord>(
    table: DossierRecordTable,
    id: string,
    patch: object,
    check: RecordCheck<R>,
    changeOf: (record: R) => StoreChange,
  ): Promise<R> {
    return this.write(['dossiers', table], () => this.patchDossierRecord(table, id, patch, check), changeOf);
  }

  /** The table by its property on the database, the same object the rest of the store (and a test's spy) uses. */
  private tableOf<R>(table: DossierRecordTable): Table<R, string> {
    return this.db[table] as unknown as Table<R, string>;
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
