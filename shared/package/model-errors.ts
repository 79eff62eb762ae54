// A ModelError from parsing dossier.json, as the PackageError a caller of the package API handles:
// the same code and the model's own message (it names the field), except a newer format version, which
// gets the package's "update the app" message.

import { ModelError } from '../model';
import { newerFormatError } from './encryption';
import { PackageError, type PackageErrorCode } from './package-error';

export function packageErrorFromModel(error: unknown, documentJson: unknown): unknown {
  if (!(error instanceof ModelError)) return error;
  if (error.code === 'UNSUPPORTED_VERSION') {
    const version = (documentJson as { formatVersion?: unknown } | null)?.formatVersion;
    return newerFormatError(typeof version === 'number' ? version : Number.NaN);
  }
  const code: PackageErrorCode =
    error.code === 'INVALID_GRADING' ? 'SCHEMA_INVALID' : (error.code satisfies PackageErrorCode);
  return new PackageError(code, error.message, error);
}
