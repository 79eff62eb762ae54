// Exit codes, output, and the one way every `dossier` command reports a failure: one line, its code first,
// with nothing in it a terminal would act on.

import { DeskError, errorMessage } from '../shared/errors';

export const EXIT_OK = 0;
/** Bad input: the file is invalid, unreadable or refused. One line says why. */
export const EXIT_BAD_INPUT = 1;
/** Usage error: unknown command, missing or unknown option. */
export const EXIT_USAGE = 2;

/** The command line was wrong; the message says how to get help. Exits 2. */
export class UsageError extends DeskError<'USAGE'> {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** "dossier <command>: <problem>. Run "dossier <command> --help"." */
export function usageError(command: string, problem: string): UsageError {
  return new UsageError(`dossier ${command}: ${problem}. Run "dossier ${command} --help".`);
}

/** A failure the CLI reports with its own code (the file could not be read or written, …). */
export class CliFailure extends DeskError {
  override readonly name = 'CliFailure';
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

// CSI and OSC sequences go whole: removing only their ESC would leave "[2J" or "]0;title" in the line.
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]?/g;
const LINE_BREAKS = /[\n\r\u2028\u2029]+/;
/** C0 and C1 controls, and the bidi controls that can make a line read in another order than it is. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Lines joined by one space. Trimmed piece by piece, not by a regex: a long run of spaces stays linear. */
function oneLine(text: string): string {
  const lines = text.split(LINE_BREAKS);
  const last = lines.length - 1;
  return lines
    .map((line, index) => {
      const start = index > 0 ? line.trimStart() : line;
      return index < last ? start.trimEnd() : start;
    })
    .join(' ');
}

/** Text made safe for a terminal, on one line: escape sequences and controls removed, line breaks a space. */
export function printable(text: string): string {
  return oneLine(text.replace(ESCAPE_SEQUENCE, '')).replace(/\t/g, ' ').replace(CONTROL, '');
}

function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** Any failure as a coded error: the app's own as they are, Node's option parsing as a usage error. */
function codedFailure(error: unknown, command: string): DeskError {
  if (error instanceof DeskError) return error;
  if (isParseArgsError(error)) return usageError(command, error.message.replace(/\.$/, ''));
  const detail = errorMessage(error);
  return new CliFailure('INTERNAL', `dossier ${command} failed: ${detail}. Please report this.`);
}

/** Prints a failure as one line, "CODE: message", and returns its exit code: 2 for usage, 1 otherwise. */
export function reportFailure(error: unknown, io: CliIo, command: string): number {
  const failure = codedFailure(error, command);
  const hint = failure.code === 'PASSPHRASE_REQUIRED' ? ' Give it with --passphrase-file <file>.' : '';
  io.err(printable(`${failure.code}: ${failure.message}${hint}`));
  return failure instanceof UsageError ? EXIT_USAGE : EXIT_BAD_INPUT;
}
