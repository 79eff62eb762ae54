// `dossier unpack`: a .dossier package into a new folder: dossier.json, manifest.json and
// attachments/<sha256>. File names come from validated ids, never from the archive, so nothing can land
// outside --out; everything is written into a hidden folder beside it and renamed only once all is checked.

import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { temporaryPathBeside, writeStream } from '../../shared/atomic-write';
import { DeskError } from '../../shared/errors';
import { sha256Schema } from '../../shared/model';
import { readDossierPackage } from '../../shared/package';
import { CliFailure, type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import {
  fileFailure,
  nodeSha256,
  openPackageFile,
  type PackageFile,
  readPassphraseFile,
  withInterrupt,
} from '../package-files';

export const unpackHelp = `Usage: dossier unpack <file.dossier> --out <dir> [--passphrase-file <file>]

Checks a dossier package completely, then writes it into a new folder:
  <dir>/dossier.json            the dossier (pack it again with "dossier pack <dir>/dossier.json")
  <dir>/manifest.json           the package's manifest
  <dir>/attachments/<sha256>    each attachment, named by its SHA-256 (dossier.json has its name and type)

Nothing is written unless the whole package is sound, and nothing outside <dir>.

Options:
  --out <dir>               the folder to create; it must not exist yet
  --passphrase-file <file>  read the passphrase of an encrypted package from this file (first line)
  --help                    show this help`;

const failedWriting = (target: string) => (error: unknown) => {
  throw fileFailure(error, target, 'write');
};

export async function runUnpack(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(unpackHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw usageError('unpack', 'give exactly one .dossier file');
  if (!values.out) throw usageError('unpack', 'say where to unpack with --out <dir>');
  const file = positionals[0] as string;
  const out = path.resolve(values.out);
  let opened: PackageFile | undefined;
  let staging: string | undefined;
  try {
    if (existsSync(out)) {
      throw new CliFailure(
        'OUT_EXISTS',
        `${values.out} already exists. Choose a new folder; unpack never overwrites.`,
      );
    }
    const passphrase = values['passphrase-file']
      ? await readPassphraseFile(values['passphrase-file'])
      : undefined;
    opened = await openPackageFile(file);
    const { bytes } = opened;
    // Beside --out, so the final rename stays on one file system and is atomic.
    const temporary = temporaryPathBeside(out, 'unpacking');
    // Not recursive: a missing parent folder is an error, not something to create and leave behind.
    await mkdir(temporary).catch(failedWriting(out));
    staging = temporary;
    await mkdir(path.join(temporary, 'attachments'));
    const result = await withInterrupt((signal) =>
      readDossierPackage(bytes, {
        passphrase,
        signal,
        createSha256: nodeSha256,
        async stageAttachment(attachment, stream) {
          // The id passed the model's SHA-256 schema; checked again because it becomes a file name.
          const id = sha256Schema.parse(attachment.id);
          const target = path.join(temporary, 'attachments', id);
          const handle = await open(target, 'wx', 0o644).catch(failedWriting(target));
          try {
            await writeStream(handle, stream).catch((error: unknown) => {
              // A refused package (or a cancel) stays as it is; a failing disk becomes a CliFailure.
              throw error instanceof DeskError ? error : fileFailure(error, target, 'write');
            });
            await handle.sync().catch(failedWriting(target));
          } finally {
            await handle.close();
          }
        },
      }),
    );
    for (const [name, value] of [
      ['dossier.json', result.document],
      ['manifest.json', result.manifest],
    ] as const) {
      const target = path.join(temporary, name);
      await writeFile(target, `${JSON.stringify(value, null, 2)}\n`, { flag: 'wx' }).catch(
        failedWriting(target),
      );
    }
    await rename(temporary, out).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === 'ENOTEMPTY' ||
        (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? new CliFailure('OUT_EXISTS', `${values.out} appeared while unpacking. Choose a new folder.`)
        : fileFailure(error, out, 'write');
    });
    staging = undefined;
    io.out(
      printable(
        `Unpacked "${result.document.dossier.title}" into ${values.out}: dossier.json, manifest.json and ${result.document.attachments.length} attachments`,
      ),
    );
    return EXIT_OK;
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
    await opened?.close();
  }
}
