// Typed errors a user can meet, with a message that says what happened and what to do.
// They cross the IPC boundary as plain `{ code, message }` objects and are rebuilt on the other side.

export type PlatformErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNTRUSTED_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'FILE_TOO_LARGE'
  | 'FILE_READ_FAILED'
  | 'FILE_WRITE_FAILED'
  | 'LINK_NOT_ALLOWED'
  | 'INTERNAL';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly code: PlatformErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface SerializedError {
  code: string;
  message: string;
}
