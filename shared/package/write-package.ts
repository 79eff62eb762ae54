// writeDossierPackage: a DossierDocument and its attachments' bytes into a `.dossier` package, as a web
// stream produced only as fast as it is consumed, so attachments of any size pass through in pieces.

import { deflateSync } from 'fflate';
import { DOSSIER_MIME_TYPE } from '../app-identity';
import { throwIfCancelled } from '../errors';
import { type Attachment, type DossierDocument, type OfficeTemplate, parseDossierDocument } from '../model';
import type { BriefingStates, BriefingText } from '../sharing';
import { encodeUtf8, iterateStream, streamFromGenerator } from './bytes';
import { type CreateSha256, createNobleSha256, sha256Hex, toHex } from './digests';
import { encryptPackageStream } from './encryption';
import { MAX_DOCUMENT_BYTES, MAX_UNPACKED_BYTES } from './limits';
import {
  ATTACHMENTS_FOLDER,
  attachmentPath,
  BASE_PATH,
  briefingStatePath,
  buildManifest,
  DOCUMENT_PATH,
  MANIFEST_PATH,
  type ManifestEntry,
  MIMETYPE_PATH,
} from './manifest';
import { packageErrorFromModel } from './model-errors';
import { officeTemplateEntries } from './office-template-entries';
import { PackageError, quoteName } from './package-error';
import { assertBaseOfLineage, checkBriefingState, parseBaseDocument } from './sharing-entries';
import { SIGNATURE_PATH, type SigningIdentity, signManifest } from './signing';
import { type ZipMethod, ZipWriter } from './zip-writer';

/** An attachment's bytes: whole, or as a stream (preferred for large files). */
export type AttachmentBytes = Uint8Array | ReadableStream<Uint8Array>;

/**
 * Supplies the bytes of an attachment by its id (the SHA-256 of the bytes); `undefined` when it has none.
 * Called once per attachment, in document order, only when the package stream reaches it.
 */
export type AttachmentSource = (
  sha256: string,
  attachment: Attachment,
) => AttachmentBytes | undefined | Promise<AttachmentBytes | undefined>;

export interface WriteDossierPackageOptions {
  /** Encrypts the package; must not be empty. */
  passphrase?: string;
  /** Bytes of dossier.json and attachments taken in so far, of the total. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Recorded in the manifest, e.g. "0.1.0". */
  appVersion?: string;
  /** Recorded in the manifest and as the entries' time; defaults to now. */
  created?: Date;
  /** A faster incremental SHA-256 where one exists (the CLI passes Node's). */
  createSha256?: CreateSha256;
  /** Each briefing's text state (its Yjs update), by briefing id; states of other briefings are left out. */
  briefingStates?: BriefingStates;
  /**
   * The briefing-text CRDT: supplied states are checked against the JSON (STATE_MISMATCH), and a briefing
   * without one gets its state built here, once (a dossier packed from plain JSON).
   */
  briefingText?: Pick<BriefingText, 'createBriefingState' | 'briefingStateMatches'>;
  /** The dossier at the revision it last exchanged, carried as base.json (BASE_MISMATCH if it is not). */
  base?: DossierDocument;
  /** Office templates its briefings use, carried so a colleague's export looks the same (optional entries). */
  officeTemplates?: readonly OfficeTemplate[];
  /**
   * Signs the package as this officer: the manifest (format, every entry's hash, the signer's card) and,
   * when encrypted, the encryption header too, so a recipient without the passphrase sees who sent it.
   */
  signingKey?: SigningIdentity;
  /**
   * Tests only: PBKDF2 with this few iterations instead of Argon2id, so they run fast. Readers refuse such
   * files by default.
   */
  testOnlyKdfIterations?: number;
  /** Tests only: smaller encrypted chunks, so chunk handling is exercised on small packages. */
  testOnlyChunkSize?: number;
}

/** Most attachments one package holds: format version 1 counts entries in 16 bits. */
export const MAX_PACKAGE_ATTACHMENTS = 50_000;

/** Bytes of an attachment deflated to decide whether compressing all of it is worth the time. */
const PROBE_BYTES = 16 * 1024;
/** Bytes per piece when an attachment is given whole. */
const PIECE_BYTES = 1024 * 1024;

/**
 * The package as a stream. Nothing is read before the first pull; errors (an invalid document, missing or
 * mismatched attachment bytes, cancellation) error the stream with a PackageError, and the bytes written
 * so far must then be discarded. Write to a temporary file and rename it when the stream ends.
 */
