// Cancelling a read: the user closed the dialog or picked another file while a long file was being read.
// It ends in the app's one CancelledError, with a message that says nothing was added.

import { CancelledError } from '../../errors';

const READ_CANCELLED = 'Reading the file was cancelled; nothing was added.';

export function cancelledError(): CancelledError {
  return new CancelledError(READ_CANCELLED);
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
