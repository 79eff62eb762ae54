// The one base of every error a user can meet (a code, a message that says what happened and what to do),
// the one cancellation error, and how a coded error crosses Electron's contextBridge.

/** Every typed error of the app extends this, so any side can read `code` without knowing the class. */
export class DeskError<Code extends string = string> extends Error {
  override readonly name: string = 'DeskError';
  constructor(
    readonly code: Code,
    message: string,
    /** What went wrong underneath (an IndexedDB or zod error…), kept for debugging, never shown. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** What went wrong, in words: an error's message, or whatever was thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const CANCELLED = 'CANCELLED';

/** The user stopped the work (closed a dialog, pressed Cancel or Ctrl-C). Every side throws this one. */
export class CancelledError extends DeskError<typeof CANCELLED> {
  override readonly name = 'CancelledError';
  constructor(message = 'Cancelled. Nothing was kept.') {
    super(CANCELLED, message);
  }
}

/** True for a cancellation, whichever side threw it (also once rebuilt after crossing a boundary). */
export function isCancelled(error: unknown): error is DeskError<typeof CANCELLED> {
  return error instanceof DeskError && error.code === CANCELLED;
}

/** Stops long work between steps once its signal has fired; `message` says what was left undone. */
export function throwIfCancelled(signal: AbortSignal | undefined, message?: string): void {
  if (signal?.aborted) throw new CancelledError(message);
}

export type PlatformErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNTRUSTED_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'FILE_TOO_LARGE'
  | 'FILE_READ_FAILED'
  | 'FILE_WRITE_FAILED'
  | 'LINK_NOT_ALLOWED'
  | 'INTERNAL';

export class PlatformError extends DeskError<PlatformErrorCode> {
  override readonly name = 'PlatformError';
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

/**
 * Rebuilds the coded error the preload threw (a cancellation as CancelledError, anything else as
 * PlatformError); leaves any other error as it is.
 */
export function decodePlatformError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof DeskError) return error;
  // Electron may prefix the message it re-throws with "Error invoking remote method …: Error: ".
  const match = error.message.replace(/^[\s\S]*?Error: (?=\[[A-Z])/, '').match(CODED_MESSAGE);
  if (!match?.[1]) return error;
  const message = match[2] ?? '';
  if (match[1] === CANCELLED) return new CancelledError(message);
  return new PlatformError(match[1] as PlatformErrorCode, message);
}
