// `dossier pack`: a dossier.json and its attachment files into one .dossier package, optionally
// encrypted. Attachments stream from disk; the package appears under its name only once it is complete.

import { existsSync } from 'node:fs';
import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Attachment } from '../../shared/model';
import {
  type AttachmentBytes,
  describeSigner,
  PackageError,
  writeDossierPackage,
} from '../../shared/package';
import * as briefingState from '../../shared/sharing/briefing-state';
import { CliFailure, type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import {
  fileFailure,
  nodeSha256,
  readPassphraseFile,
  readSigningKey,
  withInterrupt,
  writeFileAtomically,
} from '../package-files';

declare const __APP_VERSION__: string | undefined;

export const packHelp = `Usage: dossier pack <dossier.json> [--attachments <dir>] [--out <file.dossier>] [--passphrase-file <file>]
                    [--sign-key <key-file> [--key-passphrase-file <file>]]

Packs a dossier (a DossierDocument as JSON) and its attachment files into one .dossier package.

Options:
  --attachments <dir>       where the attachment files are: each named by its SHA-256 (as "dossier unpack"
                            writes them) or by its file name; default: the "attachments" folder beside
                            dossier.json
  --out <file.dossier>      the package to write; default: beside dossier.json, named after it
  --passphrase-file <file>  encrypt the package with the passphrase in this file (first line)
  --sign-key <key-file>     sign the package with this key (from "dossier keygen"), so recipients can check
                            who packed it and that nothing changed since
  --key-passphrase-file <file>
                            the passphrase of a protected key file (first line)
  --help                    show this help`;

/** dossier.json is read whole; the writer then refuses more than MAX_DOCUMENT_BYTES of it as compact JSON. */
const MAX_DOCUMENT_FILE_BYTES = 256 * 1024 * 1024;
const READ_BYTES = 1024 * 1024;
const READ_AHEAD = 4;

/** A file's bytes as a web stream that reads only when pulled, so a large file never sits in memory. */
export function fileStream(handle: FileHandle): ReadableStream<Uint8Array> {
  let position = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Not zero-filled: every byte handed on was just read into it.
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, position);
        if (bytesRead === 0) {
          await handle.close();
          controller.close();
          return;
        }
        position += bytesRead;
        controller.enqueue(bytesRead === READ_BYTES ? buffer : buffer.subarray(0, bytesRead));
      },
      async cancel() {
        await handle.close();
      },
    },
    // A few pieces read ahead, so the disk works while the previous piece is hashed and written.
    { highWaterMark: READ_AHEAD },
  );
}

/** A name from dossier.json may be used to find a file only if it cannot leave the folder. */
function isPlainFileName(name: string): boolean {
  return (
    name !== '.' &&
    name !== '..' &&
    !/[/\\]/.test(name) &&
    !name.includes('\0') &&
    path.basename(name) === name &&
    path.win32.basename(name) === name
  );
}

async function openAttachment(dir: string, attachment: Attachment): Promise<AttachmentBytes | undefined> {
  const candidates = [attachment.id, ...(isPlainFileName(attachment.name) ? [attachment.name] : [])];
  for (const name of candidates) {
    const file = path.join(dir, name);
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch {
      continue;
    }
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      continue;
    }
    return fileStream(handle);
  }
  return undefined;
}

async function readDocumentFile(file: string): Promise<unknown> {
  const info = await stat(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  if (!info.isFile()) throw new CliFailure('NOT_A_FILE', `${file} is not a file.`);
  if (info.size > MAX_DOCUMENT_FILE_BYTES) {
    throw new PackageError('TOO_LARGE', `${file} is larger than ${MAX_DOCUMENT_FILE_BYTES} bytes.`);
  }
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PackageError(
      'INVALID_JSON',
      `${file} is not valid JSON (${(error as Error).message}). Fix it, or export it again.`,
    );
  }
}

export async function runPack(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      attachments: { type: 'string' },
      out: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'sign-key': { type: 'string' },
      'key-passphrase-file': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(packHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw usageError('pack', 'give exactly one dossier.json');
  const input = positionals[0] as string;
  const inputDir = path.dirname(input);
  const out = values.out ?? path.join(inputDir, `${path.basename(input, '.json')}.dossier`);
  const defaultAttachments = path.join(inputDir, 'attachments');
  const attachmentsDir =
    values.attachments ?? (existsSync(defaultAttachments) ? defaultAttachments : inputDir);
  if (values['key-passphrase-file'] && !values['sign-key']) {
    throw usageError('pack', '--key-passphrase-file goes with --sign-key');
  }
  const passphrase = values['passphrase-file']
    ? await readPassphraseFile(values['passphrase-file'])
    : undefined;
  const signingKey = values['sign-key']
    ? await readSigningKey(values['sign-key'], values['key-passphrase-file'])
    : undefined;
  // The writer validates it and refuses it with the model's message if anything is wrong.
  const document = (await readDocumentFile(input)) as Parameters<typeof writeDossierPackage>[0];
  let written = 0;
  await withInterrupt((signal) =>
    writeFileAtomically(
      out,
      writeDossierPackage(document, (_id, attachment) => openAttachment(attachmentsDir, attachment), {
        passphrase,
        signingKey,
        signal,
        appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development',
        createSha256: nodeSha256,
        // Plain JSON carries no text state: each briefing's is built here, once, and travels from now on.
        briefingText: briefingState,
        onProgress: (done) => {
          written = done;
        },
      }),
    ),
  );
  const size = (await stat(out)).size;
  const sources = Array.isArray((document as { sources?: unknown }).sources) ? document.sources.length : 0;
  io.out(
    printable(
      `Packed "${document.dossier.title}" into ${out}: ${sources} sources, ${document.attachments.length} attachments, ${written} bytes in, ${size} bytes out${passphrase ? ', encrypted' : ''}${signingKey ? `, signed by ${describeSigner(signingKey.card)}` : ''}`,
    ),
  );
  return EXIT_OK;
}
