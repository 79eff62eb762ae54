// Writes a ZIP archive as a sequence of chunks, entry by entry, holding back little of any entry: in-memory
// entries get their CRC and sizes in the local header (so `mimetype` sits at byte 38 like ODF and EPUB),
// streamed entries get a data descriptor after their bytes. Deflate and inflate are fflate's.

import { Deflate, deflateSync, Inflate } from 'fflate';
import { crc32 } from './crc32';
import { DEFAULT_PACKAGE_LIMITS, ZIP32_MAX } from './limits';
import { PackageError } from './package-error';
import {
  CENTRAL_HEADER_LENGTH,
  CENTRAL_HEADER_SIGNATURE,
  DATA_DESCRIPTOR_SIGNATURE,
  dosDateTime,
  END_OF_CENTRAL_DIRECTORY_LENGTH,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  EXTERNAL_ATTRIBUTES_FILE,
  FLAG_DATA_DESCRIPTOR,
  FLAG_UTF8,
  LOCAL_HEADER_LENGTH,
  LOCAL_HEADER_SIGNATURE,
  MADE_BY_UNIX_V20,
  METHOD_DEFLATED,
  METHOD_STORED,
  VERSION_NEEDED,
} from './zip-format';

export type ZipMethod = 'store' | 'deflate';

const DEFLATE_LEVEL = 6;
/**
 * No entry is written deflated more than this many times: the ratio readers accept
 * (DEFAULT_PACKAGE_LIMITS.maxCompressionRatio, 100), since readers hold files to exactly what is written.
 */
export const SAFE_RATIO = DEFAULT_PACKAGE_LIMITS.maxCompressionRatio;
/** Readers do not hold entries this small to the ratio. */
const RATIO_GRACE_BYTES = DEFAULT_PACKAGE_LIMITS.ratioGraceBytes;
/** Held-back deflated bytes are inflated in pieces this small, so each piece inflates to at most ~4 MB. */
const INFLATE_BACK_BYTES = 4 * 1024;

interface WrittenEntry {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function tooLarge(): PackageError {
  return new PackageError(
    'PACKAGE_TOO_LARGE',
    'This dossier is too large to share as one file: a package holds at most 4 GiB. Remove or shrink some attachments, then try again.',
  );
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: WrittenEntry[] = [];
  private readonly time: number;
  private readonly date: number;

  constructor(modified: Date) {
    ({ time: this.time, date: this.date } = dosDateTime(modified));
  }

  /** Bytes written so far. */
  get size(): number {
    return this.offset;
  }

  /** An entry whose bytes are in memory: yields its local header and data. */
  *addBytes(name: string, data: Uint8Array, method: ZipMethod): Generator<Uint8Array, void> {
    let payload = data;
    let chosen = method;
    if (method === 'deflate') {
      const deflated = deflateSync(data, { level: DEFLATE_LEVEL });
      // Stored rather than deflated beyond the ratio readers take for a bomb.
      if (data.length <= RATIO_GRACE_BYTES || deflated.length * SAFE_RATIO >= data.length) payload = deflated;
      else chosen = 'store';
    }
    const entry = this.begin(name, chosen, 0);
    entry.crc = crc32(data);
    entry.size = data.length;
    entry.compressedSize = payload.length;
    yield this.localHeader(entry);
    yield payload;
    this.advance(payload.length);
  }

