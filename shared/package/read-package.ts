// readDossierPackage and inspectDossierPackage: open a `.dossier` package, check everything in it before
// handing anything over (structure, names, sizes, checksums, manifest, schema, encryption), and then give
// the attachments out as verified streams. Nothing in the file is ever interpreted beyond JSON.parse.

import { DOSSIER_MIME_TYPE } from '../app-identity';
import { throwIfCancelled } from '../errors';
import {
  type Attachment,
  type DossierDocument,
  type Lineage,
  MAX_JSON_DEPTH,
  type Marking,
  type OfficeTemplate,
  parseDossierDocument,
} from '../model';
import type { BriefingText } from '../sharing';
import * as briefingState from '../sharing/briefing-state';
import {
  concatBytes,
  decodeUtf8,
  type PackageInput,
  type RandomAccessBytes,
  streamFromGenerator,
  toRandomAccess,
} from './bytes';
import { type CreateSha256, createNobleSha256, sha256Hex, toHex } from './digests';
import {
  type EncryptionHeader,
  hasEncryptedPackageMagic,
  openEncryptedPackage,
  readEncryptionHeader,
} from './encryption';
import { type PackageLimits, resolveLimits } from './limits';
import {
  ATTACHMENTS_FOLDER,
  BASE_PATH,
  briefingIdOfStatePath,
  DOCUMENT_PATH,
  isDocumentMigration,
  MANIFEST_PATH,
  MAX_MANIFEST_DEPTH,
  type ManifestEntry,
  MIMETYPE_PATH,
  manifestFormatVersion,
  migrationPath,
  PACKAGE_MIGRATIONS,
  type PackageManifest,
  type PackageMigration,
  parseJsonEntry,
  parseManifest,
} from './manifest';
import { packageErrorFromModel } from './model-errors';
import { isOfficeTemplatePath, readOfficeTemplateEntries } from './office-template-entries';
import { ADVICE_HOSTILE, PackageError, packageError, quoteName } from './package-error';
import { assertBaseOfLineage, checkBriefingState, parseBaseDocument } from './sharing-entries';
import {
  MAX_SIGNATURE_BYTES,
  parseSignerCard,
  SIGNATURE_PATH,
  type SignerCard,
  sameSigner,
  verifyManifestSignature,
} from './signing';
import { type InflateBudget, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader';

export interface ReadDossierPackageOptions {
  /** Needed for an encrypted package (see isEncryptedPackage). */
  passphrase?: string;
  /** Bytes checked so far, of the total. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Tighter (or, with care, looser) limits than DEFAULT_PACKAGE_LIMITS. */
  limits?: Partial<PackageLimits>;
  /** A faster incremental SHA-256 where one exists (the CLI passes Node's). */
  createSha256?: CreateSha256;
  /**
   * Receives each attachment's bytes while they are checked, so a large package is read once: the stream
   * must be read to its end before the returned promise settles, and it errors if the bytes turn out
   * wrong. What it receives is only trustworthy once readDossierPackage resolves; if it rejects, discard
   * everything staged (write into a temporary place and commit after).
   */
  stageAttachment?(attachment: Attachment, bytes: ReadableStream<Uint8Array>): Promise<void>;
  /**
   * The briefing-text CRDT each briefing's state is checked with against its JSON (STATE_INVALID,
   * STATE_MISMATCH); the app's own (briefing-state.ts) unless another is given.
   */
  briefingText?: Pick<BriefingText, 'briefingStateMatches'>;
  /** Tests only: accept fewer PBKDF2 iterations than Dossier Desk ever writes. */
  testOnlyMinKdfIterations?: number;
  /** Tests only: migrations other than PACKAGE_MIGRATIONS. */
  testOnlyMigrations?: readonly PackageMigration[];
}

/** The attachments of a package that has been checked; each read checks the bytes again as they come. */
export interface PackageAttachments {
  /** Metadata in document order (the same as `document.attachments`). */
  readonly list: readonly Attachment[];
  has(id: string): boolean;
  /** The bytes as a stream that errors (CHECKSUM_MISMATCH, …) if the file changed since it was checked. */
  stream(id: string): ReadableStream<Uint8Array>;
  /** The bytes, whole: for small attachments. */
  bytes(id: string): Promise<Uint8Array>;
}

export interface DossierPackage {
  document: DossierDocument;
  /** Format 2: each briefing's text state by briefing id (those the package carries). */
  briefingStates: Map<string, Uint8Array>;
  /** Format 2: the dossier at the revision this copy last exchanged, when the sender had it. */
  base?: DossierDocument;
  /** The office templates its briefings use (optional entries), each checked again and cleaned. */
  officeTemplates: OfficeTemplate[];
  manifest: PackageManifest;
  /** The format the file was written in (the manifest above is already migrated to the current one). */
  formatVersion: number;
  encrypted: boolean;
  /**
   * Format 3: who signed it; the signature has been checked (a package altered after signing is refused
   * with SIGNATURE_INVALID). Whether the signer is trusted is the caller's question (checkSignerTrusted).
   */
  signer?: SignerCard;
  attachments: PackageAttachments;
}

export interface DossierPackageSummary {
  formatVersion: number;
  encrypted: boolean;
  /** False when the package is encrypted and no passphrase was given: only the header was read. */
  unlocked: boolean;
  packageBytes: number;
  encryption?: { cipher: string; kdf: string; iterations: number; memoryKiB?: number; chunkSize: number };
  /** Who signed it (checked); for a locked package, the signer its encryption header names. */
  signer?: SignerCard;
  appVersion?: string;
  created?: string;
  title?: string;
  marking?: Marking;
  lineage?: Lineage;
  /** Briefings whose text state the package carries, and whether it carries a base. */
  sharing?: { briefingStates: number; base: boolean };
  counts?: {
    sources: number;
    entities: number;
    timelineEvents: number;
    briefings: number;
    briefingVersions: number;
    attachments: number;
  };
  sizes?: { document: number; attachments: number; uncompressed: number };
}

const ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const EMPTY_ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x05, 0x06);
const MAX_MIMETYPE_BYTES = 256;

