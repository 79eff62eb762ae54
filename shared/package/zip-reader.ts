// Reads a ZIP archive from random-access bytes, trusting nothing in it: the central directory is checked
// against every local header, entries must tile the file with no gap or overlap, names must be safe
// relative paths of regular files, and every entry's bytes are counted as they inflate (fflate), with
// size, ratio and CRC-32 checked against what the headers claim.

import { Inflate } from 'fflate';
import { decodeUtf8, type RandomAccessBytes } from './bytes';
import { crc32 } from './crc32';
import { collisionKey, MAX_ENTRY_NAME_BYTES, unsafePathError, unsafePathReason } from './entry-path';
import type { PackageLimits } from './limits';
import { ADVICE_HOSTILE, type PackageError, packageError, quoteName } from './package-error';
import {
  CENTRAL_HEADER_LENGTH,
  CENTRAL_HEADER_SIGNATURE,
  DATA_DESCRIPTOR_SIGNATURE,
  DOS_DIRECTORY,
  END_OF_CENTRAL_DIRECTORY_LENGTH,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_MASKED_HEADERS,
  FLAG_STRONG_ENCRYPTION,
  FLAG_UTF8,
  HOST_MACOS,
  HOST_UNIX,
  LOCAL_HEADER_LENGTH,
  LOCAL_HEADER_SIGNATURE,
  MAX_END_RECORD_SEARCH,
  METHOD_DEFLATED,
  METHOD_STORED,
  UNIX_FILE_TYPE_MASK,
  UNIX_REGULAR_FILE,
  UNIX_SYMLINK,
  ZIP64_END_LOCATOR_SIGNATURE,
} from './zip-format';

export interface ZipEntry {
  /** Position in the central directory (and, since entries tile the file, in the file). */
  readonly index: number;
  readonly name: string;
  readonly method: typeof METHOD_STORED | typeof METHOD_DEFLATED;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** Where the entry's (compressed) bytes start. */
  readonly dataOffset: number;
}

/** Inflated bytes counted across all entries of one read, against limits.maxTotalUncompressedBytes. */
export interface InflateBudget {
  inflated: number;
}

/** Bytes per read of stored data, and per read of compressed data. */
const STORED_READ_BYTES = 1024 * 1024;
const COMPRESSED_READ_BYTES = 64 * 1024;
/** Compressed bytes handed to the inflater at once: bounds what one push can inflate to (≈ 1032×). */
const INFLATE_PUSH_BYTES = 16 * 1024;
/** Central directory bytes accepted per entry: our entries need 122; names are capped at 512. */
const MAX_CENTRAL_HEADER_BYTES = CENTRAL_HEADER_LENGTH + MAX_ENTRY_NAME_BYTES + 1024;

const malformed = (what: string) => packageError('ZIP_MALFORMED', what);
const unsupported = (what: string) =>
  packageError(
    'ZIP_UNSUPPORTED',
    `the archive uses ${what}, which Dossier Desk never writes`,
    'If you re-packed the dossier with another program, export it from Dossier Desk again instead.',
  );

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

interface EndRecord {
  entryCount: number;
  directorySize: number;
  directoryOffset: number;
  offset: number;
}

async function readEndRecord(source: RandomAccessBytes): Promise<EndRecord> {
  const tailLength = Math.min(source.size, MAX_END_RECORD_SEARCH);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  for (let at = tail.length - END_OF_CENTRAL_DIRECTORY_LENGTH; at >= 0; at--) {
    if (u32(tail, at) !== END_OF_CENTRAL_DIRECTORY_SIGNATURE) continue;
    // The record is only the real one if its comment runs exactly to the end of the file.
    if (at + END_OF_CENTRAL_DIRECTORY_LENGTH + u16(tail, at + 20) !== tail.length) continue;
    const disk = u16(tail, at + 4);
    const directoryDisk = u16(tail, at + 6);
    const entriesOnDisk = u16(tail, at + 8);
    const entryCount = u16(tail, at + 10);
    const directorySize = u32(tail, at + 12);
    const directoryOffset = u32(tail, at + 16);
    if (at >= 20 && u32(tail, at - 20) === ZIP64_END_LOCATOR_SIGNATURE) throw unsupported('ZIP64');
    if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw unsupported('ZIP64');
    }
    if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
      throw unsupported('an archive split over several disks');
    }
    return { entryCount, directorySize, directoryOffset, offset: tailStart + at };
  }
  throw packageError(
    'ZIP_TRUNCATED',
    'the file ends before the end of its ZIP archive (it was cut short, perhaps while copying or downloading)',
    'Copy the file again from the sender, or ask for a new copy.',
  );
}