  /**
   * An entry whose bytes stream in: yields its local header, the (compressed) data as it comes, and a data
   * descriptor. `chunks` are the entry's plain bytes, `expectedSize` how many there will be.
   *
   * A deflated entry must not look like a zip bomb to a reader (over SAFE_RATIO : 1), however repetitive
   * it is, and the method is in the header that comes first. So a large one is held back until its
   * deflated bytes reach expectedSize / SAFE_RATIO, from when on the ratio cannot exceed it (at most 1% of
   * the entry, under 43 MB, is held); if it ends first, it is written stored instead, inflated back from
   * what was held (the source is read only once).
   */
  async *addStream(
    name: string,
    chunks: AsyncIterable<Uint8Array>,
    method: ZipMethod,
    expectedSize: number,
  ): AsyncGenerator<Uint8Array, void> {
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    let deflatedBytes = 0;
    const pending: Uint8Array[] = [];
    const deflate =
      method === 'deflate'
        ? new Deflate({ level: DEFLATE_LEVEL }, (chunk) => {
            deflatedBytes += chunk.length;
            pending.push(chunk);
          })
        : null;
    // Undecided while a large deflated entry might still turn out too compressible.
    let entry: WrittenEntry | undefined;
    const decided = () =>
      !deflate || expectedSize <= RATIO_GRACE_BYTES || deflatedBytes * SAFE_RATIO >= expectedSize;
    const emit = function* (this: ZipWriter): Generator<Uint8Array, void> {
      if (!entry) {
        entry = this.begin(name, method, FLAG_DATA_DESCRIPTOR);
        yield this.localHeader(entry);
      }
      for (const chunk of pending.splice(0)) {
        compressedSize += chunk.length;
        this.advance(chunk.length);
        yield chunk;
      }
    }.bind(this);
    for await (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > ZIP32_MAX) throw tooLarge();
      if (deflate) deflate.push(chunk, false);
      else pending.push(chunk);
      if (entry || decided()) yield* emit();
    }
    deflate?.push(new Uint8Array(0), true);
    if (entry || !deflate || size <= RATIO_GRACE_BYTES || deflatedBytes * SAFE_RATIO >= size) {
      yield* emit();
    } else {
      // Too compressible to deflate: stored, from the deflated bytes held back.
      const held = pending.splice(0);
      entry = this.begin(name, 'store', FLAG_DATA_DESCRIPTOR);
      yield this.localHeader(entry);
      const inflater = new Inflate((chunk) => {
        if (chunk.length > 0) pending.push(chunk);
      });
      for (const [index, chunk] of held.entries()) {
        for (let at = 0; at < chunk.length; at += INFLATE_BACK_BYTES) {
          const piece = chunk.subarray(at, at + INFLATE_BACK_BYTES);
          inflater.push(piece, index === held.length - 1 && at + piece.length >= chunk.length);
          yield* emit();
        }
      }
    }
    entry = entry as WrittenEntry;
    entry.crc = crc;
    entry.size = size;
    entry.compressedSize = compressedSize;
    const descriptor = new Uint8Array(16);
    const view = new DataView(descriptor.buffer);
    view.setUint32(0, DATA_DESCRIPTOR_SIGNATURE, true);
    view.setUint32(4, crc, true);
    view.setUint32(8, compressedSize, true);
    view.setUint32(12, size, true);
    this.advance(descriptor.length);
    yield descriptor;
  }

  /** The central directory and its end record; the archive is complete after these bytes. */
  finish(): Uint8Array {
    const start = this.offset;
    const length =
      this.entries.reduce((sum, entry) => sum + CENTRAL_HEADER_LENGTH + entry.name.length, 0) +
      END_OF_CENTRAL_DIRECTORY_LENGTH;
    if (this.entries.length > 0xfffe || start + length > ZIP32_MAX) throw tooLarge();
    const out = new Uint8Array(length);
    const view = new DataView(out.buffer);
    let at = 0;
    for (const entry of this.entries) {
      view.setUint32(at, CENTRAL_HEADER_SIGNATURE, true);
      view.setUint16(at + 4, MADE_BY_UNIX_V20, true);
      view.setUint16(at + 6, VERSION_NEEDED, true);
      view.setUint16(at + 8, entry.flags, true);
      view.setUint16(at + 10, entry.method, true);
      view.setUint16(at + 12, this.time, true);
      view.setUint16(at + 14, this.date, true);
      view.setUint32(at + 16, entry.crc, true);
      view.setUint32(at + 20, entry.compressedSize, true);
      view.setUint32(at + 24, entry.size, true);
      view.setUint16(at + 28, entry.name.length, true);
      // extra field length, comment length, disk number start, internal attributes: all 0
      view.setUint32(at + 38, EXTERNAL_ATTRIBUTES_FILE, true);
      view.setUint32(at + 42, entry.offset, true);
      out.set(entry.name, at + CENTRAL_HEADER_LENGTH);
      at += CENTRAL_HEADER_LENGTH + entry.name.length;
    }
    view.setUint32(at, END_OF_CENTRAL_DIRECTORY_SIGNATURE, true);
    view.setUint16(at + 8, this.entries.length, true);
    view.setUint16(at + 10, this.entries.length, true);
    view.setUint32(at + 12, at, true);
    view.setUint32(at + 16, start, true);
    this.offset += length;
    return out;
  }

  private begin(name: string, method: ZipMethod, flags: number): WrittenEntry {
    const entry: WrittenEntry = {
      name: new TextEncoder().encode(name),
      flags: flags | FLAG_UTF8,
      method: method === 'store' ? METHOD_STORED : METHOD_DEFLATED,
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset: this.offset,
    };
    this.entries.push(entry);
    return entry;
  }

  private localHeader(entry: WrittenEntry): Uint8Array {
    const header = new Uint8Array(LOCAL_HEADER_LENGTH + entry.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL_HEADER_SIGNATURE, true);
    view.setUint16(4, VERSION_NEEDED, true);
    view.setUint16(6, entry.flags, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, this.time, true);
    view.setUint16(12, this.date, true);
    if (!(entry.flags & FLAG_DATA_DESCRIPTOR)) {
      view.setUint32(14, entry.crc, true);
      view.setUint32(18, entry.compressedSize, true);
      view.setUint32(22, entry.size, true);
    }
    view.setUint16(26, entry.name.length, true);
    header.set(entry.name, LOCAL_HEADER_LENGTH);
    this.advance(header.length);
    return header;
  }

  private advance(bytes: number): void {
    this.offset += bytes;
    if (this.offset > ZIP32_MAX) throw tooLarge();
  }
}
