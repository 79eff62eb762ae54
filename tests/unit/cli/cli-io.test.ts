// The one way the CLI prints a failure: "CODE: message" on one line, nothing a terminal would act on.

import { describe, expect, it } from 'vitest';
import { CliFailure, printable, reportFailure, UsageError, usageError } from '../../../cli/cli-io';
import { CancelledError } from '../../../shared/errors';
import { PackageError } from '../../../shared/package';

function report(error: unknown, command = 'validate') {
  const err: string[] = [];
  const code = reportFailure(error, { out: () => undefined, err: (line) => err.push(line) }, command);
  return { code, err };
}

/** Any character a terminal treats as a control, or that reorders the line it is on. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('printable', () => {
  it('removes ANSI escape sequences whole, not only their ESC', () => {
    expect(printable('Report\u001b[2J\u001b[31m FAKE\u001b[0m')).toBe('Report FAKE');
    expect(printable('a\u001b]0;new window title\u0007b')).toBe('ab');
    expect(printable('a\u009b31mb')).toBe('ab');
  });

  it('puts every line on one, and drops C0, C1 and bidi controls', () => {
    expect(printable('first\r\n  second\u2028third\ttab')).toBe('first second third tab');
    expect(printable('a\u0000b\u0007c\u0085d\u007fe')).toBe('abcde');
    expect(printable('file\u202egnp.exe \u2066x\u2069 \u200fy')).toBe('filegnp.exe x y');
    expect(printable('Morocco–Germany «تعاون» 2024')).toBe('Morocco–Germany «تعاون» 2024');
    expect(printable('  Kept (3 blocks):')).toBe('  Kept (3 blocks):');
    expect(printable(`a${' '.repeat(200_000)}b`)).toHaveLength(200_002);
  });
});

describe('reportFailure', () => {
  it('prints a coded error as one line, code first, and exits 1', () => {
    const { code, err } = report(
      new PackageError('UNSAFE_PATH', 'The entry\n\u001b[31m"../x"\u001b[0m escapes.'),
    );
    expect(code).toBe(1);
    expect(err).toEqual(['UNSAFE_PATH: The entry "../x" escapes.']);
  });

  it('exits 2 for a usage error, and for what Node says of the options', () => {
    expect(report(usageError('validate', 'give exactly one .dossier file'))).toEqual({
      code: 2,
      err: ['USAGE: dossier validate: give exactly one .dossier file. Run "dossier validate --help".'],
    });
    const parseArgs = Object.assign(new TypeError("Unknown option '--\u001b[2Jcolour'."), {
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    });
    expect(report(parseArgs)).toEqual({
      code: 2,
      err: [`USAGE: dossier validate: Unknown option '--colour'. Run "dossier validate --help".`],
    });
    expect(report(new UsageError('dossier: unknown command "x".')).code).toBe(2);
  });

  it('says how to give a passphrase when one is required', () => {
    const { err } = report(new PackageError('PASSPHRASE_REQUIRED', 'This dossier is encrypted.'));
    expect(err).toEqual([
      'PASSPHRASE_REQUIRED: This dossier is encrypted. Give it with --passphrase-file <file>.',
    ]);
  });

  it('prints a cancel and an error of no known kind with a code too', () => {
    expect(report(new CancelledError()).err).toEqual(['CANCELLED: Cancelled. Nothing was kept.']);
    const { code, err } = report(new RangeError('bad\nthing'), 'pack');
    expect(code).toBe(1);
    expect(err).toEqual(['INTERNAL: dossier pack failed: bad thing. Please report this.']);
    expect(report(new CliFailure('NOT_A_FILE', 'x is not a file.')).err[0]).not.toMatch(CONTROLS);
  });
});
