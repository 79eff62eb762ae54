// The error ingest throws for material it cannot use: a code per way a file or paste can be wrong, and a
// message that says what happened and what to do. Nothing is saved when one is thrown.

import { DeskError } from '../errors';

export type IngestErrorCode =
  /** The paste or file holds no text at all (or only whitespace). */
  | 'EMPTY'
  /** Larger than MAX_MATERIAL_BYTES; the message names the limit. */
  | 'TOO_LARGE'
  /** A file named as text (.txt, .md, .html) whose bytes are binary. */
  | 'BINARY'
  /** A file type ingest does not read; the message lists the ones it does. */
  | 'UNSUPPORTED_TYPE'
  /** A .docx or .pdf locked with a password. */
  | 'PASSWORD_PROTECTED'
  /** A .docx or .pdf whose structure is broken (cut short, not really that format). */
  | 'BROKEN_FILE'
  /** The file opened but yielded no readable text (e.g. a scanned PDF without a text layer). */
  | 'NO_TEXT'
  /** A part of a saved page (.mhtml) whose transfer encoding or charset cannot be decoded. */
  | 'BAD_ENCODING'
  /** A saved page whose part claims a location outside the page (`../`): an altered file. */
  | 'UNSAFE_REFERENCE';
// A read the user cancels ends in the app's one CancelledError (code CANCELLED).

export class IngestError extends DeskError<IngestErrorCode> {
  override readonly name = 'IngestError';
}

/** Files larger than this are refused before they are read: 25 MB holds thousands of pages of text. */
export const MAX_MATERIAL_BYTES = 25 * 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The refusal of a file over the limit, naming both sizes, before any of it is read. */
export function materialTooLarge(name: string, bytes: number): IngestError {
  return new IngestError(
    'TOO_LARGE',
    `${name} is ${formatMegabytes(bytes)}; Dossier Desk reads files up to ${formatMegabytes(MAX_MATERIAL_BYTES)}. Split it, or paste the part you need.`,
  );
}
