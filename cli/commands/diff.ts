// `dossier diff`: what differs between two .dossier packages, by record kind (added, changed with the
// fields that changed, removed), after checking both through and through.

import { parseArgs } from 'node:util';
import { readDossierPackage } from '../../shared/package';
import { type DossierDiff, diffDossiers, RECORD_KINDS, type RecordKind } from '../../shared/sharing';
import { type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { nodeSha256, withOpenPackage } from '../package-files';
import { jsonForTerminal } from './inspect';

export const diffHelp = `Usage: dossier diff <a.dossier> <b.dossier> [--json] [--passphrase-file <file>]

Lists what differs from the first package to the second: the dossier's own fields, then sources,
entities, timeline events and briefings (added, changed with the names of the fields, removed), and
attachments. Both packages are checked completely first.

Options:
  --json                    print the differences as JSON
  --passphrase-file <file>  the passphrase of encrypted packages (the same for both), from this file
  --help                    show this help

Exit codes: 0 compared (whether or not they differ); 1 a package is damaged or refused, with one line
that starts with the error code; 2 usage error.`;

const KIND_NAMES: Record<RecordKind, string> = {
  sources: 'Sources',
  entities: 'Entities',
  timeline: 'Timeline events',
  briefings: 'Briefings',
};

export function diffLines(diff: DossierDiff): string[] {
  if (diff.identical) return ['No differences.'];
  const lines: string[] = [];
  if (diff.dossier.length > 0) lines.push(`Dossier: ${diff.dossier.join(', ')} changed`);
  for (const kind of RECORD_KINDS) {
    const { added, changed, removed } = diff[kind];
    if (added.length + changed.length + removed.length === 0) continue;
    lines.push(
      `${KIND_NAMES[kind]}: ${added.length} added, ${changed.length} changed, ${removed.length} removed`,
    );
    for (const record of added) lines.push(`  + ${record.id} "${record.label}"`);
    for (const record of changed)
      lines.push(`  ~ ${record.id} "${record.label}" (${record.fields.join(', ')})`);
    for (const record of removed) lines.push(`  - ${record.id} "${record.label}"`);
  }
  const { attachments } = diff;
  if (attachments.added.length + attachments.removed.length > 0) {
    lines.push(`Attachments: ${attachments.added.length} added, ${attachments.removed.length} removed`);
    for (const attachment of attachments.added) lines.push(`  + ${attachment.label}`);
    for (const attachment of attachments.removed) lines.push(`  - ${attachment.label}`);
  }
  return lines.map(printable);
}

/** A package read whole and checked, for commands that compare or merge two. */
export function readPackageFile(file: string, passphraseFile: string | undefined) {
  return withOpenPackage(file, passphraseFile, (bytes, passphrase, signal) =>
    readDossierPackage(bytes, { passphrase, signal, createSha256: nodeSha256 }),
  );
}

export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, 'passphrase-file': { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(diffHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw usageError('diff', 'give exactly two .dossier files');
  const [a, b] = positionals as [string, string];
  const before = await readPackageFile(a, values['passphrase-file']);
  const after = await readPackageFile(b, values['passphrase-file']);
  const diff = diffDossiers(before.document, after.document);
  if (values.json) io.out(jsonForTerminal({ a, b, ...diff }));
  else for (const line of diffLines(diff)) io.out(line);
  return EXIT_OK;
}