const startsWith = (bytes: Uint8Array, magic: Uint8Array) => magic.every((byte, at) => bytes[at] === byte);

/** Whether the package needs a passphrase; reads only its first bytes. */
export async function isEncryptedPackage(
  input: Uint8Array | Exclude<PackageInput, ReadableStream<Uint8Array>>,
): Promise<boolean> {
  const source = await toRandomAccess(input, 0);
  return hasEncryptedPackageMagic(await source.read(0, Math.min(source.size, 12)));
}

/**
 * Reads and checks a whole package: everything is validated (every hostile case in
 * docs/package-format.md) before this resolves, so a caller may commit the result as a whole.
 */
export async function readDossierPackage(
  input: PackageInput,
  options: ReadDossierPackageOptions = {},
): Promise<DossierPackage> {
  return openPackage(input, options, true);
}

/**
 * Format version, title, marking, counts and sizes. Checks the structure, manifest and dossier.json but
 * not the attachments' bytes (validate does). Without a passphrase, an encrypted package shows only what
 * its header says.
 */
export async function inspectDossierPackage(
  input: PackageInput,
  options: Omit<ReadDossierPackageOptions, 'stageAttachment'> = {},
): Promise<DossierPackageSummary> {
  const limits = resolveLimits(options.limits);
  const source = await toRandomAccess(input, limits.maxBufferedStreamBytes);
  const head = await source.read(0, Math.min(source.size, 12));
  if (hasEncryptedPackageMagic(head) && options.passphrase === undefined) {
    const { header } = await readEncryptionHeader(source, {
      minIterations: options.testOnlyMinKdfIterations,
    });
    return {
      formatVersion: header.formatVersion,
      encrypted: true,
      unlocked: false,
      packageBytes: source.size,
      encryption: encryptionSummary(header),
      signer: header.signer,
    };
  }
  const opened = await openPackage(source, options, false);
  const { document, manifest } = opened;
  const entrySize = (path: string) => manifest.entries.find((entry) => entry.path === path)?.size ?? 0;
  const attachmentBytes = document.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  return {
    formatVersion: opened.formatVersion,
    encrypted: opened.encrypted,
    unlocked: true,
    packageBytes: source.size,
    encryption: opened.header ? encryptionSummary(opened.header) : undefined,
    signer: opened.signer,
    appVersion: manifest.appVersion,
    created: manifest.created,
    title: document.dossier.title,
    marking: document.dossier.marking,
    lineage: document.dossier.lineage,
    sharing: { briefingStates: opened.briefingStates.size, base: opened.base !== undefined },
    counts: {
      sources: document.sources.length,
      entities: document.entities.length,
      timelineEvents: document.timeline.length,
      briefings: document.briefings.length,
      briefingVersions: document.briefingVersions.length,
      attachments: document.attachments.length,
    },
    sizes: {
      document: entrySize(DOCUMENT_PATH),
      attachments: attachmentBytes,
      uncompressed: manifest.entries.reduce((sum, entry) => sum + entry.size, 0),
    },
  };
}

