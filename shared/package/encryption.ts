// Passphrase protection for a whole package, with Web Crypto only (no cipher of our own): the inner ZIP is
// cut into fixed-size chunks, each sealed with AES-256-GCM under a key from Argon2id (header format 2; format
// 1's PBKDF2-SHA256 still opens). The header may name and be signed by the sender. A chunk's nonce
// is its index plus a "final" flag (the STREAM construction, as in age), and every chunk authenticates
// the header, so altered, reordered, dropped or truncated chunks and edited parameters all fail.
//
//   magic (12 bytes) | header length (u32 BE) | header (UTF-8 JSON) | chunk 0 | chunk 1 | … | final chunk
//   chunk i = AES-256-GCM(key, nonce = i as 11 bytes BE ‖ final ? 1 : 0, aad = magic‖length‖header)

import { z } from 'zod';
import { DOSSIER_MIME_TYPE } from '../app-identity';
import { throwIfCancelled } from '../errors';
import { argon2idKdfSchema, argon2idParameterProblem, deriveArgon2idKey } from './argon2id';
import { decodeUtf8, encodeUtf8, fromBase64, type RandomAccessBytes, toBase64 } from './bytes';
import { DEFAULT_ARGON2ID, MAX_KDF_ITERATIONS, MIN_KDF_ITERATIONS } from './limits';
import { PackageError, packageError } from './package-error';
import { ENCRYPTED_PACKAGE_MAGIC } from './package-magic';
import {
  parseSignerCard,
  type SignerCard,
  type SigningIdentity,
  signEncryptionHeader,
  verifyEncryptionHeaderSignature,
} from './signing';

export { ENCRYPTED_PACKAGE_MAGIC };
/** 2 added Argon2id and the sender's signature; format 1 (PBKDF2, unsigned) still opens. */
export const ENCRYPTION_FORMAT_VERSION = 2;
/** Plain bytes per chunk written by default (each chunk adds a 16-byte tag). */
export const DEFAULT_CHUNK_SIZE = 256 * 1024;
export const MIN_CHUNK_SIZE = 16 * 1024;
export const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
const TAG_BYTES = 16;
const SALT_BYTES = 16;
const MAX_HEADER_BYTES = 4096;
const PREFIX_BYTES = ENCRYPTED_PACKAGE_MAGIC.length + 4;

const base64Of16 = z.string().regex(/^[A-Za-z0-9+/]{22}==$/, { error: 'expected 16 bytes in base64' });

const pbkdf2KdfSchema = z
  .object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int(),
    salt: base64Of16,
  })
  .strict();

const headerFields = {
  mediaType: z.literal(DOSSIER_MIME_TYPE),
  cipher: z.literal('AES-256-GCM'),
  chunkSize: z
    .number()
    .int()
    .min(MIN_CHUNK_SIZE)
    .max(MAX_CHUNK_SIZE)
    .refine((size) => (size & (size - 1)) === 0, { error: 'expected a power of two' }),
  /** AES-GCM tag over nothing, under a nonce no chunk uses: tells a wrong passphrase from damage. */
  keyCheck: base64Of16,
};

const headerV1Schema = z
  .object({ formatVersion: z.literal(1), ...headerFields, kdf: pbkdf2KdfSchema })
  .strict();
const headerV2Schema = z
  .object({
    formatVersion: z.literal(2),
    ...headerFields,
    kdf: z.discriminatedUnion('name', [argon2idKdfSchema, pbkdf2KdfSchema]),
    /** The sender's card, so a recipient without the passphrase sees who sent it. */
    signer: z.unknown().optional(),
    /** The sender's Ed25519 signature over every other field (signing.ts, HEADER_ORDER). */
    signature: z.string().max(128).optional(),
  })
  .strict();
export type EncryptionHeader = (z.infer<typeof headerV1Schema> | z.infer<typeof headerV2Schema>) & {
  signer?: SignerCard;
  signature?: string;
};
/** The fields a header's signature covers, in the order they are signed. */
const HEADER_ORDER = ['formatVersion', 'mediaType', 'cipher', 'chunkSize', 'kdf', 'keyCheck', 'signer'];

const KEY_CHECK_NONCE = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02);

type Bytes = Uint8Array<ArrayBuffer>;
/** Web Crypto's types want ArrayBuffer-backed views; ours always are. */
const bs = (bytes: Uint8Array) => bytes as Bytes;

function chunkNonce(index: number, final: boolean): Bytes {
  const nonce = new Uint8Array(12);
  // 11-byte big-endian counter: the low 6 bytes hold any index a 4 GiB package can reach.
  let value = index;
  for (let at = 10; at >= 5; at--) {
    nonce[at] = value % 256;
    value = Math.floor(value / 256);
  }
  nonce[11] = final ? 1 : 0;
  return nonce;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  kdf: EncryptionHeader['kdf'],
): Promise<CryptoKey> {
  if (kdf.name === 'Argon2id') {
    return crypto.subtle.importKey(
      'raw',
      bs(await deriveArgon2idKey(passphrase, salt, kdf)),
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
  }
  const { iterations } = kdf;
  const material = await crypto.subtle.importKey(
    'raw',
    bs(encodeUtf8(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bs(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: CryptoKey, nonce: Bytes, aad: Uint8Array, plain: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: bs(aad) }, key, bs(plain)),
  );
}

async function open(
  key: CryptoKey,
  nonce: Bytes,
  aad: Uint8Array,
  sealed: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: bs(aad) }, key, bs(sealed)),
    );
  } catch {
    return null;
  }
}

