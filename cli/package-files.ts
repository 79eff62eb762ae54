// What the package commands share: opening a .dossier for random access (with its passphrase file), and
// printing a refusal as one line that starts with its code.

import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { type CreateSha256, PackageError, type RandomAccessBytes } from '../shared/package';
import { type CliIo, EXIT_BAD_INPUT, EXIT_USAGE } from './cli-io';

/** Node's native SHA-256: several times faster than the pure-JS default for large attachments. */
export const nodeSha256: CreateSha256 = () => createHash('sha256');

const MAX_PASSPHRASE_FILE_BYTES = 64 * 1024;

/** A failure the CLI reports with its own code (the file could not be read or written, …). */
export class CliFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The passphrase in a file: its content without one trailing line break (editors add one). */
export async function readPassphraseFile(file: string): Promise<string> {
  const info = await stat(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  if (!info.isFile() || info.size > MAX_PASSPHRASE_FILE_BYTES) {
    throw new CliFailure('PASSPHRASE_FILE_INVALID', `${file} is not a passphrase file (a small text file).`);
  }
  const passphrase = (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  if (passphrase.length === 0) {
    throw new CliFailure(
      'PASSPHRASE_EMPTY',
      `The passphrase file ${file} is empty. Put the passphrase in it.`,
    );
  }
  return passphrase;
}

export interface PackageFile {
  bytes: RandomAccessBytes;
  close(): Promise<void>;
}

/** A package file opened for random access, read piece by piece (never whole). */
export async function openPackageFile(file: string): Promise<PackageFile> {
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CliFailure('NOT_A_FILE', `${file} is not a file.`);
    return {
      bytes: {
        size: info.size,
        async read(offset, length) {
          const buffer = Buffer.allocUnsafe(length);
          let done = 0;
          while (done < length) {
            const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
            if (bytesRead === 0) break;
            done += bytesRead;
          }
          return done === length ? buffer : buffer.subarray(0, done);
        },
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export function fileFailure(error: unknown, file: string, doing: 'read' | 'write'): CliFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliFailure('FILE_NOT_FOUND', `There is no file or folder ${file}.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliFailure(`FILE_${doing.toUpperCase()}_FAILED`, `Permission denied for ${file}.`);
  }
  return new CliFailure(
    `FILE_${doing.toUpperCase()}_FAILED`,
    `Cannot ${doing} ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** Text from a file, made safe for a terminal: no control characters, no second line. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' || c === '\r' ? ' ' : '\uFFFD',
  );
}

/**
 * Prints a refusal as one line, "CODE: message", and returns the exit code. Errors of no known kind are
 * rethrown for main() to report.
 */
export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof PackageError || error instanceof CliFailure) {
    const hint = error.code === 'PASSPHRASE_REQUIRED' ? ' Give it with --passphrase-file <file>.' : '';
    io.err(printable(`${error.code}: ${error.message}${hint}`));
    return EXIT_BAD_INPUT;
  }
  throw error;
}

/** One usage line, and exit code 2. */
export function usageFailure(command: string, problem: string, io: CliIo): number {
  io.err(`dossier ${command}: ${problem}. Run "dossier ${command} --help".`);
  return EXIT_USAGE;
}

/** Runs `work` with an AbortSignal that Ctrl-C fires, so a command can clean up before it exits. */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  try {
    return await work(controller.signal);
  } finally {
    process.removeListener('SIGINT', interrupt);
  }
}

/**
 * Opens a package file (and reads the passphrase file, if one is named), runs `work` with Ctrl-C as an
 * abort signal, and closes the file whatever happens.
 */
export async function withOpenPackage<T>(
  file: string,
  passphraseFile: string | undefined,
  work: (bytes: RandomAccessBytes, passphrase: string | undefined, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const passphrase = passphraseFile ? await readPassphraseFile(passphraseFile) : undefined;
  const opened = await openPackageFile(file);
  try {
    return await withInterrupt((signal) => work(opened.bytes, passphrase, signal));
  } finally {
    await opened.close();
  }
}