export function writeDossierPackage(
  document: DossierDocument,
  attachments: AttachmentSource,
  options: WriteDossierPackageOptions = {},
): ReadableStream<Uint8Array> {
  if (options.passphrase === undefined)
    return streamFromGenerator(zipPackage(document, attachments, options));
  const passphrase = options.passphrase;
  async function* encrypted(): AsyncGenerator<Uint8Array, void> {
    if (passphrase.length === 0) {
      throw new PackageError(
        'PASSPHRASE_EMPTY',
        'The passphrase is empty. Enter a passphrase, or share without one.',
      );
    }
    yield* encryptPackageStream(zipPackage(document, attachments, options), passphrase, {
      pbkdf2Iterations: options.testOnlyKdfIterations,
      signingKey: options.signingKey,
      chunkSize: options.testOnlyChunkSize,
      signal: options.signal,
    });
  }
  return streamFromGenerator(encrypted());
}

function validDocument(document: DossierDocument): DossierDocument {
  try {
    return parseDossierDocument(document);
  } catch (error) {
    throw packageErrorFromModel(error, document);
  }
}

async function* zipPackage(
  input: DossierDocument,
  attachments: AttachmentSource,
  options: WriteDossierPackageOptions,
): AsyncGenerator<Uint8Array, void> {
  const { signal } = options;
  throwIfCancelled(signal);
  const document = validDocument(input);
  if (document.attachments.length > MAX_PACKAGE_ATTACHMENTS) {
    throw new PackageError(
      'PACKAGE_TOO_LARGE',
      `This dossier has ${document.attachments.length} attachments; a package holds at most ${MAX_PACKAGE_ATTACHMENTS}. Remove some, then try again.`,
    );
  }
  const created = options.created ?? new Date();
  const mimetype = encodeUtf8(DOSSIER_MIME_TYPE);
  const documentBytes = encodeUtf8(JSON.stringify(document));
  if (documentBytes.length > MAX_DOCUMENT_BYTES) {
    throw new PackageError(
      'PACKAGE_TOO_LARGE',
      `This dossier's records take ${Math.ceil(documentBytes.length / 1048576)} MiB as JSON; a package holds at most ${MAX_DOCUMENT_BYTES / 1048576} MiB of them. Move some sources or versions into another dossier, then try again.`,
    );
  }
  const attachmentBytes = document.attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  if (documentBytes.length + attachmentBytes > MAX_UNPACKED_BYTES) {
    throw new PackageError(
      'PACKAGE_TOO_LARGE',
      'This dossier is too large to share as one file: a package holds at most 2 GiB. Remove or shrink some attachments, then try again.',
    );
  }
  const sharing = await sharingEntries(document, options);
  const entries: ManifestEntry[] = [
    { path: MIMETYPE_PATH, size: mimetype.length, sha256: await sha256Hex(mimetype) },
    { path: DOCUMENT_PATH, size: documentBytes.length, sha256: await sha256Hex(documentBytes) },
    ...sharing.map((entry) => entry.listed),
    ...document.attachments.map((attachment) => ({
      path: attachmentPath(attachment.id),
      size: attachment.size,
      sha256: attachment.id,
    })),
  ];
  const appVersion = (options.appVersion || 'unknown').slice(0, 64);
  const manifest = buildManifest(appVersion, created.toISOString(), entries, options.signingKey?.card);
  const manifestBytes = encodeUtf8(JSON.stringify(manifest, null, 2));

  const total = documentBytes.length + attachmentBytes;
  let done = 0;
  const progress = (bytes: number) => {
    done += bytes;
    options.onProgress?.(done, total);
  };

  const zip = new ZipWriter(created);
  yield* zip.addBytes(MIMETYPE_PATH, mimetype, 'store');
  yield* zip.addBytes(MANIFEST_PATH, manifestBytes, 'deflate');
  if (options.signingKey) {
    yield* zip.addBytes(SIGNATURE_PATH, signManifest(manifestBytes, options.signingKey), 'store');
  }
  yield* zip.addBytes(DOCUMENT_PATH, documentBytes, 'deflate');
  progress(documentBytes.length);
  for (const entry of sharing) yield* zip.addBytes(entry.listed.path, entry.bytes, 'deflate');
  for (const attachment of document.attachments) {
    throwIfCancelled(signal);
    const supplied = await attachments(attachment.id, attachment);
    if (supplied === undefined) {
      throw new PackageError(
        'ATTACHMENT_MISSING',
        `The file of the attachment ${quoteName(attachment.name)} (${attachment.id}) is missing, so the dossier cannot be shared. Attach the file again, or remove the attachment.`,
      );
    }
    const { method, chunks } = await probe(pieces(supplied));
    const checked = checkedAttachment(
      chunks,
      attachment,
      options.createSha256 ?? createNobleSha256,
      progress,
      signal,
    );
    yield* zip.addStream(`${ATTACHMENTS_FOLDER}${attachment.id}`, checked, method, attachment.size);
  }
  yield zip.finish();
}

