// The ZIP reader's pieces: entry-name safety, CRC-32, and counting inflated bytes as they come.

import { deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE_LIMITS, type PackageError } from '../../../../shared/package';
import { randomAccessFromBytes } from '../../../../shared/package/bytes';
import { crc32 } from '../../../../shared/package/crc32';
import { unsafePathReason } from '../../../../shared/package/entry-path';
import { readZipDirectory, readZipEntry, type ZipEntry } from '../../../../shared/package/zip-reader';
import { buildZip } from '../../../fixtures/hostile/raw-zip';

describe('entry names', () => {
  it.each([
    ['../evil', 'climbs out'],
    ['a/../../evil', 'climbs out'],
    ['/etc/passwd', 'absolute'],
    ['\\\\server\\share', 'backslash'],
    ['a\\b', 'backslash'],
    ['C:/x', 'drive letter'],
    ['c:x', 'drive letter'],
    ['a\u0000b', 'control character'],
    ['a\nb', 'control character'],
    ['a//b', 'empty path segment'],
    ['./a', '"." segment'],
    ['a/con:', 'Windows'],
    ['a/b.', 'Windows drops'],
    ['', 'empty name'],
  ])('refuses %j', (name, reason) => {
    expect(unsafePathReason(name)).toContain(reason);
  });

  it.each(['mimetype', 'dossier.json', `attachments/${'a'.repeat(64)}`, 'attachments/'])(
    'accepts %j',
    (name) => {
      expect(unsafePathReason(name)).toBeNull();
    },
  );
});

describe('crc32', () => {
  it('matches zlib for any bytes, whole or in pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 0, max: 3000 }), (bytes, split) => {
        const whole = crc32(bytes);
        const pieces = crc32(bytes.subarray(split), crc32(bytes.subarray(0, split)));
        return whole === zlibCrc32(bytes) && pieces === whole;
      }),
    );
  });
});

describe('readZipEntry', () => {
  const limits = { ...DEFAULT_PACKAGE_LIMITS };
  const zeros = new Uint8Array(8 * 1024 * 1024);

  async function drain(entries: AsyncGenerator<Uint8Array, void>): Promise<number> {
    let total = 0;
    for await (const chunk of entries) total += chunk.length;
    return total;
  }

  it('stops when the bytes inflated so far pass the budget, whatever the headers said', async () => {
    const zip = buildZip([
      { name: 'big', data: zeros, method: 8, payload: deflateRawSync(zeros, { level: 1 }) },
    ]);
    const source = randomAccessFromBytes(zip);
    const [entry] = (await readZipDirectory(source, { ...limits, maxCompressionRatio: 1e9 })) as [ZipEntry];
    const budget = { inflated: limits.maxTotalUncompressedBytes - 1024 * 1024 };
    const error = await drain(
      readZipEntry(source, entry, { ...limits, maxCompressionRatio: 1e9 }, budget),
    ).catch((e) => e);
    expect((error as PackageError).code).toBe('ZIP_BOMB_SIZE');
    expect(budget.inflated).toBeLessThan(limits.maxTotalUncompressedBytes + 20 * 1024 * 1024);
  });

  it('stops inflating an entry as soon as it passes its declared size', async () => {
    const zip = buildZip([{ name: 'liar', data: zeros, method: 8, size: 1000, crc: 0 }]);
    const source = randomAccessFromBytes(zip);
    const [entry] = (await readZipDirectory(source, limits)) as [ZipEntry];
    const budget = { inflated: 0 };
    const error = await drain(
      readZipEntry(source, entry, { ...limits, maxCompressionRatio: 1e9 }, budget),
    ).catch((e) => e);
    expect((error as PackageError).code).toBe('SIZE_MISMATCH');
    // One 16 KiB push at most: far from the 8 MiB the entry really holds.
    expect(budget.inflated).toBeLessThanOrEqual(17 * 1024 * 1024);
  });

  it('refuses deflate data that ends early', async () => {
    const text = new TextEncoder().encode('some text '.repeat(1000));
    const payload = deflateRawSync(text).subarray(0, 20);
    const zip = buildZip([{ name: 'cut', data: text, method: 8, payload }]);
    const source = randomAccessFromBytes(zip);
    const [entry] = (await readZipDirectory(source, limits)) as [ZipEntry];
    const error = await drain(readZipEntry(source, entry, limits, { inflated: 0 })).catch((e) => e);
    expect((error as PackageError).code).toBe('ZIP_MALFORMED');
  });
});
