// Exit codes and output conventions shared by every `dossier` command.

export const EXIT_OK = 0;
/** Bad input: the file is invalid, unreadable or refused. One line says why. */
export const EXIT_BAD_INPUT = 1;
/** Usage error: unknown command, missing or unknown option. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