/** base.json and the briefings' text states, checked against the document, in document order. */
async function sharingEntries(
  document: DossierDocument,
  options: WriteDossierPackageOptions,
): Promise<{ listed: ManifestEntry; bytes: Uint8Array }[]> {
  const found: { path: string; bytes: Uint8Array }[] = [];
  if (options.base) {
    const base = parseBaseDocument(options.base);
    assertBaseOfLineage(base, document);
    found.push({ path: BASE_PATH, bytes: encodeUtf8(JSON.stringify(base)) });
  }
  const { briefingText } = options;
  for (const briefing of document.briefings) {
    const supplied = options.briefingStates?.get(briefing.id);
    if (supplied && briefingText) {
      try {
        checkBriefingState(briefingText, supplied, briefing);
      } catch (error) {
        if (!(error instanceof PackageError)) throw error;
        throw new PackageError(
          error.code,
          `The briefing ${quoteName(briefing.title)} cannot be shared: its saved text and its text state differ. Open the briefing, let it save, then share again.`,
          { cause: error },
        );
      }
    }
    const state = supplied ?? briefingText?.createBriefingState(briefing.content);
    if (state) found.push({ path: briefingStatePath(briefing.id), bytes: state });
  }
  found.push(...officeTemplateEntries(options.officeTemplates ?? []));
  return Promise.all(
    found.map(async ({ path, bytes }) => ({
      listed: { path, size: bytes.length, sha256: await sha256Hex(bytes) },
      bytes,
    })),
  );
}

async function* pieces(bytes: AttachmentBytes): AsyncGenerator<Uint8Array, void> {
  if (bytes instanceof Uint8Array) {
    for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
  } else {
    yield* iterateStream(bytes);
  }
}

/**
 * Looks at the first 16 KiB: compressing already-compressed files (photos, PDFs, Office files) costs time
 * and saves nothing, so only bytes that deflate by at least 10% are deflated.
 */
async function probe(
  chunks: AsyncGenerator<Uint8Array, void>,
): Promise<{ method: ZipMethod; chunks: AsyncGenerator<Uint8Array, void> }> {
  const head: Uint8Array[] = [];
  let headBytes = 0;
  while (headBytes < PROBE_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headBytes += next.value.length;
  }
  const sample = new Uint8Array(Math.min(headBytes, PROBE_BYTES));
  let at = 0;
  for (const chunk of head) {
    if (at >= sample.length) break;
    const part = chunk.subarray(0, sample.length - at);
    sample.set(part, at);
    at += part.length;
  }
  const worthIt = sample.length > 0 && deflateSync(sample, { level: 1 }).length < sample.length * 0.9;
  async function* joined(): AsyncGenerator<Uint8Array, void> {
    try {
      yield* head;
      yield* chunks;
    } finally {
      // Closes the source too when the package stream is cancelled while the head is still being sent.
      await chunks.return();
    }
  }
  return { method: worthIt ? 'deflate' : 'store', chunks: joined() };
}

/** Passes the bytes through while checking them against the attachment's id and size. */
async function* checkedAttachment(
  chunks: AsyncIterable<Uint8Array>,
  attachment: Attachment,
  createSha256: CreateSha256,
  progress: (bytes: number) => void,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array, void> {
  const hash = createSha256();
  let size = 0;
  const mismatch = (what: string) =>
    new PackageError(
      'ATTACHMENT_MISMATCH',
      `The file of the attachment ${quoteName(attachment.name)} ${what}, so it is not the file that was attached. Attach the file again, then share the dossier.`,
    );
  for await (const chunk of chunks) {
    throwIfCancelled(signal);
    size += chunk.length;
    if (size > attachment.size) throw mismatch(`is larger than the ${attachment.size} bytes recorded`);
    hash.update(chunk);
    progress(chunk.length);
    yield chunk;
  }
  if (size !== attachment.size) throw mismatch(`has ${size} bytes, not the ${attachment.size} recorded`);
  const actual = toHex(hash.digest());
  if (actual !== attachment.id) throw mismatch(`has the SHA-256 ${actual}, not its id`);
}
