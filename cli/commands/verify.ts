// `dossier verify`: who signed a .dossier package, and whether it is unchanged since; with --trust, also
// whether the signer is one of the colleagues whose cards are given. One line either way.

import { parseArgs } from 'node:util';
import {
  checkSignerTrusted,
  describeSigner,
  readDossierPackage,
  readKeyCardFile,
  type SignerCard,
} from '../../shared/package';
import { type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { nodeSha256, readSmallTextFile, withOpenPackage } from '../package-files';

export const verifyHelp = `Usage: dossier verify <file.dossier> [--trust <card>…] [--passphrase-file <file>]

Checks a dossier package through and through (as "dossier validate" does) and its signature: says who
signed it when the signature holds. With --trust, the signer must also be one of the cards given.

Options:
  --trust <card>            a colleague's card (<key-file>.card from "dossier keygen"); repeat for more
  --passphrase-file <file>  read the passphrase of an encrypted package from this file (first line)
  --help                    show this help

Exit codes: 0 signed (by a trusted key, with --trust); 1 otherwise, with one line that starts with the code:
UNSIGNED, SIGNATURE_INVALID, UNKNOWN_SIGNER, or what else is wrong with the file; 2 usage error.`;

export async function runVerify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      trust: { type: 'string', multiple: true },
      'passphrase-file': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(verifyHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw usageError('verify', 'give exactly one .dossier file');
  const file = positionals[0] as string;
  const trusted: SignerCard[] = [];
  for (const card of values.trust ?? []) {
    trusted.push(readKeyCardFile(await readSmallTextFile(card, 'a key card', 'SIGNER_CARD_INVALID')));
  }
  const result = await withOpenPackage(file, values['passphrase-file'], (bytes, passphrase, signal) =>
    readDossierPackage(bytes, { passphrase, signal, createSha256: nodeSha256 }),
  );
  if (values.trust) {
    const signer = checkSignerTrusted(result.signer, trusted);
    io.out(
      printable(`OK: ${file} is signed by ${describeSigner(signer)}, a trusted key, and unchanged since`),
    );
  } else {
    const signer = checkSignerTrusted(result.signer, result.signer ? [result.signer] : []);
    io.out(
      printable(
        `OK: ${file} is signed by ${describeSigner(signer)} and unchanged since (compare the fingerprint with the sender, or give --trust <card>)`,
      ),
    );
  }
  return EXIT_OK;
}
