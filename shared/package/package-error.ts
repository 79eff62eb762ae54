// The one error type the package reader and writer throw: a code per way a file can be wrong or hostile,
// and a message that says what happened and what to do. docs/package-format.md lists every code.

import { DeskError } from '../errors';

export type PackageErrorCode =
  // What the file is
  /** Neither a ZIP archive nor an encrypted Dossier Desk package. */
  | 'NOT_A_PACKAGE'
  /** A ZIP archive, but its first entry is not `mimetype` with the Dossier Desk media type. */
  | 'NOT_A_DOSSIER'
  /** Made by a newer Dossier Desk, in a format this version does not know. */
  | 'NEWER_FORMAT'
  // The ZIP container
  /** The ZIP ends early: its end record or central directory is missing or cut. */
  | 'ZIP_TRUNCATED'
  /** Headers contradict each other, entries overlap or leave gaps, or compressed data is broken. */
  | 'ZIP_MALFORMED'
  /** A ZIP feature Dossier Desk never writes: ZIP64, split archives, ZIP encryption, other methods. */
  | 'ZIP_UNSUPPORTED'
  /** An entry's bytes do not match the CRC-32 the archive records for them. */
  | 'CRC_MISMATCH'
  /** An entry name that could escape the folder it is unpacked into (`../`, `/x`, `C:`, `\`, NUL). */
  | 'UNSAFE_PATH'
  /** An entry that is a symbolic link. */
  | 'SYMLINK_ENTRY'
  /** An entry that is a device, pipe, socket or folder rather than a file. */
  | 'SPECIAL_FILE_ENTRY'
  /** Two entries with the same name, exactly or apart from letter case. */
  | 'DUPLICATE_ENTRY'
  /** More entries than any dossier can have. */
  | 'ZIP_BOMB_ENTRIES'
  /** More bytes, once inflated, than the reader accepts. */
  | 'ZIP_BOMB_SIZE'
  /** An entry inflates far more than real content does. */
  | 'ZIP_BOMB_RATIO'
  /** An entry inflates to a different size than its headers or the manifest say. */
  | 'SIZE_MISMATCH'
  // The contents
  /** An entry the manifest (or the dossier) lists is not in the archive. */
  | 'MISSING_ENTRY'
  /** An entry in the archive that the manifest (or the dossier) does not list. */
  | 'EXTRA_ENTRY'
  /** An entry's SHA-256 is not the one the manifest (or the attachment id) records. */
  | 'CHECKSUM_MISMATCH'
  /** manifest.json or dossier.json is not UTF-8 JSON. */
  | 'INVALID_JSON'
  /** manifest.json does not have the shape format version 1 requires. */
  | 'MANIFEST_INVALID'
  /** dossier.json fails the model's schema (the message names the field). */
  | 'SCHEMA_INVALID'
  /** dossier.json has two items of one kind with the same id. */
  | 'DUPLICATE_ID'
  /** dossier.json has an id that points at nothing. */
  | 'BROKEN_REFERENCE'
  /** A key `__proto__`, `constructor` or `prototype`. */
  | 'FORBIDDEN_KEY'
  /** A string, list, nesting or JSON entry beyond the limits. */
  | 'TOO_LARGE'
  // Sharing (format 2)
  /** A briefing's text state (briefings/<id>.yjs) cannot be read as one. */
  | 'STATE_INVALID'
  /** A briefing's text state holds other text than dossier.json gives the briefing. */
  | 'STATE_MISMATCH'
  /** base.json is not an earlier state of this dossier (another lineage, or a revision it never was at). */
  | 'BASE_MISMATCH'
  // Office templates (optional entries)
  /** An office template the package carries is malformed, or its document fails the reference reader. */
  | 'OFFICE_TEMPLATE_INVALID'
  // Signatures (format 3)
  /** The package was altered after it was signed: its signature does not match its manifest or header. */
  | 'SIGNATURE_INVALID'
  /** The signer's card is malformed, names itself with markup or controls, or has a false fingerprint. */
  | 'SIGNER_CARD_INVALID'
  /** `dossier verify`: the package carries no signature. */
  | 'UNSIGNED'
  /** `dossier verify --trust`: signed, but by a key not among those trusted. */
  | 'UNKNOWN_SIGNER'
  // Encryption
  /** The package is encrypted and no passphrase was given. */
  | 'PASSPHRASE_REQUIRED'
  /** The passphrase does not open the package, or its encryption header was damaged. */
  | 'WRONG_PASSPHRASE'
  /** The encryption header is malformed or asks for parameters outside the accepted range. */
  | 'ENCRYPTION_HEADER_INVALID'
  /** An encrypted chunk fails authentication: altered, reordered, or cut mid-chunk. */
  | 'CIPHERTEXT_ALTERED'
  /** The encrypted data ends before its final chunk. */
  | 'CIPHERTEXT_TRUNCATED'
  // Writing, and either side
  /** An empty passphrase was given for writing. */
  | 'PASSPHRASE_EMPTY'
  /** The attachment bytes for an id were not supplied. */
  | 'ATTACHMENT_MISSING'
  /** Supplied attachment bytes do not hash to their id or differ in size from the metadata. */
  | 'ATTACHMENT_MISMATCH'
  /** Over 4 GiB, which format version 1 (plain ZIP, no ZIP64) cannot hold; or a stream too large to buffer. */
  | 'PACKAGE_TOO_LARGE';
// Cancelling through the AbortSignal throws the app's one CancelledError (code CANCELLED), not a PackageError.

export class PackageError extends DeskError<PackageErrorCode> {
  override readonly name = 'PackageError';
}

/** Said of files that cannot have come out of Dossier Desk as they are. */
export const ADVICE_DAMAGED =
  'The file is damaged or was changed after it was written. Ask the sender for a new copy.';
export const ADVICE_HOSTILE =
  'Dossier Desk never writes such a file; it may have been crafted to attack the computer that opens it. Do not open it further, and ask the sender for a new copy.';

const OPENING = 'This dossier cannot be opened';

/** "This dossier cannot be opened: <what>. <advice>" */
export function packageError(
  code: PackageErrorCode,
  what: string,
  advice: string = ADVICE_DAMAGED,
  cause?: unknown,
): PackageError {
  return new PackageError(code, `${OPENING}: ${what}. ${advice}`, cause);
}

/**
 * A name from the file, made safe to put in a message: quoted, control characters escaped (a name could
 * otherwise move a terminal's cursor or forge a second line), and shortened.
 */
export function quoteName(name: string, max = 80): string {
  const shown = name.length > max ? `${name.slice(0, max)}…` : name;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
  return `"${shown.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