export function hasEncryptedPackageMagic(head: Uint8Array): boolean {
  return (
    head.length >= ENCRYPTED_PACKAGE_MAGIC.length &&
    ENCRYPTED_PACKAGE_MAGIC.every((byte, at) => head[at] === byte)
  );
}

export interface EncryptOptions {
  /** Tests only: PBKDF2 with this many iterations instead of Argon2id, so they run fast. */
  pbkdf2Iterations?: number;
  /** Signs the header as the sender (the inner package is signed by the writer too). */
  signingKey?: SigningIdentity;
  chunkSize?: number;
  signal?: AbortSignal;
}

/** Encrypts a stream of plain bytes (the inner ZIP) into the encrypted package format. */
export async function* encryptPackageStream(
  plain: AsyncIterable<Uint8Array>,
  passphrase: string,
  options: EncryptOptions = {},
): AsyncGenerator<Uint8Array, void> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
  const kdf: EncryptionHeader['kdf'] =
    options.pbkdf2Iterations === undefined
      ? { name: 'Argon2id', ...DEFAULT_ARGON2ID, salt }
      : { name: 'PBKDF2', hash: 'SHA-256', iterations: options.pbkdf2Iterations, salt };
  const key = await deriveKey(passphrase, fromBase64(salt), kdf);
  const keyCheck = await seal(key, KEY_CHECK_NONCE, ENCRYPTED_PACKAGE_MAGIC, new Uint8Array(0));
  const header: EncryptionHeader = {
    formatVersion: ENCRYPTION_FORMAT_VERSION,
    mediaType: DOSSIER_MIME_TYPE,
    cipher: 'AES-256-GCM',
    chunkSize,
    kdf,
    keyCheck: toBase64(keyCheck),
  };
  if (options.signingKey) {
    header.signer = options.signingKey.card;
    header.signature = signEncryptionHeader(header, HEADER_ORDER, options.signingKey);
  }
  const json = encodeUtf8(JSON.stringify(header));
  const prefix = new Uint8Array(PREFIX_BYTES + json.length);
  prefix.set(ENCRYPTED_PACKAGE_MAGIC);
  new DataView(prefix.buffer).setUint32(ENCRYPTED_PACKAGE_MAGIC.length, json.length);
  prefix.set(json, PREFIX_BYTES);
  yield prefix;

  // One chunk is held back until more bytes arrive, since only then is it known not to be the last.
  const buffer = new Uint8Array(chunkSize * 2);
  let filled = 0;
  let index = 0;
  for await (const piece of plain) {
    let at = 0;
    while (at < piece.length) {
      const take = Math.min(piece.length - at, buffer.length - filled);
      buffer.set(piece.subarray(at, at + take), filled);
      filled += take;
      at += take;
      while (filled > chunkSize) {
        throwIfCancelled(options.signal);
        yield await seal(key, chunkNonce(index++, false), prefix, buffer.subarray(0, chunkSize));
        buffer.copyWithin(0, chunkSize, filled);
        filled -= chunkSize;
      }
    }
  }
  yield await seal(key, chunkNonce(index, true), prefix, buffer.subarray(0, filled));
}

export interface OpenEncryptedOptions {
  /** Lowest PBKDF2 iteration count accepted; only tests lower it. */
  minIterations?: number;
}

