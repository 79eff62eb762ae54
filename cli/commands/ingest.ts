// `dossier ingest`: shows what adding a file as a source would save — title, details, kept and dropped
// blocks with reasons, entities and dates — without changing anything, so the clean-up can be checked
// and scripted.

import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DROP_REASON_LABELS,
  type IngestJsonBlock,
  type IngestResult,
  ingestMaterial,
  ingestResultToJson,
  MAX_MATERIAL_BYTES,
  materialTooLarge,
} from '../../shared/ingest';
import {
  type PageFolder,
  type PagePictures,
  pictureMimeType,
  readMaterialFileAndPictures,
} from '../../shared/ingest/readers';
import { CliFailure, type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { cliIngestLibraries } from '../ingest-libraries';
import { fileFailure } from '../package-files';

export const ingestHelp = `Usage: dossier ingest <file> [--json] [--today <YYYY-MM-DD>]

Reads a .txt, .md, .html/.htm, .mhtml/.mht, .docx or .pdf file as Dossier Desk's "Add source" would, and
prints what would be saved: the title, the proposed details (outlet, URL, author, published date,
language), the blocks kept and those dropped with the reason (photo captions, repeated contents,
boilerplate, text in another language), the people, organisations and places it mentions, the dates in
it, and the original kept with the source (name, size, SHA-256). A saved web page's pictures are looked
up in its own folder (page_files/ beside an .html page) or inside the .mhtml, never on the web. Changes
nothing.

Options:
  --json               print one JSON object: title, metadata, kept, dropped, entities, dates
  --today <date>       resolve relative dates ("two months ago") against this day when the file has no
                       published date (default: today)
  --help               show this help`;

function blockLine(block: IngestJsonBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return block.text;
    case 'quote':
      return `> ${block.text}`;
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${item.text}`)
        .join('\n    ');
    case 'table':
      return block.rows.map((row) => `| ${row.join(' | ')} |`).join('\n    ');
  }
}

function shorten(text: string, length = 110): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

interface KeptFile {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

const keptFile = (name: string, bytes: Uint8Array): KeptFile => ({
  name,
  size: bytes.byteLength,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});

function picturesJson(pictures: PagePictures | undefined) {
  if (!pictures) return undefined;
  return {
    found: pictures.found.map((picture) => ({
      reference: picture.reference,
      ...keptFile(picture.name, picture.bytes),
    })),
    missing: [...pictures.missing],
    remote: [...pictures.remote],
    refused: [...pictures.refused],
  };
}

/**
 * An .html page's folder on disk: a picture is read only if it is a picture file inside the page's own
 * folder once links are followed, and no larger than material may be.
 */
function folderBeside(page: string): PageFolder {
  const root = path.dirname(path.resolve(page));
  return async (segments) => {
    const last = segments[segments.length - 1] ?? '';
    const mimeType = pictureMimeType(last);
    if (!mimeType) return undefined;
    try {
      const [realRoot, target] = await Promise.all([realpath(root), realpath(path.join(root, ...segments))]);
      if (!target.startsWith(realRoot + path.sep)) return undefined;
      const info = await stat(target);
      if (!info.isFile() || info.size > MAX_MATERIAL_BYTES) return undefined;
      return {
        reference: segments.join('/'),
        name: last,
        mimeType,
        bytes: new Uint8Array(await readFile(target)),
      };
    } catch {
      return undefined;
    }
  };
}

function textReport(
  file: string,
  result: IngestResult,
  original: KeptFile,
  pictures: ReturnType<typeof picturesJson>,
): string[] {
  const json = ingestResultToJson(result);
  const { metadata } = json;
  const lines = [
    `File:       ${file}`,
    `Title:      ${json.title || '(none found)'}`,
    `Outlet:     ${metadata.outlet || '-'}`,
    `URL:        ${metadata.url || '-'}`,
    `Author:     ${metadata.author || '-'}`,
    `Published:  ${metadata.published || '-'}`,
    `Language:   ${metadata.language || '-'}`,
    '',
    `Kept (${json.kept.length} blocks):`,
    ...json.kept.map((block) => `  ${shorten(blockLine(block), 400)}`),
    '',
    `Dropped (${json.dropped.length} blocks):`,
    ...json.dropped.map((block) => `  [${DROP_REASON_LABELS[block.reason]}] ${shorten(blockLine(block))}`),
    '',
    `Entities (${json.entities.length}):`,
    ...json.entities.map(
      (entity) =>
        `  ${entity.kind.padEnd(12)} ${entity.name}${entity.aliases.length ? ` (${entity.aliases.join(', ')})` : ''}`,
    ),
    '',
    `Dates (${json.dates.length}):`,
    ...json.dates.map(
      (date) => `  ${(date.approximate ? `c. ${date.date}` : date.date).padEnd(13)} ${date.text}`,
    ),
    '',
    `Original:   ${original.name}, ${original.size} bytes, SHA-256 ${original.sha256}`,
    ...(pictures &&
    pictures.found.length + pictures.missing.length + pictures.remote.length + pictures.refused.length > 0
      ? [
          `Pictures (${pictures.found.length} found in the saved page, never fetched):`,
          ...pictures.found.map(
            (picture) => `  ${picture.name}, ${picture.size} bytes, SHA-256 ${picture.sha256}`,
          ),
          ...pictures.missing.map((reference) => `  not given: ${reference}`),
          ...pictures.remote.map((reference) => `  on the web, not fetched: ${reference}`),
          ...pictures.refused.map((reference) => `  refused, outside the page's folder: ${reference}`),
        ]
      : []),
  ];
  return lines.flatMap((line) => line.split('\n')).map(printable);
}

export async function runIngest(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, today: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    io.out(ingestHelp);
    return EXIT_OK;
  }
  const [file, extra] = positionals;
  if (!file) throw usageError('ingest', 'give the file to read');
  if (extra) throw usageError('ingest', `one file at a time (also given: ${extra})`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw usageError('ingest', `--today takes a date written like 2024-02-26, not "${values.today}"`);
  }
  const name = path.basename(file);
  const info = await stat(file).catch((error: unknown) => {
    throw fileFailure(error, file, 'read');
  });
  if (!info.isFile()) throw new CliFailure('NOT_A_FILE', `${file} is not a file.`);
  // Refused before reading, so a huge file never fills memory.
  if (info.size > MAX_MATERIAL_BYTES) throw materialTooLarge(name, info.size);
  const bytes = new Uint8Array(
    await readFile(file).catch((error: unknown) => {
      throw fileFailure(error, file, 'read');
    }),
  );
  const read = await readMaterialFileAndPictures({ name, bytes }, cliIngestLibraries, {
    folder: folderBeside(file),
  });
  const result = ingestMaterial(read.material, values.today ? { today: values.today } : {});
  const original = keptFile(name, bytes);
  const pictures = picturesJson(read.pictures);
  if (values.json)
    io.out(
      JSON.stringify(
        { ...ingestResultToJson(result), original, ...(pictures ? { pictures } : {}) },
        null,
        2,
      ).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`),
    );
  else for (const line of textReport(file, result, original, pictures)) io.out(line);
  return EXIT_OK;
}