interface CentralEntry {
  index: number;
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

function checkFileType(name: string, madeBy: number, external: number): void {
  const host = madeBy >>> 8;
  const mode = external >>> 16;
  const type = mode & UNIX_FILE_TYPE_MASK;
  const unixModes = host === HOST_UNIX || host === HOST_MACOS || mode !== 0;
  if (unixModes && type === UNIX_SYMLINK) {
    throw packageError(
      'SYMLINK_ENTRY',
      `the entry ${quoteName(name)} is a symbolic link, which could point anywhere on this computer`,
      ADVICE_HOSTILE,
    );
  }
  if ((unixModes && type !== 0 && type !== UNIX_REGULAR_FILE) || (external & DOS_DIRECTORY) !== 0) {
    throw packageError(
      'SPECIAL_FILE_ENTRY',
      `the entry ${quoteName(name)} is not a plain file (a folder, device, pipe or socket)`,
      ADVICE_HOSTILE,
    );
  }
}

function parseCentralDirectory(directory: Uint8Array, end: EndRecord, limits: PackageLimits): CentralEntry[] {
  const entries: CentralEntry[] = [];
  const seen = new Map<string, string>();
  let declaredTotal = 0;
  let at = 0;
  for (let index = 0; index < end.entryCount; index++) {
    if (at + CENTRAL_HEADER_LENGTH > directory.length || u32(directory, at) !== CENTRAL_HEADER_SIGNATURE) {
      throw malformed('its central directory is shorter than its end record says');
    }
    const madeBy = u16(directory, at + 4);
    const flags = u16(directory, at + 8);
    const method = u16(directory, at + 10);
    const crc = u32(directory, at + 16);
    const compressedSize = u32(directory, at + 20);
    const uncompressedSize = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    const diskStart = u16(directory, at + 34);
    const external = u32(directory, at + 38);
    const localHeaderOffset = u32(directory, at + 42);
    const recordEnd = at + CENTRAL_HEADER_LENGTH + nameLength + extraLength + commentLength;
    if (recordEnd > directory.length) throw malformed('an entry of its central directory runs past its end');
    if (nameLength > MAX_ENTRY_NAME_BYTES) {
      throw unsafePathError(
        `${index}`,
        `(entry ${index}) has a name longer than ${MAX_ENTRY_NAME_BYTES} bytes`,
      );
    }
    const nameBytes = directory.subarray(at + CENTRAL_HEADER_LENGTH, at + CENTRAL_HEADER_LENGTH + nameLength);
    const extra = directory.subarray(
      at + CENTRAL_HEADER_LENGTH + nameLength,
      at + CENTRAL_HEADER_LENGTH + nameLength + extraLength,
    );
    at = recordEnd;

    const decoded = decodeUtf8(nameBytes);
    const name = decoded ?? Array.from(nameBytes, (byte) => String.fromCharCode(byte)).join('');
    if (decoded === null) throw unsafePathError(name, 'has a name that is not valid UTF-8');
    if (!(flags & FLAG_UTF8) && nameBytes.some((byte) => byte >= 0x80)) {
      throw unsafePathError(
        name,
        'has a non-ASCII name without the UTF-8 flag, which programs read differently',
      );
    }
    const reason = unsafePathReason(name);
    if (reason) throw unsafePathError(name, reason);
    checkFileType(name, madeBy, external);

    const key = collisionKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw packageError(
        'DUPLICATE_ENTRY',
        earlier === name
          ? `the entry ${quoteName(name)} appears twice, so programs disagree on which one counts`
          : `the entries ${quoteName(earlier)} and ${quoteName(name)} differ only in letter case, so they collide on Windows and macOS`,
        ADVICE_HOSTILE,
      );
    }
    seen.set(key, name);

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS))
      throw unsupported('ZIP encryption');
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED)
      throw unsupported(`compression method ${method}`);
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      throw unsupported('ZIP64');
    }
    for (let x = 0; x + 4 <= extra.length; x += 4 + u16(extra, x + 2)) {
      if (u16(extra, x) === 0x0001) throw unsupported('ZIP64');
    }
    if (diskStart !== 0) throw unsupported('an archive split over several disks');
    if (method === METHOD_STORED && compressedSize !== uncompressedSize) {
      throw malformed(`the stored entry ${quoteName(name)} has two different sizes in its header`);
    }
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalUncompressedBytes) throw bombSize(limits);
    entries.push({
      index,
      name,
      nameBytes,
      flags,
      method,
      crc32: crc,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
  }
  if (at !== directory.length) throw malformed('its central directory holds more than its end record says');
  // After the total, so a bomb of many entries is reported by its size.
  for (const entry of entries) {
    if (
      entry.method === METHOD_DEFLATED &&
      entry.uncompressedSize > limits.ratioGraceBytes &&
      entry.uncompressedSize > limits.maxCompressionRatio * Math.max(entry.compressedSize, 1)
    ) {
      throw bombRatio(entry.name, limits);
    }
  }
  return entries;
}

