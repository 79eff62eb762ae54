// The `dossier` command line: validates, inspects and exports dossiers without the app.
// A thin shell over shared/; each command lives in cli/commands/ and is loaded only when it runs, so a
// quick command does not pay for the Word exporter, the package reader or the CRDT.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliFailure, type CliIo, EXIT_OK, EXIT_USAGE, processIo, reportFailure, UsageError } from './cli-io';

declare const __APP_VERSION__: string | undefined;

export const mainHelp = `Usage: dossier <command> [options]

Commands:
  diff         list what differs between two .dossier packages
  export       export a briefing to Word (.docx)
  ingest       show what adding a file as a source would save (changes nothing)
  inspect      show what a .dossier package holds
  keygen       make a signing key and its public card
  merge        merge a colleague's copy of a dossier into mine, keeping both sides of every conflict
  pack         pack a dossier.json and its attachments into a .dossier package
  templates    list the briefing templates
  unpack       check a .dossier package and unpack it into a new folder
  validate     check a .dossier package through and through
  verify       say who signed a .dossier package, and whether it changed since

Options:
  --help       show help (also: dossier <command> --help)
  --version    print the version

Exit codes: 0 success, 1 bad input (one line says why), 2 usage error.`;

/** The shipped templates/ folder: beside cli/ in the sources, two levels up from dist/cli/ in the bundle. */
function templatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 4; level++) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(candidate, 'briefing-note.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new CliFailure(
    'TEMPLATES_MISSING',
    'The templates folder of Dossier Desk is missing. Reinstall the app.',
  );
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(mainHelp);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  if (command === '--version') {
    io.out(typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development');
    return EXIT_OK;
  }
  try {
    switch (command) {
      case 'diff':
        return await (await import('./commands/diff')).runDiff(rest, io);
      case 'export':
        return await (await import('./commands/export')).runExport(rest, io, templatesDir());
      case 'ingest':
        return await (await import('./commands/ingest')).runIngest(rest, io);
      case 'inspect':
        return await (await import('./commands/inspect')).runInspect(rest, io);
      case 'keygen':
        return await (await import('./commands/keygen')).runKeygen(rest, io);
      case 'merge':
        return await (await import('./commands/merge')).runMerge(rest, io);
      case 'pack':
        return await (await import('./commands/pack')).runPack(rest, io);
      case 'templates':
        return await (await import('./commands/templates')).runTemplates(rest, io, templatesDir());
      case 'unpack':
        return await (await import('./commands/unpack')).runUnpack(rest, io);
      case 'validate':
        return await (await import('./commands/validate')).runValidate(rest, io);
      case 'verify':
        return await (await import('./commands/verify')).runVerify(rest, io);
      default:
        throw new UsageError(`dossier: unknown command "${command}". Run "dossier --help" for the list.`);
    }
  } catch (error) {
    // Every command's failure ends here, so each is printed the same way.
    return reportFailure(error, io, command);
  }
}