/** The encryption header, parsed and checked (before any key is derived, so a file cannot set the cost). */
export async function readEncryptionHeader(
  source: RandomAccessBytes,
  options: OpenEncryptedOptions = {},
): Promise<{ header: EncryptionHeader; prefix: Uint8Array }> {
  const invalid = (what: string) =>
    packageError('ENCRYPTION_HEADER_INVALID', `its encryption header ${what}`);
  if (source.size < PREFIX_BYTES) {
    throw packageError('CIPHERTEXT_TRUNCATED', 'the encrypted file ends inside its header');
  }
  const start = await source.read(0, PREFIX_BYTES);
  const length = new DataView(start.buffer, start.byteOffset, start.byteLength).getUint32(
    ENCRYPTED_PACKAGE_MAGIC.length,
  );
  if (length < 2 || length > MAX_HEADER_BYTES) throw invalid(`claims a length of ${length} bytes`);
  if (source.size < PREFIX_BYTES + length) {
    throw packageError('CIPHERTEXT_TRUNCATED', 'the encrypted file ends inside its header');
  }
  const prefix = await source.read(0, PREFIX_BYTES + length);
  const text = decodeUtf8(prefix.subarray(PREFIX_BYTES));
  let json: unknown;
  try {
    json = text === null ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalid('is not a JSON object');
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ENCRYPTION_FORMAT_VERSION) {
    throw newerFormatError(version);
  }
  const parsed = (version === 1 ? headerV1Schema : headerV2Schema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      `is not one Dossier Desk writes (${issue?.path.join('.') || 'top level'}: ${issue?.message})`,
    );
  }
  const header = parsed.data as EncryptionHeader;
  if (header.kdf.name === 'PBKDF2') {
    const { iterations } = header.kdf;
    const min = options.minIterations ?? MIN_KDF_ITERATIONS;
    if (iterations < min || iterations > MAX_KDF_ITERATIONS) {
      throw invalid(
        `asks for ${iterations} PBKDF2 iterations; Dossier Desk accepts ${min} to ${MAX_KDF_ITERATIONS}`,
      );
    }
  } else {
    const problem = argon2idParameterProblem(header.kdf);
    if (problem) throw invalid(problem);
  }
  if (header.signer !== undefined || header.signature !== undefined) {
    if (header.signer === undefined || header.signature === undefined) {
      throw invalid('has a signer without a signature, or a signature without a signer');
    }
    header.signer = parseSignerCard(header.signer);
    verifyEncryptionHeaderSignature(header, HEADER_ORDER, header.signer, header.signature);
  }
  return { header, prefix };
}

export function newerFormatError(version: number): PackageError {
  return new PackageError(
    'NEWER_FORMAT',
    `This dossier was made by a newer Dossier Desk (format ${version}). Update the app to open it.`,
  );
}

/** The plain inner ZIP of an encrypted package, decrypted chunk by chunk as it is read. */
export interface DecryptedPackage extends RandomAccessBytes {
  readonly header: EncryptionHeader;
  /** Authenticates every chunk not read yet, so nothing in the file goes unchecked. */
  verifyAllChunks(signal?: AbortSignal): Promise<void>;
}

export async function openEncryptedPackage(
  source: RandomAccessBytes,
  passphrase: string,
  options: OpenEncryptedOptions = {},
): Promise<DecryptedPackage> {
  const { header, prefix } = await readEncryptionHeader(source, options);
  const key = await deriveKey(passphrase, fromBase64(header.kdf.salt), header.kdf);
  const check = await open(key, KEY_CHECK_NONCE, ENCRYPTED_PACKAGE_MAGIC, fromBase64(header.keyCheck));
  if (!check) {
    throw new PackageError(
      'WRONG_PASSPHRASE',
      'This dossier cannot be opened: wrong passphrase or damaged file. Check the passphrase with the sender and try again; if it is right, ask for a new copy.',
    );
  }

  const chunkSize = header.chunkSize;
  const sealedSize = chunkSize + TAG_BYTES;
  const body = source.size - prefix.length;
  const truncated = () =>
    packageError(
      'CIPHERTEXT_TRUNCATED',
      'the encrypted data ends before its final chunk (the file was cut short)',
    );
  if (body < TAG_BYTES) throw truncated();
  const chunkCount = Math.ceil(body / sealedSize);
  const lastSealed = body - (chunkCount - 1) * sealedSize;
  // Only an empty package has an empty final chunk; a short tail is what is left of a cut chunk.
  if (lastSealed < TAG_BYTES || (lastSealed === TAG_BYTES && chunkCount > 1)) throw truncated();
  const size = body - chunkCount * TAG_BYTES;

  const verified = new Uint8Array(chunkCount);
  const cache = new Map<number, Uint8Array>();
  const decryptChunk = async (index: number): Promise<Uint8Array> => {
    const cached = cache.get(index);
    if (cached) return cached;
    const final = index === chunkCount - 1;
    const sealed = await source.read(prefix.length + index * sealedSize, final ? lastSealed : sealedSize);
    const plain = await open(key, chunkNonce(index, final), prefix, sealed);
    if (!plain) {
      // A last chunk that opens as a middle one means the chunks after it were cut off.
      if (
        final &&
        sealed.length === sealedSize &&
        (await open(key, chunkNonce(index, false), prefix, sealed))
      ) {
        throw truncated();
      }
      throw packageError(
        'CIPHERTEXT_ALTERED',
        `encrypted chunk ${index} fails its integrity check (the file was altered, reordered or cut short)`,
      );
    }
    verified[index] = 1;
    if (cache.size >= 4) cache.delete(cache.keys().next().value as number);
    cache.set(index, plain);
    return plain;
  };

  return {
    header,
    size,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) throw truncated();
      const out = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const position = offset + done;
        const index = Math.floor(position / chunkSize);
        const plain = await decryptChunk(index);
        const from = position - index * chunkSize;
        const piece = plain.subarray(from, Math.min(plain.length, from + length - done));
        if (piece.length === 0) throw truncated();
        out.set(piece, done);
        done += piece.length;
      }
      return out;
    },
    async verifyAllChunks(signal) {
      for (let index = 0; index < chunkCount; index++) {
        throwIfCancelled(signal);
        if (!verified[index]) await decryptChunk(index);
      }
    },
  };
}
