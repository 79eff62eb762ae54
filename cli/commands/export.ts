// `dossier export`: writes one briefing of a dossier as a Word document, with the same exporter the app uses.
// It reads a .dossier package (through the one package reader) or the dossier's JSON document.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AttachmentReader,
  describeMarkingCheck,
  exportBriefingToDocx,
  findBriefing,
  findTemplate,
  type OfficeReference,
  REFERENCE_LIMITS,
  ReferenceDocumentError,
  readOfficeReference,
} from '../../shared/export';
import { isLanguage, LANGUAGES } from '../../shared/i18n/languages';
import { type DossierDocument, imageAttachmentIds, parseDossierDocument } from '../../shared/model';
import { ENCRYPTED_PACKAGE_MAGIC } from '../../shared/package/package-magic';
import { CliFailure, type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import {
  fileFailure,
  nodeSha256,
  openPackageFile,
  readPassphraseFile,
  writeFileAtomically,
} from '../package-files';
import { readTemplates } from './templates';

export const exportHelp = `Usage: dossier export <dossier-file> [--briefing <id or title>] [--template <name>] [--language <en|fr|de|ar>] [--out <file.docx>] [--changes-since <version>]

Exports a briefing of a dossier to Word (.docx), laid out by a template.

  <dossier-file>         a .dossier package, or the dossier's JSON document (images are
                         then read from an "attachments" folder beside it, each file
                         named by its SHA-256)

Options:
  --briefing <id|title>  the briefing to export (default: the first)
  --template <name>      the template to lay it out with (default: the briefing's own;
                         "dossier templates" lists them)
  --language <code>      the language of its labels and dates: en, fr, de or ar
                         (default: the briefing's own)
  --changes-since <version>
                         mark what changed since this saved version (its name or id)
                         as Word's tracked changes, for a reviewer to accept or reject
  --out <file.docx>      where to write it (default: the briefing's title, next to the input)
  --reference <file>     an office's Word template (.dotx or .docx) whose styles, theme,
                         page setup, header and footer the document takes; the marking
                         stays at the top and bottom of every page
  --passphrase-file F    the passphrase of an encrypted .dossier, read from file F
  --help                 show this help

Prints the path of the written file. A warning goes to stderr when the briefing is marked
lower than a source it cites.`;

/** A dossier as the exporter needs it: the document, and the bytes of its attachments. */
export interface DossierInput {
  readonly document: DossierDocument;
  readonly readAttachment: AttachmentReader;
}

export type DossierReader = (file: string, options: { passphrase?: string }) => Promise<DossierInput>;

/**
 * Reads a DossierDocument JSON file; attachments come from `attachments/<sha256>` beside it, and a file
 * whose bytes do not hash to its name is ignored rather than embedded.
 */
export async function readDossierFile(
  file: string,
  options: { passphrase?: string } = {},
): Promise<DossierInput> {
  const bytes = await readFile(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isEncrypted = ENCRYPTED_PACKAGE_MAGIC.every((byte, index) => bytes[index] === byte);
  if (isZip || isEncrypted) return readDossierPackageFile(file, options.passphrase);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CliFailure(
      'INVALID_JSON',
      `${file} is not JSON: ${(error as Error).message}. Give a .dossier package or a dossier's JSON document.`,
    );
  }
  const document = parseDossierDocument(json);
  const folder = path.join(path.dirname(file), 'attachments');
  const attachments = new Map<string, Uint8Array>();
  for (const { id } of document.attachments) {
    try {
      const data = await readFile(path.join(folder, id));
      if (createHash('sha256').update(data).digest('hex') === id) attachments.set(id, new Uint8Array(data));
    } catch {
      // Missing bytes are reported by the exporter as a warning, where the image would be.
    }
  }
  return { document, readAttachment: (sha256) => attachments.get(sha256) };
}

/** A .dossier package, checked whole by the package reader; its attachments are read from it on demand. */
async function readDossierPackageFile(file: string, passphrase: string | undefined): Promise<DossierInput> {
  // The package reader (with its cryptography and the CRDT) loads only for a package: a JSON document's
  // export does not wait for it.
  const { readDossierPackage } = await import('../../shared/package');
  const opened = await openPackageFile(file);
  try {
    const pkg = await readDossierPackage(opened.bytes, {
      ...(passphrase ? { passphrase } : {}),
      createSha256: nodeSha256,
    });
    const attachments = new Map<string, Uint8Array>();
    for (const id of new Set(
      pkg.document.briefings.flatMap((briefing) => imageAttachmentIds(briefing.content)),
    )) {
      if (pkg.attachments.has(id)) attachments.set(id, await pkg.attachments.bytes(id));
    }
    return { document: pkg.document, readAttachment: (sha256) => attachments.get(sha256) };
  } finally {
    await opened.close();
  }
}

/** An office's .dotx/.docx, checked as hostile input; a file too large is refused before it is read. */
async function readReferenceFile(file: string): Promise<OfficeReference> {
  const info = await stat(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  if (info.size > REFERENCE_LIMITS.maxFileBytes) {
    throw new ReferenceDocumentError(
      'REFERENCE_TOO_LARGE',
      `${file} cannot be used as a template: it is larger than the ${REFERENCE_LIMITS.maxFileBytes / 1024 / 1024} MB a template may be. Remove large pictures from it, save it again and try again.`,
    );
  }
  const bytes = await readFile(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  return readOfficeReference(new Uint8Array(bytes));
}

export async function runExport(
  args: string[],
  io: CliIo,
  templatesDir: string,
  readDossier: DossierReader = readDossierFile,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      briefing: { type: 'string' },
      template: { type: 'string' },
      language: { type: 'string' },
      out: { type: 'string' },
      'changes-since': { type: 'string' },
      'passphrase-file': { type: 'string' },
      reference: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    io.out(exportHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw usageError(
      'export',
      positionals.length === 0 ? 'name the dossier file to export' : 'give one dossier file only',
    );
  }
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.docx')) {
    throw usageError('export', '--out must name a .docx file');
  }
  const language = values.language?.trim().toLowerCase();
  if (language !== undefined && !isLanguage(language)) {
    throw usageError('export', `--language must be one of ${LANGUAGES.join(', ')}`);
  }
  const input = positionals[0] as string;
  const passphraseFile = values['passphrase-file'];
  const passphrase = passphraseFile ? await readPassphraseFile(passphraseFile) : undefined;
  const { document, readAttachment } = await readDossier(input, passphrase ? { passphrase } : {});
  const briefing = findBriefing(document, values.briefing);
  const template = findTemplate(await readTemplates(templatesDir), values.template ?? briefing.templateId);
  const changesSince = values['changes-since'];
  const reference = values.reference === undefined ? undefined : await readReferenceFile(values.reference);
  for (const notice of reference?.notices ?? [])
    io.err(printable(`dossier export: warning: ${notice.message}`));
  const result = await exportBriefingToDocx({
    document,
    briefing: briefing.id,
    template,
    readAttachment,
    ...(language ? { language } : {}),
    ...(changesSince === undefined ? {} : { changesSince }),
    ...(reference ? { reference } : {}),
  });
  const markingWarning = describeMarkingCheck(result.markingCheck, briefing);
  // A warning quotes the dossier (an image's name, a marking), so it is made printable like a failure.
  if (markingWarning) io.err(printable(`dossier export: warning: ${markingWarning}`));
  for (const warning of result.warnings) io.err(printable(`dossier export: warning: ${warning.message}`));
  const target = path.resolve(values.out ?? path.join(path.dirname(input), result.fileName));
  await writeFileAtomically(target, result.bytes);
  io.out(target);
  return EXIT_OK;
}
