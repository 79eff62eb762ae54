// What the commands share about files: opening a .dossier for random access (with its passphrase file),
// writing a file atomically, and turning Node's file errors into coded failures.

import { createHash } from 'node:crypto';
import * as nodeFiles from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../shared/atomic-write';
import { DeskError, errorMessage } from '../shared/errors';
import type { CreateSha256, RandomAccessBytes, SigningIdentity } from '../shared/package';
import { CliFailure } from './cli-io';

const { open, readFile, stat } = nodeFiles;

/** Node's native SHA-256: several times faster than the pure-JS default for large attachments. */
export const nodeSha256: CreateSha256 = () => createHash('sha256');

const MAX_PASSPHRASE_FILE_BYTES = 64 * 1024;
/** Key and card files are a few hundred bytes. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** A small text file (a key or a card), whole; `what` names it in the refusal. */
export async function readSmallTextFile(file: string, what: string, code: string): Promise<string> {
  const info = await stat(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  if (!info.isFile() || info.size > MAX_KEY_FILE_BYTES) {
    throw new CliFailure(code, `${file} is not ${what} (a small text file).`);
  }
  return readFile(file, 'utf8');
}

/** The signing key in a key file, unsealed with the key passphrase in `passphraseFile` if it is protected. */
export async function readSigningKey(
  keyFile: string,
  passphraseFile: string | undefined,
): Promise<SigningIdentity> {
  const text = await readSmallTextFile(keyFile, 'a signing key file', 'KEY_FILE_INVALID');
  const keyPassphrase = passphraseFile ? await readPassphraseFile(passphraseFile) : undefined;
  // Loaded here, not above: commands that only read or write files must not load the package reader.
  const { openSigningKeyFile } = await import('../shared/package');
  return openSigningKeyFile(text, keyPassphrase);
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
  // Writing creates the file, so what is missing is its folder.
  if (code === 'ENOENT' && doing === 'write') {
    return new CliFailure(
      'FILE_NOT_FOUND',
      `There is no folder ${path.dirname(file)}. Create it, or write elsewhere.`,
    );
  }
  if (code === 'ENOENT') return new CliFailure('FILE_NOT_FOUND', `There is no file or folder ${file}.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliFailure(`FILE_${doing.toUpperCase()}_FAILED`, `Permission denied for ${file}.`);
  }
  return new CliFailure(
    `FILE_${doing.toUpperCase()}_FAILED`,
    `Cannot ${doing} ${file}: ${errorMessage(error)}`,
  );
}

/**
 * Writes `content` to `file` through the app's one atomic write on Node's file system. A refusal from the
 * content's own stream (a PackageError, a cancel) stays as it is; a failing disk becomes a CliFailure.
 */
export async function writeFileAtomically(
  file: string,
  content: Uint8Array | ReadableStream<Uint8Array>,
  options: { mode?: number } = {},
): Promise<void> {
  await writeAtomically(nodeFiles, file, content, options).catch((error: unknown) => {
    throw error instanceof DeskError ? error : fileFailure(error, file, 'write');
  });
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