function bombSize(limits: PackageLimits): PackageError {
  return packageError(
    'ZIP_BOMB_SIZE',
    `its entries inflate to more than ${limits.maxTotalUncompressedBytes} bytes, the most a dossier package may hold`,
    ADVICE_HOSTILE,
  );
}

function bombRatio(name: string, limits: PackageLimits): PackageError {
  return packageError(
    'ZIP_BOMB_RATIO',
    `the entry ${quoteName(name)} inflates more than ${limits.maxCompressionRatio} times its compressed size, as "zip bombs" do`,
    ADVICE_HOSTILE,
  );
}

/**
 * Reads and checks the archive's structure; reads no entry's data. Throws PackageError for anything a
 * Dossier Desk package could not contain.
 */
export async function readZipDirectory(
  source: RandomAccessBytes,
  limits: PackageLimits,
): Promise<ZipEntry[]> {
  const end = await readEndRecord(source);
  if (end.entryCount > limits.maxEntries) {
    throw packageError(
      'ZIP_BOMB_ENTRIES',
      `the archive has ${end.entryCount} entries, more than the ${limits.maxEntries} a dossier package may have`,
      ADVICE_HOSTILE,
    );
  }
  if (end.directorySize > end.entryCount * MAX_CENTRAL_HEADER_BYTES) {
    throw packageError(
      'ZIP_BOMB_ENTRIES',
      'its central directory is far larger than its entries need',
      ADVICE_HOSTILE,
    );
  }
  if (end.directoryOffset + end.directorySize !== end.offset) {
    throw end.directoryOffset + end.directorySize > end.offset
      ? packageError(
          'ZIP_TRUNCATED',
          'part of the ZIP archive is missing (its directory points past the data that is there)',
          'Copy the file again from the sender, or ask for a new copy.',
        )
      : malformed('there are unexplained bytes between its central directory and its end record');
  }
  const directory = await source.read(end.directoryOffset, end.directorySize);
  const central = parseCentralDirectory(directory, end, limits);

  // Local headers must agree with the directory, and entries must follow one another with nothing
  // between or overlapping (overlapping entries are how some zip bombs multiply their output).
  const entries: ZipEntry[] = [];
  let expectedOffset = 0;
  for (const entry of central) {
    if (entry.localHeaderOffset !== expectedOffset) {
      throw malformed(
        entry.localHeaderOffset < expectedOffset
          ? `the entry ${quoteName(entry.name)} overlaps the one before it`
          : `there are unexplained bytes before the entry ${quoteName(entry.name)}`,
      );
    }
    const headerEnd = entry.localHeaderOffset + LOCAL_HEADER_LENGTH + entry.nameBytes.length;
    if (headerEnd > end.directoryOffset)
      throw malformed(`the entry ${quoteName(entry.name)} runs into the directory`);
    const header = await source.read(entry.localHeaderOffset, LOCAL_HEADER_LENGTH + entry.nameBytes.length);
    if (u32(header, 0) !== LOCAL_HEADER_SIGNATURE) {
      throw malformed(`the entry ${quoteName(entry.name)} does not start where the directory says`);
    }
    const flags = u16(header, 6);
    const method = u16(header, 8);
    const nameLength = u16(header, 26);
    const extraLength = u16(header, 28);
    const localName = header.subarray(LOCAL_HEADER_LENGTH);
    const sameName =
      nameLength === entry.nameBytes.length && localName.every((byte, i) => byte === entry.nameBytes[i]);
    if (
      !sameName ||
      method !== entry.method ||
      (flags & FLAG_DATA_DESCRIPTOR) !== (entry.flags & FLAG_DATA_DESCRIPTOR)
    ) {
      throw malformed(`the local header of ${quoteName(entry.name)} disagrees with the central directory`);
    }
    if (!(flags & FLAG_DATA_DESCRIPTOR)) {
      if (
        u32(header, 14) !== entry.crc32 ||
        u32(header, 18) !== entry.compressedSize ||
        u32(header, 22) !== entry.uncompressedSize
      ) {
        throw malformed(`the local header of ${quoteName(entry.name)} disagrees with the central directory`);
      }
    }
    const dataOffset = headerEnd + extraLength;
    let entryEnd = dataOffset + entry.compressedSize;
    if (entryEnd > end.directoryOffset)
      throw malformed(`the data of ${quoteName(entry.name)} runs into the directory`);
    if (flags & FLAG_DATA_DESCRIPTOR) {
      entryEnd += await readDataDescriptor(source, entry, entryEnd, end.directoryOffset);
    }
    entries.push({
      index: entry.index,
      name: entry.name,
      method: entry.method as ZipEntry['method'],
      crc32: entry.crc32,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      localHeaderOffset: entry.localHeaderOffset,
      dataOffset,
    });
    expectedOffset = entryEnd;
  }
  if (expectedOffset !== end.directoryOffset) {
    throw malformed('there are unexplained bytes between its last entry and its central directory');
  }
  return entries;
}

