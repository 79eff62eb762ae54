// The one atomic write of the app (main process and CLI alike): bytes or a stream go to a temp file beside
// the target, are flushed, take the replaced file's mode, and are renamed over it. Written against a small
// file-system interface that Node's `fs/promises` satisfies, since shared/ may not import Node.

export interface AtomicWriteHandle {
  write(bytes: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteFiles {
  stat(path: string): Promise<{ mode: number; isFile(): boolean }>;
  /** Called with flags 'wx': the temp file is always new, never someone else's. */
  open(path: string, flags: 'wx', mode: number): Promise<AtomicWriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** What a new file gets, before the umask: the same as any other program's new file. */
const NEW_FILE_MODE = 0o666;
/** A long name plus the suffix could pass the 255-byte limit of a file name; the temp name needs no more. */
const MAX_NAME_IN_TEMP = 64;

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * A hidden, unused path in the same folder as `target` (so the final rename never crosses file systems):
 * `.<name>.<random>.<kind>`. Either separator ends the folder: a name cut at a backslash on Linux still
 * puts the temp path in the same folder.
 */
export function temporaryPathBeside(target: string, kind = 'tmp'): string {
  const cut = Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\')) + 1;
  const name = target.slice(cut).slice(0, MAX_NAME_IN_TEMP);
  return `${target.slice(0, cut)}.${name}.${randomHex(6)}.${kind}`;
}

async function writeBytes(handle: AtomicWriteHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
  }
}

/**
 * Writes a stream to an open file. The next piece is produced while this one is written; if writing
 * fails, the stream is cancelled.
 */
export async function writeStream(
  handle: AtomicWriteHandle,
  stream: ReadableStream<Uint8Array>,
): Promise<void> {
  const reader = stream.getReader();
  // A read asked for ahead may fail while a write is under way; it is awaited later, so it must not count
  // as an unhandled rejection meanwhile.
  const readAhead = () => {
    const read = reader.read();
    read.catch(() => undefined);
    return read;
  };
  let next = readAhead();
  try {
    for (;;) {
      const { value, done } = await next;
      if (done) return;
      next = readAhead();
      await writeBytes(handle, value);
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
}

/** The permission bits of the file about to be replaced; undefined when there is none to keep. */
async function keptMode(files: AtomicWriteFiles, target: string): Promise<number | undefined> {
  try {
    const info = await files.stat(target);
    return info.isFile() ? info.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces `target` with `content`, or leaves it exactly as it was: on any failure (a full disk, a stream
 * that errors, a refused rename) the temp file is removed and the error is thrown as it came.
 */
export async function writeAtomically(
  files: AtomicWriteFiles,
  target: string,
  content: Uint8Array | ReadableStream<Uint8Array>,
  /** `mode` sets the file's permissions whatever it replaces (0o600 for a private key). */
  options: { mode?: number } = {},
): Promise<void> {
  const mode = options.mode ?? (await keptMode(files, target));
  const temporary = temporaryPathBeside(target);
  // Created with the kept mode already, so a 0600 file's new bytes are never readable by others meanwhile.
  const handle = await files.open(temporary, 'wx', mode ?? NEW_FILE_MODE);
  let open = true;
  try {
    // The umask may have cleared bits of the kept mode at creation; chmod is not subject to it.
    if (mode !== undefined) await handle.chmod(mode);
    if (content instanceof Uint8Array) await writeBytes(handle, content);
    else await writeStream(handle, content);
    await handle.sync();
    open = false;
    await handle.close();
    await files.rename(temporary, target);
  } catch (error) {
    if (open) await handle.close().catch(() => undefined);
    await files.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