function encryptionSummary(header: EncryptionHeader): DossierPackageSummary['encryption'] {
  const { kdf } = header;
  return kdf.name === 'PBKDF2'
    ? {
        cipher: header.cipher,
        kdf: `${kdf.name}-${kdf.hash}`,
        iterations: kdf.iterations,
        chunkSize: header.chunkSize,
      }
    : {
        cipher: header.cipher,
        kdf: kdf.name,
        iterations: kdf.iterations,
        memoryKiB: kdf.memoryKiB,
        chunkSize: header.chunkSize,
      };
}

interface OpenedPackage extends DossierPackage {
  header?: EncryptionHeader;
}

async function openPackage(
  input: PackageInput,
  options: ReadDossierPackageOptions,
  verifyAttachments: boolean,
): Promise<OpenedPackage> {
  const { signal } = options;
  throwIfCancelled(signal);
  const limits = resolveLimits(options.limits);
  const createSha256 = options.createSha256 ?? createNobleSha256;
  const file = await toRandomAccess(input, limits.maxBufferedStreamBytes);
  const head = await file.read(0, Math.min(file.size, 12));

  let zipBytes: RandomAccessBytes = file;
  let header: EncryptionHeader | undefined;
  let verifyAllChunks: (() => Promise<void>) | undefined;
  if (hasEncryptedPackageMagic(head)) {
    if (options.passphrase === undefined) {
      // Checks the header first, so a newer format says so rather than asking for a passphrase.
      await readEncryptionHeader(file, { minIterations: options.testOnlyMinKdfIterations });
      throw new PackageError(
        'PASSPHRASE_REQUIRED',
        'This dossier is protected by a passphrase. Enter the passphrase the sender gave you.',
      );
    }
    const decrypted = await openEncryptedPackage(file, options.passphrase, {
      minIterations: options.testOnlyMinKdfIterations,
    });
    zipBytes = decrypted;
    header = decrypted.header;
    verifyAllChunks = () => decrypted.verifyAllChunks(signal);
    const innerHead = await zipBytes.read(0, Math.min(zipBytes.size, 4));
    if (!startsWith(innerHead, ZIP_MAGIC)) {
      throw packageError('NOT_A_DOSSIER', 'the encrypted contents are not a dossier package', ADVICE_HOSTILE);
    }
  } else if (!startsWith(head, ZIP_MAGIC)) {
    if (startsWith(head, EMPTY_ZIP_MAGIC)) {
      throw packageError(
        'NOT_A_DOSSIER',
        'it is an empty ZIP archive, not a dossier package',
        'Check that you chose the right file.',
      );
    }
    throw new PackageError(
      'NOT_A_PACKAGE',
      `This file is not a Dossier Desk package (.dossier)${file.size === 0 ? ': it is empty' : ''}. Check that you chose the right file; if it came by mail or USB, ask the sender for a new copy.`,
    );
  }

  const entries = await readZipDirectory(zipBytes, limits);
  const budget: InflateBudget = { inflated: 0 };
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  // Into one buffer of the declared size (the callers have held it to its limit, and the inflater refuses
  // a byte more): the inflater's chunks are dropped as they are copied, and nothing is joined at the end,
  // so an entry costs its size once, not two or three times (a bomb that understates its size included).
  const readWhole = async (entry: ZipEntry, max: number) => {
    if (entry.uncompressedSize > max) throw tooLarge(entry.name, max);
    const whole = new Uint8Array(entry.uncompressedSize);
    let at = 0;
    for await (const chunk of readZipEntry(zipBytes, entry, limits, budget)) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return whole;
  };

  // 1. The first entry says what the archive is, as in ODF and EPUB.
  const first = entries[0];
  if (
    !first ||
    first.name !== MIMETYPE_PATH ||
    first.method !== 0 ||
    first.uncompressedSize > MAX_MIMETYPE_BYTES
  ) {
    throw packageError(
      'NOT_A_DOSSIER',
      'it is a ZIP archive, but not a dossier package (its first entry is not the Dossier Desk media type)',
      'Check that you chose the right file.',
    );
  }
  const mimetype = await readWhole(first, MAX_MIMETYPE_BYTES);
  if (decodeUtf8(mimetype) !== DOSSIER_MIME_TYPE) {
    throw packageError(
      'NOT_A_DOSSIER',
      `it is a ZIP archive of another kind (${quoteName(decodeUtf8(mimetype) ?? '?')}), not a dossier package`,
      'Check that you chose the right file.',
    );
  }

  // 2. The manifest: newer formats are refused before anything else is asked of them.
  const manifestEntry = byName.get(MANIFEST_PATH);
  if (!manifestEntry) throw missingEntry(MANIFEST_PATH);
  if (manifestEntry.uncompressedSize > limits.maxManifestBytes)
    throw tooLarge(MANIFEST_PATH, limits.maxManifestBytes);
  const manifestBytes = await readWhole(manifestEntry, limits.maxManifestBytes);
  const rawManifest = parseJsonEntry(manifestBytes, MANIFEST_PATH, MAX_MANIFEST_DEPTH);
  const formatVersion = manifestFormatVersion(rawManifest);

  // 2b. The signature (format 3), on the manifest's exact bytes and before anything the manifest says is
  // believed: the manifest names every entry's hash, so an entry changed after signing fails here.
  const rawSigner = (rawManifest as { signer?: unknown }).signer;
  const signatureEntry = byName.get(SIGNATURE_PATH);
  let signer: SignerCard | undefined;
  if (rawSigner !== undefined) {
    signer = parseSignerCard(rawSigner);
    if (signatureEntry && signatureEntry.uncompressedSize > MAX_SIGNATURE_BYTES) {
      throw tooLarge(SIGNATURE_PATH, MAX_SIGNATURE_BYTES);
    }
    verifyManifestSignature(
      manifestBytes,
      signer,
      signatureEntry && (await readWhole(signatureEntry, MAX_SIGNATURE_BYTES)),
    );
  } else if (signatureEntry || header?.signer) {
    throw packageError(
      'SIGNATURE_INVALID',
      'it carries a signature but its manifest names no signer, so it was altered after it was signed',
      ADVICE_HOSTILE,
    );
  }
  // Signed inside and out: the sender the header names must be the one who signed the contents.
  if (header?.signer && !(signer && sameSigner(signer, header.signer))) {
    throw packageError(
      'SIGNATURE_INVALID',
      'its encryption header and its contents are signed by different keys',
      ADVICE_HOSTILE,
    );
  }
  const migrations = migrationPath(formatVersion, options.testOnlyMigrations ?? PACKAGE_MIGRATIONS);
  const manifest = parseManifest(
    migrations.reduce((raw, step) => step.manifest(raw), rawManifest as Record<string, unknown>),
    limits.maxEntries,
  );

  // 3. The manifest and the archive must list exactly the same entries, each a part of the format.
  const listed = new Map<string, ManifestEntry>();
  for (const item of manifest.entries) {
    if (listed.has(item.path)) {
      throw packageError(
        'MANIFEST_INVALID',
        `${MANIFEST_PATH} lists ${quoteName(item.path)} twice`,
        ADVICE_HOSTILE,
      );
    }
    listed.set(item.path, item);
    const isAttachment = item.path.startsWith(ATTACHMENTS_FOLDER);
    const isSharing =
      item.path === BASE_PATH ||
      briefingIdOfStatePath(item.path) !== undefined ||
      isOfficeTemplatePath(item.path);
    if (isAttachment && item.path.slice(ATTACHMENTS_FOLDER.length) !== item.sha256) {
      throw packageError(
        'MANIFEST_INVALID',
        `${MANIFEST_PATH} gives ${quoteName(item.path)} a SHA-256 other than its name`,
        ADVICE_HOSTILE,
      );
    }
    if (!isAttachment && !isSharing && item.path !== MIMETYPE_PATH && item.path !== DOCUMENT_PATH) {
      throw packageError(
        'EXTRA_ENTRY',
        `${quoteName(item.path)} is not part of a dossier package`,
        ADVICE_HOSTILE,
      );
    }
    const entry = byName.get(item.path);
    if (!entry) throw missingEntry(item.path);
    if (entry.uncompressedSize !== item.size) {
      throw packageError(
        'SIZE_MISMATCH',
        `${quoteName(item.path)} has ${entry.uncompressedSize} bytes, but ${MANIFEST_PATH} says ${item.size}`,
      );
    }
  }
  for (const entry of entries) {
    if (entry.name !== MANIFEST_PATH && entry.name !== SIGNATURE_PATH && !listed.has(entry.name)) {
      throw packageError(
        'EXTRA_ENTRY',
        `the archive holds ${quoteName(entry.name)}, which ${MANIFEST_PATH} does not list`,
        ADVICE_HOSTILE,
      );
    }
  }
  const mimetypeListed = listed.get(MIMETYPE_PATH);
  if (!mimetypeListed) throw packageError('EXTRA_ENTRY', `${MANIFEST_PATH} does not list ${MIMETYPE_PATH}`);
  if ((await sha256Hex(mimetype)) !== mimetypeListed.sha256) throw checksumMismatch(MIMETYPE_PATH);

  // 4. dossier.json: checksum, JSON, migrations, then the model's own checks.
  const documentListed = listed.get(DOCUMENT_PATH);
  const documentEntry = byName.get(DOCUMENT_PATH);
  if (!documentListed || !documentEntry) throw missingEntry(DOCUMENT_PATH);
  if (documentEntry.uncompressedSize > limits.maxDocumentBytes)
    throw tooLarge(DOCUMENT_PATH, limits.maxDocumentBytes);
  const documentBytes = await readWhole(documentEntry, limits.maxDocumentBytes);
  if ((await sha256Hex(documentBytes)) !== documentListed.sha256) throw checksumMismatch(DOCUMENT_PATH);
  // With no migration to run, the model's guard names forbidden keys and deep nesting itself.
  const migrating = migrations.some(isDocumentMigration);
  let documentJson = parseJsonEntry(documentBytes, DOCUMENT_PATH, MAX_JSON_DEPTH, migrating);
  documentJson = migrations.reduce((raw, step) => step.document(raw), documentJson);
  let document: DossierDocument;
  try {
    document = parseDossierDocument(documentJson);
  } catch (error) {
    throw packageErrorFromModel(error, documentJson);
  }

  // 4b. base.json (format 2): the same checks as dossier.json, and it must be this dossier, earlier.
  let base: DossierDocument | undefined;
  const baseListed = listed.get(BASE_PATH);
  const baseEntry = byName.get(BASE_PATH);
  if (baseListed && baseEntry) {
    if (baseEntry.uncompressedSize > limits.maxDocumentBytes)
      throw tooLarge(BASE_PATH, limits.maxDocumentBytes);
    const baseBytes = await readWhole(baseEntry, limits.maxDocumentBytes);
    if ((await sha256Hex(baseBytes)) !== baseListed.sha256) throw checksumMismatch(BASE_PATH);
    base = parseBaseDocument(parseJsonEntry(baseBytes, BASE_PATH, MAX_JSON_DEPTH));
    assertBaseOfLineage(base, document);
  }

  // 4c. Briefing text states (format 2): one per briefing at most, each holding the text dossier.json has.
  const briefingStates = new Map<string, Uint8Array>();
  const briefings = new Map(document.briefings.map((briefing) => [briefing.id, briefing]));
  for (const item of manifest.entries) {
    const briefingId = briefingIdOfStatePath(item.path);
    if (briefingId === undefined) continue;
    const briefing = briefings.get(briefingId);
    if (!briefing) {
      throw packageError(
        'EXTRA_ENTRY',
        `the archive holds ${quoteName(item.path)}, the text of a briefing dossier.json does not have`,
        ADVICE_HOSTILE,
      );
    }
    const entry = byName.get(item.path) as ZipEntry;
    if (entry.uncompressedSize > limits.maxBriefingStateBytes)
      throw tooLarge(item.path, limits.maxBriefingStateBytes);
    const stateBytes = await readWhole(entry, limits.maxBriefingStateBytes);
    if ((await sha256Hex(stateBytes)) !== item.sha256) throw checksumMismatch(item.path);
    checkBriefingState(options.briefingText ?? briefingState, stateBytes, briefing);
    briefingStates.set(briefingId, stateBytes);
  }

  // 4d. Office templates (optional): each checked again by the reference reader, handed over cleaned.
  const officeTemplates = await readOfficeTemplateEntries(
    manifest.entries.map((item) => item.path),
    (bytes, path) => parseJsonEntry(bytes, path, MAX_JSON_DEPTH),
    async (path, maxBytes) => {
      const item = listed.get(path);
      const entry = byName.get(path);
      if (!item || !entry) return undefined;
      if (entry.uncompressedSize > maxBytes) throw tooLarge(path, maxBytes);
      const bytes = await readWhole(entry, maxBytes);
      if ((await sha256Hex(bytes)) !== item.sha256) throw checksumMismatch(path);
      return bytes;
    },
  );

  // 5. The document's attachments and the archive's must be the same set, of the same sizes.
  const attachmentEntries = new Map<string, ZipEntry>();
  for (const attachment of document.attachments) {
    const entry = byName.get(`${ATTACHMENTS_FOLDER}${attachment.id}`);
    if (!entry)
      throw missingEntry(
        `${ATTACHMENTS_FOLDER}${attachment.id}`,
        `the attachment ${quoteName(attachment.name)}`,
      );
    if (entry.uncompressedSize !== attachment.size) {
      throw packageError(
        'SIZE_MISMATCH',
        `the attachment ${quoteName(attachment.name)} has ${entry.uncompressedSize} bytes, but dossier.json says ${attachment.size}`,
      );
    }
    attachmentEntries.set(attachment.id, entry);
  }
  for (const entry of entries) {
    if (
      entry.name.startsWith(ATTACHMENTS_FOLDER) &&
      !attachmentEntries.has(entry.name.slice(ATTACHMENTS_FOLDER.length))
    ) {
      throw packageError(
        'EXTRA_ENTRY',
        `the archive holds ${quoteName(entry.name)}, which dossier.json does not list`,
        ADVICE_HOSTILE,
      );
    }
  }

  // 6. Every attachment's bytes, against its id.
  if (verifyAttachments) {
    const total = document.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
    let done = 0;
    options.onProgress?.(0, total);
    for (const attachment of document.attachments) {
      throwIfCancelled(signal);
      const entry = attachmentEntries.get(attachment.id) as ZipEntry;
      const verified = verifiedAttachment(
        zipBytes,
        entry,
        attachment.id,
        limits,
        budget,
        createSha256,
        signal,
        (bytes) => {
          done += bytes;
          options.onProgress?.(done, total);
        },
      );
      if (options.stageAttachment) {
        await stage(options.stageAttachment, attachment, verified);
      } else {
        for await (const _ of verified);
      }
    }
  }
  await verifyAllChunks?.();

  return {
    document,
    briefingStates,
    base,
    officeTemplates,
    manifest,
    formatVersion,
    encrypted: header !== undefined,
    signer,
    header,
    attachments: packageAttachments(zipBytes, document.attachments, attachmentEntries, limits, createSha256),
  };
}

