// The encrypted container: chunked AES-256-GCM under an Argon2id key (PBKDF2 in format 1 and fast tests),
// and how it fails.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARGON2ID_BOUNDS,
  DEFAULT_ARGON2ID,
  DEFAULT_KDF_ITERATIONS,
  MIN_KDF_ITERATIONS,
  PackageError,
} from '../../../../shared/package';
import { randomAccessFromBytes } from '../../../../shared/package/bytes';
import {
  DEFAULT_CHUNK_SIZE,
  encryptPackageStream,
  openEncryptedPackage,
  readEncryptionHeader,
} from '../../../../shared/package/encryption';
import { pseudoRandomBytes } from '../../../fixtures/packages/sample-dossier';

const CHUNK = 16 * 1024;
const FAST = { pbkdf2Iterations: 1000, chunkSize: CHUNK };

async function encrypt(plain: Uint8Array, passphrase = 'pass', options = FAST): Promise<Uint8Array> {
  async function* pieces() {
    // Uneven pieces, so chunking does not depend on how the bytes arrive.
    for (let at = 0; at < plain.length; at += 7000) yield plain.subarray(at, at + 7000);
  }
  const out: Uint8Array[] = [];
  for await (const chunk of encryptPackageStream(pieces(), passphrase, options)) out.push(chunk);
  return new Uint8Array(Buffer.concat(out));
}

async function decrypt(sealed: Uint8Array, passphrase = 'pass'): Promise<Uint8Array> {
  const opened = await openEncryptedPackage(randomAccessFromBytes(sealed), passphrase, {
    minIterations: 1000,
  });
  const plain = await opened.read(0, opened.size);
  await opened.verifyAllChunks();
  return plain;
}

