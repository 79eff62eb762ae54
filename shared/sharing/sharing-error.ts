// The error sharing throws when a colleague's copy cannot be used as it is: a code per way it can be wrong,
// and a message that says what happened and what to do. Nothing is written when one is thrown.

import { DeskError } from '../errors';

export type SharingErrorCode =
  /** A briefing's Yjs state cannot be decoded, is cut short, or holds something a briefing never holds. */
  | 'BRIEFING_STATE_DAMAGED'
  /** A briefing's text, once merged, beyond the model's limits on nodes or characters. */
  | 'BRIEFING_STATE_TOO_LARGE'
  /** Two Yjs states that share no history: merging them would repeat every paragraph. */
  | 'BRIEFING_STATES_UNRELATED'
  /** The two copies do not descend from the same dossier: there is nothing to merge. */
  | 'LINEAGE_MISMATCH'
  /** A choice names a conflict the merge did not report. */
  | 'UNKNOWN_CONFLICT';

export class SharingError extends DeskError<SharingErrorCode> {
  override readonly name = 'SharingError';
}
