// `dossier merge`: merges a colleague's copy into mine as the app does (three-way against the state both
// last shared, briefing text through its Yjs state), keeps both sides of every conflict, and writes one
// new package; the app asks about conflicts instead, the CLI never decides one.

import { parseArgs } from 'node:util';
import { type DossierPackage, writeDossierPackage } from '../../shared/package';
import {
  choicesForAll,
  findCommonBase,
  type MergeConflict,
  mergeDossiers,
  resolveConflicts,
} from '../../shared/sharing';
import * as briefingState from '../../shared/sharing/briefing-state';
import { type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { nodeSha256, readPassphraseFile, withInterrupt, writeFileAtomically } from '../package-files';
import { readPackageFile } from './diff';
import { jsonForTerminal } from './inspect';

declare const __APP_VERSION__: string | undefined;

export const mergeHelp = `Usage: dossier merge <mine.dossier> <theirs.dossier> --out <merged.dossier> [--json] [--passphrase-file <file>]

Merges a colleague's copy (theirs) into mine, as Dossier Desk does: against the state both copies last
shared (carried in the packages), record by record and field by field, and briefing text as text. Where
both changed the same field differently, both are kept: the record twice, the second one titled
"… (their version)". Prints how many records were added, changed and in conflict.

Options:
  --out <merged.dossier>    the package to write (required); it appears only once complete
  --json                    print the report as JSON
  --passphrase-file <file>  the passphrase of encrypted packages (the same for both), from this file;
                            the merged package is then encrypted with it too
  --help                    show this help

Exit codes: 0 merged; 1 a package is damaged or refused, or the two are not copies of one dossier
(LINEAGE_MISMATCH), with one line that starts with the code; 2 usage error.`;

/** Conflicting records, each once: what a reader counts as "in conflict". */
function recordsInConflict(conflicts: readonly MergeConflict[]): number {
  return new Set(conflicts.map((conflict) => `${conflict.kind}/${conflict.recordId}`)).size;
}

/** Merges two checked packages; the base is the newest shared state either package carries. */
export function mergePackages(mine: DossierPackage, theirs: DossierPackage) {
  const base = findCommonBase(mine.document, theirs.document, [theirs.base, mine.base]);
  const merged = mergeDossiers({
    base,
    mine: mine.document,
    theirs: theirs.document,
    states: { mine: mine.briefingStates, theirs: theirs.briefingStates },
    text: briefingState,
  });
  return { conflicts: merged.conflicts, result: resolveConflicts(merged, choicesForAll(merged, 'both')) };
}

export async function runMerge(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(mergeHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 2)
    throw usageError('merge', 'give exactly two .dossier files, mine then theirs');
  if (!values.out) throw usageError('merge', 'say where to write the merged package with --out');
  const [mineFile, theirsFile] = positionals as [string, string];
  const out = values.out;
  {
    const passphraseFile = values['passphrase-file'];
    const mine = await readPackageFile(mineFile, passphraseFile);
    const theirs = await readPackageFile(theirsFile, passphraseFile);
    const { conflicts, result } = mergePackages(mine, theirs);
    const passphrase = passphraseFile ? await readPassphraseFile(passphraseFile) : undefined;
    const attachment = (id: string) =>
      mine.attachments.has(id)
        ? mine.attachments.stream(id)
        : theirs.attachments.has(id)
          ? theirs.attachments.stream(id)
          : undefined;
    // Their copy is the newest state both sides now share: the next exchange merges against it.
    const base = theirs.document.dossier.lineage ? theirs.document : undefined;
    await withInterrupt(async (signal) =>
      writeFileAtomically(
        out,
        writeDossierPackage(result.merged, attachment, {
          passphrase,
          signal,
          appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development',
          createSha256: nodeSha256,
          briefingStates: result.states,
          briefingText: briefingState,
          base,
        }),
      ),
    );
    const { report } = result;
    const inConflict = recordsInConflict(conflicts);
    if (values.json) {
      io.out(
        jsonForTerminal({
          out,
          firstExchange: report.firstExchange,
          added: report.added,
          changed: report.changed,
          removed: report.removed,
          inConflict,
          textMerged: report.textMerged,
          byKind: report.byKind,
          conflicts: conflicts.map(({ kind, recordId, label, field, mine: m, theirs: t }) => ({
            kind,
            recordId,
            label,
            field,
            mine: m,
            theirs: t,
          })),
          flagged: report.flagged,
        }),
      );
    } else {
      io.out(
        printable(
          `Merged "${result.merged.dossier.title}" into ${out}: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${inConflict} in conflict (both kept)${report.textMerged > 0 ? `, ${report.textMerged} briefings merged as text` : ''}${report.firstExchange ? '; no common ancestor, so merged as a first exchange' : ''}`,
        ),
      );
      for (const conflict of conflicts) {
        io.out(printable(`  conflict: ${conflict.kind} "${conflict.label}" ${conflict.field}: both kept`));
      }
      for (const flag of report.flagged) {
        io.out(printable(`  kept: ${flag.kind} "${flag.label}" (${flag.reason.replaceAll('-', ' ')})`));
      }
    }
  }
  return EXIT_OK;
}