/** Hands one attachment to the caller's stager; the first error of the check wins over the stager's. */
async function stage(
  stager: NonNullable<ReadDossierPackageOptions['stageAttachment']>,
  attachment: Attachment,
  verified: AsyncGenerator<Uint8Array, void>,
): Promise<void> {
  let failure: unknown;
  let finished = false;
  async function* watched(): AsyncGenerator<Uint8Array, void> {
    try {
      yield* verified;
      finished = true;
    } catch (error) {
      failure = error;
      throw error;
    }
  }
  try {
    await stager(attachment, streamFromGenerator(watched()));
  } catch (error) {
    throw failure ?? error;
  }
  if (failure) throw failure;
  if (!finished) {
    throw new Error(`stageAttachment returned before reading the attachment ${attachment.id} to its end`);
  }
}

async function* verifiedAttachment(
  zipBytes: RandomAccessBytes,
  entry: ZipEntry,
  id: string,
  limits: PackageLimits,
  budget: InflateBudget,
  createSha256: CreateSha256,
  signal: AbortSignal | undefined,
  progress?: (bytes: number) => void,
): AsyncGenerator<Uint8Array, void> {
  const hash = createSha256();
  const chunks = readZipEntry(zipBytes, entry, limits, budget);
  try {
    let pending = await chunks.next();
    if (pending.done && toHex(hash.digest()) !== id) throw checksumMismatch(entry.name);
    while (!pending.done) {
      throwIfCancelled(signal);
      const chunk = pending.value;
      hash.update(chunk);
      progress?.(chunk.length);
      // The last chunk is held back until the whole entry is checked, so a consumer never sees the end of
      // bytes that turn out to be wrong.
      pending = await chunks.next();
      if (pending.done && toHex(hash.digest()) !== id) throw checksumMismatch(entry.name);
      yield chunk;
    }
  } finally {
    await chunks.return();
  }
}

