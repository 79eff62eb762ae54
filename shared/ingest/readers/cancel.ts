// Cancelling a read: the user closed the dialog or picked another file while a long file was being read.

import { IngestError } from '../ingest-error';

export function cancelledError(): IngestError {
  return new IngestError('CANCELLED', 'Reading the file was cancelled; nothing was added.');
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
