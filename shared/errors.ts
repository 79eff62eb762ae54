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

// contextBridge keeps only an error's message when it crosses into the page, so the preload carries the
// code inside the message and the renderer's bridge takes it out again.
const CODED_MESSAGE = /^\[([A-Z][A-Z0-9_]*)\] ([\s\S]*)$/;

export function encodePlatformErrorMessage(code: string, message: string): string {
  return `[${code}] ${message}`;
}

/** Rebuilds the PlatformError the preload threw; leaves any other error as it is. */
export function decodePlatformError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof PlatformError) return error;
  // Electron may prefix the message it re-throws with "Error invoking remote method …: Error: ".
  const match = error.message.replace(/^[\s\S]*?Error: (?=\[[A-Z])/, '').match(CODED_MESSAGE);
  if (!match?.[1]) return error;
  return new PlatformError(match[1] as PlatformErrorCode, match[2] ?? '');
}