/** Returns the descriptor's length (16 with its optional signature, 12 without) after checking it. */
async function readDataDescriptor(
  source: RandomAccessBytes,
  entry: CentralEntry,
  at: number,
  limit: number,
): Promise<number> {
  const available = Math.min(16, limit - at);
  const bytes = available >= 12 ? await source.read(at, available) : new Uint8Array(0);
  const matches = (offset: number) =>
    u32(bytes, offset) === entry.crc32 &&
    u32(bytes, offset + 4) === entry.compressedSize &&
    u32(bytes, offset + 8) === entry.uncompressedSize;
  if (bytes.length === 16 && u32(bytes, 0) === DATA_DESCRIPTOR_SIGNATURE && matches(4)) return 16;
  if (bytes.length >= 12 && matches(0)) return 12;
  throw malformed(`the data descriptor of ${quoteName(entry.name)} disagrees with the central directory`);
}

/**
 * An entry's plain bytes, in pieces, checked as they come: never more than its header says, never more
 * than the budget allows overall, never a bomb's ratio; at the end its size and CRC-32 must match.
 */
export async function* readZipEntry(
  source: RandomAccessBytes,
  entry: ZipEntry,
  limits: PackageLimits,
  budget: InflateBudget,
): AsyncGenerator<Uint8Array, void> {
  let produced = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.inflated += chunk.length;
    if (budget.inflated > limits.maxTotalUncompressedBytes) throw bombSize(limits);
    // Against the whole entry's compressed size, like the declared ratio: what matters is how much a
    // small entry can make us write, and a legitimate file may well start with a run of zeros.
    if (
      produced > limits.ratioGraceBytes &&
      produced > limits.maxCompressionRatio * Math.max(entry.compressedSize, 1)
    ) {
      throw bombRatio(entry.name, limits);
    }
    if (produced > entry.uncompressedSize) throw sizeMismatch(entry);
    crc = crc32(chunk, crc);
  };

  if (entry.method === METHOD_STORED) {
    for (let at = 0; at < entry.compressedSize; at += STORED_READ_BYTES) {
      const chunk = await source.read(
        entry.dataOffset + at,
        Math.min(STORED_READ_BYTES, entry.compressedSize - at),
      );
      take(chunk);
      yield chunk;
    }
  } else {
    const output: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      if (chunk.length > 0) output.push(chunk);
    });
    const push = (piece: Uint8Array, final: boolean) => {
      try {
        inflater.push(piece, final);
      } catch (error) {
        throw packageError(
          'ZIP_MALFORMED',
          `the compressed data of ${quoteName(entry.name)} is broken`,
          undefined,
          error,
        );
      }
    };
    for (let at = 0; at < entry.compressedSize; at += COMPRESSED_READ_BYTES) {
      const block = await source.read(
        entry.dataOffset + at,
        Math.min(COMPRESSED_READ_BYTES, entry.compressedSize - at),
      );
      for (let offset = 0; offset < block.length; offset += INFLATE_PUSH_BYTES) {
        const piece = block.subarray(offset, offset + INFLATE_PUSH_BYTES);
        push(piece, at + offset + piece.length >= entry.compressedSize);
        for (const chunk of output.splice(0)) {
          take(chunk);
          yield chunk;
        }
      }
    }
    if (entry.compressedSize === 0) push(new Uint8Array(0), true);
    for (const chunk of output.splice(0)) {
      take(chunk);
      yield chunk;
    }
  }
  if (produced !== entry.uncompressedSize) throw sizeMismatch(entry);
  if (crc !== entry.crc32) {
    throw packageError(
      'CRC_MISMATCH',
      `the bytes of ${quoteName(entry.name)} do not match their CRC-32 checksum`,
    );
  }
}

function sizeMismatch(entry: ZipEntry): PackageError {
  return packageError(
    'SIZE_MISMATCH',
    `the entry ${quoteName(entry.name)} inflates to a different size than its header says (${entry.uncompressedSize} bytes)`,
    ADVICE_HOSTILE,
  );
}
