// Bytes in and out of the package code: random-access inputs (a Uint8Array, a Blob or File, or anything
// with `size` and `read`), and the few web-stream helpers the reader and writer share.

import { PackageError } from './package-error';

/** Random access to a package's bytes. `read` returns exactly `length` bytes from `offset`. */
export interface RandomAccessBytes {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A Blob or File (browser, Electron renderer, or Node's `fs.openAsBlob`). */
export interface BlobLike {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/**
 * What `readDossierPackage` reads. Prefer a Blob/File or a RandomAccessBytes for large packages: they are
 * read piece by piece. A ReadableStream is buffered whole first (the ZIP directory sits at the end), up
 * to `limits.maxBufferedStreamBytes`.
 */
export type PackageInput = Uint8Array | BlobLike | RandomAccessBytes | ReadableStream<Uint8Array>;

function isReadableStream(input: unknown): input is ReadableStream<Uint8Array> {
  return typeof (input as ReadableStream | null)?.getReader === 'function';
}

function isRandomAccess(input: unknown): input is RandomAccessBytes {
  return typeof (input as RandomAccessBytes | null)?.read === 'function';
}

/** Base64 of a few bytes (salts, keys, signatures); not for large buffers, which would overflow the call. */
export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function randomAccessFromBytes(bytes: Uint8Array): RandomAccessBytes {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  };
}

function randomAccessFromBlob(blob: BlobLike): RandomAccessBytes {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Wraps a source so a read past its end, or a source that shrank while being read, is a clear error. */
function checked(source: RandomAccessBytes): RandomAccessBytes {
  const size = source.size;
  return {
    size,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        throw new PackageError('ZIP_TRUNCATED', 'Internal error: a read past the end of the package.');
      }
      if (length === 0) return new Uint8Array(0);
      const bytes = await source.read(offset, length);
      if (bytes.length !== length) {
        throw new PackageError(
          'ZIP_TRUNCATED',
          'This dossier cannot be opened: the file became shorter while it was read. Make sure nothing else is writing it, then try again.',
        );
      }
      return bytes;
    },
  };
}

export async function toRandomAccess(
  input: PackageInput,
  maxBufferedStreamBytes: number,
): Promise<RandomAccessBytes> {
  if (input instanceof Uint8Array) return checked(randomAccessFromBytes(input));
  if (isReadableStream(input)) {
    return checked(randomAccessFromBytes(await readStreamFully(input, maxBufferedStreamBytes)));
  }
  if (isRandomAccess(input)) return checked(input);
  return checked(randomAccessFromBlob(input));
}

/** Collects a stream into one array; refuses (and cancels the stream) beyond `max` bytes. */
export async function readStreamFully(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        await reader.cancel();
        throw new PackageError(
          'PACKAGE_TOO_LARGE',
          `This package is larger than ${max} bytes and cannot be read from a stream. Open it as a file instead.`,
        );
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return concatBytes(chunks, total);
}

export function concatBytes(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total ?? chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A pull-driven stream over an async generator: nothing is produced until the consumer asks for it. */
export function streamFromGenerator(generator: AsyncGenerator<Uint8Array, void>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // Skip empty chunks: a consumer waiting on read() should get bytes or the end.
          for (;;) {
            const next = await generator.next();
            if (next.done) {
              controller.close();
              return;
            }
            if (next.value.length > 0) {
              controller.enqueue(next.value);
              return;
            }
          }
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await generator.return();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Reads a stream as an async iterable (ReadableStream is not iterable in every engine we run in). */
export async function* iterateStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array, void> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** UTF-8 to text; `null` when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export function encodeUtf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}