async function failure(promise: Promise<unknown>): Promise<PackageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('encrypted packages', () => {
  it('give back exactly what went in, at every size around the chunk boundaries', async () => {
    for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1, 5 * CHUNK + 123]) {
      const plain = pseudoRandomBytes(size, size + 1);
      const back = await decrypt(await encrypt(plain));
      expect(Buffer.from(back).equals(Buffer.from(plain)), `size ${size}`).toBe(true);
    }
  });

  it('read any range of the plain bytes (random access through the chunks)', async () => {
    const plain = pseudoRandomBytes(6 * CHUNK + 99);
    const opened = await openEncryptedPackage(randomAccessFromBytes(await encrypt(plain)), 'pass', {
      minIterations: 1000,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: plain.length }),
        fc.integer({ min: 0, max: 3 * CHUNK }),
        async (offset, length) => {
          const end = Math.min(plain.length, offset + length);
          const piece = await opened.read(offset, end - offset);
          return Buffer.from(piece).equals(Buffer.from(plain.subarray(offset, end)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('are different every time (fresh salt, so a fresh key), even for the same bytes and passphrase', async () => {
    const plain = pseudoRandomBytes(1000);
    const [first, second] = [await encrypt(plain), await encrypt(plain)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });

  it('write Argon2id with OWASP’s parameters and 256 KiB chunks by default, as header format 2', async () => {
    expect(DEFAULT_ARGON2ID).toEqual({ memoryKiB: 19_456, iterations: 2, parallelism: 1 });
    const sealed = await encrypt(pseudoRandomBytes(100), 'pass', {} as typeof FAST);
    const { header } = await readEncryptionHeader(randomAccessFromBytes(sealed));
    expect(header.formatVersion).toBe(2);
    expect(header.kdf).toMatchObject({ name: 'Argon2id', ...DEFAULT_ARGON2ID });
    expect(header.chunkSize).toBe(DEFAULT_CHUNK_SIZE);
    expect(await decrypt(sealed)).toEqual(pseudoRandomBytes(100));
    expect(await failure(decrypt(sealed, 'pas'))).toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('refuse Argon2id settings outside the accepted range before deriving anything', async () => {
    const sealed = await encrypt(pseudoRandomBytes(100), 'pass', {} as typeof FAST);
    const prefix = 16 + new DataView(sealed.buffer).getUint32(12);
    const header = JSON.parse(Buffer.from(sealed.subarray(16, prefix)).toString('utf8'));
    for (const [key, value] of [
      ['memoryKiB', ARGON2ID_BOUNDS.memoryKiB.max + 1],
      ['memoryKiB', ARGON2ID_BOUNDS.memoryKiB.min - 1],
      ['iterations', ARGON2ID_BOUNDS.iterations.max + 1],
      ['iterations', 1],
    ] as const) {
      const edited = Buffer.from(JSON.stringify({ ...header, kdf: { ...header.kdf, [key]: value } }));
      const start = Buffer.alloc(16);
      Buffer.from(sealed.subarray(0, 12)).copy(start);
      start.writeUInt32BE(edited.length, 12);
      const file = new Uint8Array(Buffer.concat([start, edited, sealed.subarray(prefix)]));
      const error = await failure(readEncryptionHeader(randomAccessFromBytes(file)));
      expect(error.code).toBe('ENCRYPTION_HEADER_INVALID');
      expect(error.message).toContain(`Argon2id ${key} ${value}`);
    }
  });

  it('still open format 1 (PBKDF2, 600,000 iterations), and refuse fewer iterations when reading', async () => {
    expect(DEFAULT_KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(MIN_KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const legacy = await encrypt(pseudoRandomBytes(100), 'pass', {
      pbkdf2Iterations: DEFAULT_KDF_ITERATIONS,
      chunkSize: CHUNK,
    });
    const { header } = await readEncryptionHeader(randomAccessFromBytes(legacy));
    expect(header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: DEFAULT_KDF_ITERATIONS });
    expect(await decrypt(legacy)).toEqual(pseudoRandomBytes(100));
    const weak = await encrypt(pseudoRandomBytes(100), 'pass', {
      pbkdf2Iterations: MIN_KDF_ITERATIONS - 1,
      chunkSize: CHUNK,
    });
    expect((await failure(readEncryptionHeader(randomAccessFromBytes(weak)))).code).toBe(
      'ENCRYPTION_HEADER_INVALID',
    );
  });

  it('take the same passphrase typed in composed or decomposed Unicode', async () => {
    const sealed = await encrypt(pseudoRandomBytes(10), 'Caf\u00e9 Zo\u00eb');
    expect(await decrypt(sealed, 'Cafe\u0301 Zoe\u0308')).toEqual(pseudoRandomBytes(10));
  });

  it('say "wrong passphrase or damaged file" for a wrong passphrase', async () => {
    const error = await failure(decrypt(await encrypt(pseudoRandomBytes(10)), 'pas'));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toContain('wrong passphrase or damaged file');
  });

  it('detect any flipped bit in the chunks, and any changed header parameter', async () => {
    const sealed = await encrypt(pseudoRandomBytes(3 * CHUNK));
    const prefix = 16 + new DataView(sealed.buffer).getUint32(12);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: prefix, max: sealed.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        async (at, bit) => {
          const copy = new Uint8Array(sealed);
          copy[at] = (copy[at] as number) ^ (1 << bit);
          const error = await failure(decrypt(copy));
          return error.code === 'CIPHERTEXT_ALTERED' || error.code === 'CIPHERTEXT_TRUNCATED';
        },
      ),
      { numRuns: 40 },
    );
    // The chunk size is authenticated too: halving it makes every chunk fail.
    const header = JSON.parse(Buffer.from(sealed.subarray(16, prefix)).toString('utf8'));
    header.chunkSize = CHUNK * 2;
    const text = Buffer.from(JSON.stringify(header));
    const edited = Buffer.concat([
      Buffer.from(sealed.subarray(0, 12)),
      Buffer.alloc(4),
      text,
      Buffer.from(sealed.subarray(prefix)),
    ]);
    edited.writeUInt32BE(text.length, 12);
    expect((await failure(decrypt(new Uint8Array(edited)))).code).toBe('CIPHERTEXT_ALTERED');
  });

  it('authenticate every chunk, including those nothing asked to read', async () => {
    const sealed = await encrypt(pseudoRandomBytes(4 * CHUNK));
    const prefix = 16 + new DataView(sealed.buffer).getUint32(12);
    const copy = new Uint8Array(sealed);
    copy[prefix + 2 * (CHUNK + 16) + 5] = (copy[prefix + 2 * (CHUNK + 16) + 5] as number) ^ 1;
    const opened = await openEncryptedPackage(randomAccessFromBytes(copy), 'pass', { minIterations: 1000 });
    await opened.read(0, 10);
    expect((await failure(opened.verifyAllChunks())).code).toBe('CIPHERTEXT_ALTERED');
  });

  it('tell a file cut at a chunk boundary (truncated) from one cut inside a chunk', async () => {
    const sealed = await encrypt(pseudoRandomBytes(4 * CHUNK + 10));
    const prefix = 16 + new DataView(sealed.buffer).getUint32(12);
    expect((await failure(decrypt(sealed.subarray(0, prefix + 2 * (CHUNK + 16))))).code).toBe(
      'CIPHERTEXT_TRUNCATED',
    );
    expect((await failure(decrypt(sealed.subarray(0, prefix + 2 * (CHUNK + 16) + 100)))).code).toBe(
      'CIPHERTEXT_ALTERED',
    );
    expect((await failure(decrypt(sealed.subarray(0, prefix + 4)))).code).toBe('CIPHERTEXT_TRUNCATED');
    expect((await failure(decrypt(sealed.subarray(0, 10)))).code).toBe('CIPHERTEXT_TRUNCATED');
  });
});
