// `dossier validate`: checks a .dossier package through and through (every hostile case the reader knows)
// and says in one line whether it is sound. Also holds what the package commands share: opening a
// package file for random access, reading a passphrase file, and printing a refusal as one line.

import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  type CreateSha256,
  PackageError,
  type RandomAccessBytes,
  readDossierPackage,
} from '../../shared/package';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../cli-io';

export const validateHelp = `Usage: dossier validate <file.dossier> [--passphrase-file <file>]

Checks a dossier package completely: its ZIP structure, entry names, sizes and checksums, the manifest,
dossier.json against the model, every attachment's SHA-256, and its encryption.

Options:
  --passphrase-file <file>  read the passphrase of an encrypted package from this file (first line)
  --help                    show this help

Exit codes: 0 valid; 1 invalid, with one line that starts with the error code; 2 usage error.`;

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

export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'passphrase-file': { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(validateHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) return usageFailure('validate', 'give exactly one .dossier file', io);
  const file = positionals[0] as string;
  let opened: PackageFile | undefined;
  try {
    const passphrase = values['passphrase-file']
      ? await readPassphraseFile(values['passphrase-file'])
      : undefined;
    opened = await openPackageFile(file);
    const { bytes } = opened;
    const result = await withInterrupt((signal) =>
      readDossierPackage(bytes, { passphrase, signal, createSha256: nodeSha256 }),
    );
    const { document } = result;
    io.out(
      printable(
        `OK: ${file} is a valid dossier package (format ${result.formatVersion}${result.encrypted ? ', encrypted' : ''}): "${document.dossier.title}", ${document.sources.length} sources, ${document.attachments.length} attachments`,
      ),
    );
    return EXIT_OK;
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    await opened?.close();
  }
}
