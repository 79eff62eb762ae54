// `dossier validate`: checks a .dossier package through and through (every hostile case the reader knows)
// and says in one line whether it is sound.

import { parseArgs } from 'node:util';
import { readDossierPackage } from '../../shared/package';
import { type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { nodeSha256, withOpenPackage } from '../package-files';

export const validateHelp = `Usage: dossier validate <file.dossier> [--passphrase-file <file>]

Checks a dossier package completely: its ZIP structure, entry names, sizes and checksums, the manifest,
dossier.json against the model, every attachment's SHA-256, and its encryption.

Options:
  --passphrase-file <file>  read the passphrase of an encrypted package from this file (first line)
  --help                    show this help

Exit codes: 0 valid; 1 invalid, with one line that starts with the error code; 2 usage error.`;

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
  if (positionals.length !== 1) throw usageError('validate', 'give exactly one .dossier file');
  const file = positionals[0] as string;
  const result = await withOpenPackage(file, values['passphrase-file'], (bytes, passphrase, signal) =>
    readDossierPackage(bytes, { passphrase, signal, createSha256: nodeSha256 }),
  );
  const { document } = result;
  io.out(
    printable(
      `OK: ${file} is a valid dossier package (format ${result.formatVersion}${result.encrypted ? ', encrypted' : ''}): "${document.dossier.title}", ${document.sources.length} sources, ${document.attachments.length} attachments`,
    ),
  );
  return EXIT_OK;
}
