// The error codes of shared/ that the app can meet and whose words the `errors` catalogue must have, listed
// so that the typecheck fails when a new code is added without them (describe-error.ts shows them).

import type { ModelErrorCode } from '../../shared/model';
import type { PackageErrorCode } from '../../shared/package';
import type { StoreErrorCode } from '../db/store-error';

/**
 * The package reader's, writer's, model's and store's codes that the app can meet, each needing words in the
 * `errors` catalogue (the catalogue test checks every language has them). A new code fails the typecheck
 * here until it is listed; only the command line's `dossier verify` codes are left out.
 */
const WORDED: Record<
  Exclude<PackageErrorCode, 'UNSIGNED' | 'UNKNOWN_SIGNER'> | ModelErrorCode | StoreErrorCode,
  true
> = {
  NOT_A_PACKAGE: true,
  NOT_A_DOSSIER: true,
  NEWER_FORMAT: true,
  ZIP_TRUNCATED: true,
  ZIP_MALFORMED: true,
  ZIP_UNSUPPORTED: true,
  CRC_MISMATCH: true,
  UNSAFE_PATH: true,
  SYMLINK_ENTRY: true,
  SPECIAL_FILE_ENTRY: true,
  DUPLICATE_ENTRY: true,
  ZIP_BOMB_ENTRIES: true,
  ZIP_BOMB_SIZE: true,
  ZIP_BOMB_RATIO: true,
  SIZE_MISMATCH: true,
  MISSING_ENTRY: true,
  EXTRA_ENTRY: true,
  CHECKSUM_MISMATCH: true,
  INVALID_JSON: true,
  MANIFEST_INVALID: true,
  SCHEMA_INVALID: true,
  DUPLICATE_ID: true,
  BROKEN_REFERENCE: true,
  FORBIDDEN_KEY: true,
  TOO_LARGE: true,
  UNSUPPORTED_VERSION: true,
  INVALID_GRADING: true,
  STATE_INVALID: true,
  STATE_MISMATCH: true,
  BASE_MISMATCH: true,
  OFFICE_TEMPLATE_INVALID: true,
  SIGNATURE_INVALID: true,
  SIGNER_CARD_INVALID: true,
  PASSPHRASE_REQUIRED: true,
  WRONG_PASSPHRASE: true,
  ENCRYPTION_HEADER_INVALID: true,
  CIPHERTEXT_ALTERED: true,
  CIPHERTEXT_TRUNCATED: true,
  PASSPHRASE_EMPTY: true,
  ATTACHMENT_MISSING: true,
  ATTACHMENT_MISMATCH: true,
  PACKAGE_TOO_LARGE: true,
  QUOTA_EXCEEDED: true,
  NOT_FOUND: true,
  INVALID_RECORD: true,
  DATABASE_UNAVAILABLE: true,
  CHANGED_MEANWHILE: true,
};
export const WORDED_ERROR_CODES: readonly string[] = Object.keys(WORDED);
