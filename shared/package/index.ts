// The `.dossier` package: one file that carries a whole dossier between machines (docs/package-format.md
// specifies format version 2; version 1 still reads). Import from here, not from the files behind it.
// The API, kept stable:
//
// writeDossierPackage(document, attachments, { passphrase?, onProgress?, signal?, appVersion?, created?,
//   briefingStates?, briefingText?, base? })
//   → ReadableStream<Uint8Array>. `attachments(sha256, metadata)` returns the bytes (Uint8Array or a
//   ReadableStream, or a promise of either). Attachments stream through; nothing is read before the first
//   pull. An error (PackageError) errors the stream: write to a temp file and rename when it ends.
//
// readDossierPackage(input, { passphrase?, onProgress?, signal?, limits?, stageAttachment?, briefingText? })
//   → Promise<{ document, briefingStates, base?, manifest, formatVersion, encrypted, attachments }>. `input` is a Uint8Array, a
//   Blob/File, a RandomAccessBytes ({ size, read(offset, length) }) or a ReadableStream (buffered whole).
//   Everything is checked before it resolves: all or nothing. `attachments.stream(id)`/`.bytes(id)` read
//   them again, verifying as they go; `stageAttachment` receives them during the check instead, so a large
//   package is read only once (discard what it staged if the promise rejects).
//
// inspectDossierPackage(input, { passphrase? }) → format version, title, marking, counts, sizes, encrypted,
//   signer.
//
// Signing (format 3): createSigningIdentity(name), signingKeyFileText/openSigningKeyFile (the private key
// file), keyCardFileText/readKeyCardFile (the public card); `writeDossierPackage(…, { signingKey })` signs,
// the reader checks the signature (SIGNATURE_INVALID) and returns `signer`; checkSignerTrusted(signer,
// trusted) says UNSIGNED or UNKNOWN_SIGNER.
// isEncryptedPackage(input) → whether a passphrase is needed.
//
// Every refusal is a PackageError with a `code` (PackageErrorCode) and a message saying what to do.

export type { BlobLike, PackageInput, RandomAccessBytes } from './bytes';
export type { CreateSha256, Sha256Hasher } from './digests';
export { ENCRYPTED_PACKAGE_MAGIC, type EncryptionHeader } from './encryption';
export {
  ARGON2ID_BOUNDS,
  DEFAULT_ARGON2ID,
  DEFAULT_KDF_ITERATIONS,
  DEFAULT_PACKAGE_LIMITS,
  MAX_DOCUMENT_BYTES,
  MAX_KDF_ITERATIONS,
  MIN_KDF_ITERATIONS,
  type PackageLimits,
} from './limits';
export {
  ATTACHMENTS_FOLDER,
  BASE_PATH,
  BRIEFING_STATES_FOLDER,
  briefingStatePath,
  DOCUMENT_PATH,
  MANIFEST_PATH,
  type ManifestEntry,
  MIMETYPE_PATH,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_MIGRATIONS,
  type PackageManifest,
  type PackageMigration,
} from './manifest';
export { PackageError, type PackageErrorCode } from './package-error';
export {
  type DossierPackage,
  type DossierPackageSummary,
  inspectDossierPackage,
  isEncryptedPackage,
  type PackageAttachments,
  type ReadDossierPackageOptions,
  readDossierPackage,
} from './read-package';
export {
  checkSignerTrusted,
  createSigningIdentity,
  describeSigner,
  fingerprintOf,
  keyCardFileText,
  MAX_SIGNER_NAME_LENGTH,
  openSigningKeyFile,
  parseSignerCard,
  readKeyCardFile,
  SIGNATURE_PATH,
  type SignerCard,
  type SignerNameIssue,
  type SigningIdentity,
  SigningKeyError,
  type SigningKeyErrorCode,
  sameSigner,
  signerNameIssue,
  signerNameProblem,
  signingKeyFileText,
} from './signing';
export {
  type AttachmentBytes,
  type AttachmentSource,
  MAX_PACKAGE_ATTACHMENTS,
  type WriteDossierPackageOptions,
  writeDossierPackage,
} from './write-package';
