// `dossier ingest`: shows what adding a file as a source would save — title, details, kept and dropped
// blocks with reasons, entities and dates — without changing anything, so the clean-up can be checked
// and scripted.

import { readFile, stat } from 'node:fs/promises';
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
import { readMaterialFile } from '../../shared/ingest/readers';
import { CliFailure, type CliIo, EXIT_OK, printable, usageError } from '../cli-io';
import { cliIngestLibraries } from '../ingest-libraries';
import { fileFailure } from '../package-files';

export const ingestHelp = `Usage: dossier ingest <file> [--json] [--today <YYYY-MM-DD>]

Reads a .txt, .md, .html/.htm, .docx or .pdf file as Dossier Desk's "Add source" would, and prints what
would be saved: the title, the proposed details (outlet, URL, author, published date, language), the
blocks kept and those dropped with the reason (photo captions, repeated contents, boilerplate, text in
another language), the people, organisations and places it mentions, and the dates in it. Changes
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

function textReport(file: string, result: IngestResult): string[] {
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
  const material = await readMaterialFile({ name, bytes }, cliIngestLibraries);
  const result = ingestMaterial(material, values.today ? { today: values.today } : {});
  if (values.json)
    io.out(
      JSON.stringify(ingestResultToJson(result), null, 2).replace(
        /[\u2028\u2029]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16)}`,
      ),
    );
  else for (const line of textReport(file, result)) io.out(line);
  return EXIT_OK;
}