function packageAttachments(
  zipBytes: RandomAccessBytes,
  list: readonly Attachment[],
  entries: ReadonlyMap<string, ZipEntry>,
  limits: PackageLimits,
  createSha256: CreateSha256,
): PackageAttachments {
  const open = (id: string) => {
    const entry = entries.get(id);
    if (!entry)
      throw new PackageError('ATTACHMENT_MISSING', `This dossier has no attachment ${quoteName(id)}.`);
    return verifiedAttachment(zipBytes, entry, id, limits, { inflated: 0 }, createSha256, undefined);
  };
  return {
    list,
    has: (id) => entries.has(id),
    stream: (id) => streamFromGenerator(open(id)),
    async bytes(id) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of open(id)) chunks.push(chunk);
      return concatBytes(chunks);
    },
  };
}

function missingEntry(path: string, what?: string): PackageError {
  return packageError(
    'MISSING_ENTRY',
    what
      ? `${what} (${quoteName(path)}) is missing from the package`
      : `${quoteName(path)} is missing from the package`,
  );
}

function checksumMismatch(path: string): PackageError {
  return packageError(
    'CHECKSUM_MISMATCH',
    `the bytes of ${quoteName(path)} do not match their SHA-256 checksum`,
  );
}

function tooLarge(path: string, max: number): PackageError {
  return packageError('TOO_LARGE', `${path} is larger than the ${max} bytes accepted`, ADVICE_HOSTILE);
}
