// The error type of sharing's merge and diff: a code per way two copies cannot be merged, and a message
// saying what to do. Package refusals stay PackageError; this is about the relation between two copies.

export type SharingErrorCode =
  /** The two copies do not descend from the same dossier: there is nothing to merge. */
  | 'LINEAGE_MISMATCH'
  /** A choice names a conflict the merge did not report. */
  | 'UNKNOWN_CONFLICT';

export class SharingError extends Error {
  override readonly name = 'SharingError';
  constructor(
    readonly code: SharingErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
