// Errors the store hands to the UI, each with a message that says what happened and what to do.

import { DeskError } from '../../shared/errors';

export type StoreErrorCode =
  | 'QUOTA_EXCEEDED'
  | 'NOT_FOUND'
  | 'INVALID_RECORD'
  | 'DATABASE_UNAVAILABLE'
  /** A merge prepared against a dossier that was edited before it could be written. */
  | 'CHANGED_MEANWHILE';

export class StoreError extends DeskError<StoreErrorCode> {
  override readonly name = 'StoreError';
}

/**
 * True for a full disk or storage quota, however Dexie hands it over: directly, or wrapped in an
 * AbortError/OpenFailedError whose `.inner` (or `.cause`) holds the QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { name?: string; code?: number; inner?: unknown; cause?: unknown };
    if (candidate.name === 'QuotaExceededError' || candidate.code === 22) return true;
    current = candidate.inner ?? candidate.cause;
  }
  return false;
}

/** Turns whatever IndexedDB threw into a StoreError the UI can show. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) {
    return new StoreError(
      'QUOTA_EXCEEDED',
      'The disk is full, so the last change could not be saved. Your text is kept on screen and will be saved as soon as space is freed: delete files or empty the Trash.',
      error,
    );
  }
  const name = (error as { name?: string })?.name;
  if (name === 'OpenFailedError' || name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return new StoreError(
      'DATABASE_UNAVAILABLE',
      'The dossier store could not be opened. Close other Dossier Desk windows and reload.',
      error,
    );
  }
  return new StoreError(
    'DATABASE_UNAVAILABLE',
    `Saving failed: ${(error as Error)?.message ?? String(error)}`,
    error,
  );
}
