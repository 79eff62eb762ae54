// `dossier inspect`: what a .dossier package holds (format version, title, marking, counts, sizes,
// whether it is encrypted), after checking its structure, manifest and dossier.json.

import { parseArgs } from 'node:util';
import { markingLabel } from '../../shared/model';
import { type DossierPackageSummary, describeSigner, inspectDossierPackage } from '../../shared/package';
import { type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { nodeSha256, withOpenPackage } from '../package-files';

export const inspectHelp = `Usage: dossier inspect <file.dossier> [--json] [--passphrase-file <file>]

Shows what a dossier package holds: format version, title, marking, how many sources, entities, timeline
events, briefings and attachments, their sizes, whether it is encrypted, and who signed it. Checks the
package's structure and dossier.json (run "dossier validate" to check every attachment's bytes too).
Without a passphrase, an encrypted package shows only its encryption header (and who signed it).

Options:
  --json                    print the summary as JSON
  --passphrase-file <file>  read the passphrase of an encrypted package from this file (first line)
  --help                    show this help`;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

function summaryLines(file: string, summary: DossierPackageSummary): string[] {
  const lines = [`File:            ${file}, ${formatBytes(summary.packageBytes)}`];
  const written = summary.appVersion
    ? `, written by Dossier Desk ${summary.appVersion} on ${summary.created}`
    : '';
  lines.push(`Format:          ${summary.formatVersion}${written}`);
  const encryption = summary.encryption;
  const kdfCost = encryption?.memoryKiB
    ? `${encryption.memoryKiB} KiB, ${encryption.iterations} passes`
    : `${encryption?.iterations} iterations`;
  lines.push(
    `Encrypted:       ${encryption ? `yes (${encryption.cipher}, ${encryption.kdf} with ${kdfCost})` : 'no'}`,
  );
  // The signature holds (the reader refuses one that does not); whether to trust the key is `verify --trust`.
  lines.push(`Signed by:       ${summary.signer ? describeSigner(summary.signer) : 'nobody (unsigned)'}`);
  if (!summary.unlocked) {
    lines.push('Contents:        locked; give the passphrase with --passphrase-file <file> to see them');
    return lines;
  }
  const { counts, sizes } = summary;
  if (summary.title !== undefined) lines.push(`Title:           ${summary.title}`);
  if (summary.marking) lines.push(`Marking:         ${markingLabel(summary.marking)}`);
  if (counts && sizes) {
    lines.push(
      `Sources:         ${counts.sources}`,
      `Entities:        ${counts.entities}`,
      `Timeline events: ${counts.timelineEvents}`,
      `Briefings:       ${counts.briefings} (${counts.briefingVersions} saved versions)`,
      `Attachments:     ${counts.attachments}, ${formatBytes(sizes.attachments)}`,
      `dossier.json:    ${formatBytes(sizes.document)}`,
      `Unpacked:        ${formatBytes(sizes.uncompressed)}`,
    );
  }
  return lines.map(printable);
}

/** JSON.stringify leaves C1 controls and line separators as they are; a terminal may act on them. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export async function runInspect(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, 'passphrase-file': { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(inspectHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw usageError('inspect', 'give exactly one .dossier file');
  const file = positionals[0] as string;
  const summary = await withOpenPackage(file, values['passphrase-file'], (bytes, passphrase, signal) =>
    inspectDossierPackage(bytes, { passphrase, signal, createSha256: nodeSha256 }),
  );
  if (values.json) io.out(jsonForTerminal({ file, ...summary }));
  else for (const line of summaryLines(file, summary)) io.out(line);
  return EXIT_OK;
}
