// `dossier keygen`: a new signing identity for an officer: the private key file (0600, sealed when a key
// passphrase is given) and `<key-file>.card`, the public card colleagues trust.

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createSigningIdentity, keyCardFileText, signingKeyFileText } from '../../shared/package';
import { CliFailure, type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { readPassphraseFile, writeFileAtomically } from '../package-files';

export const keygenHelp = `Usage: dossier keygen --name <name> --out <key-file> [--key-passphrase-file <file>]

Makes a signing key for packing signed packages ("dossier pack --sign-key"). Writes the private key to
<key-file> (readable by you only) and your public card to <key-file>.card: give the card to colleagues,
and read them its fingerprint over the phone so they know it is yours. Keep the key file to yourself.

Options:
  --name <name>                your name as colleagues will see it, e.g. "J. Weber, BKA liaison Rabat"
  --out <key-file>             the private key file to write (never overwritten)
  --key-passphrase-file <file> protect the key file with the passphrase in this file (first line)
  --help                       show this help`;

const PRIVATE_FILE_MODE = 0o600;

export async function runKeygen(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      out: { type: 'string' },
      'key-passphrase-file': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) {
    io.out(keygenHelp);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw usageError('keygen', 'give the file with --out');
  if (values.name === undefined) throw usageError('keygen', 'give your name with --name');
  if (values.out === undefined) throw usageError('keygen', 'give the key file to write with --out');
  const keyFile = values.out;
  const cardFile = `${keyFile}.card`;
  // A key replaced by mistake cannot be had back, and colleagues trust the old one.
  for (const file of [keyFile, cardFile]) {
    if (existsSync(file)) {
      throw new CliFailure(
        'FILE_EXISTS',
        `${file} already exists. Choose another --out, or move it away first.`,
      );
    }
  }
  const keyPassphrase = values['key-passphrase-file']
    ? await readPassphraseFile(values['key-passphrase-file'])
    : undefined;
  const identity = createSigningIdentity(values.name.normalize('NFC'));
  const encoder = new TextEncoder();
  await writeFileAtomically(keyFile, encoder.encode(await signingKeyFileText(identity, keyPassphrase)), {
    mode: PRIVATE_FILE_MODE,
  });
  await writeFileAtomically(cardFile, encoder.encode(keyCardFileText(identity.card)));
  io.out(
    printable(
      `Key for "${identity.card.name}" written to ${keyFile}${keyPassphrase ? ' (protected)' : ''}; card ${cardFile}; fingerprint ${identity.card.fingerprint}`,
    ),
  );
  return EXIT_OK;
}
