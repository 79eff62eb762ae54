// The clean-up from raw material to what would be saved: blocks cut from the material, byline and date
// lines read, packaging dropped, details proposed, and the entities and dates of what is kept suggested.
// Pure and synchronous: the same material (and day) always gives the same result.

import { blockText, cleanUpBlocks, listTexts } from './cleanup';
import { findDates } from './dates';
import { findEntities } from './entities';
import { IngestError } from './ingest-error';
import { detectLanguage } from './language';
import { blocksFromMarkdown } from './markdown-blocks';
import type { DateSuggestion, IngestBlock, IngestResult, Material, ReviewedBlock } from './material';
import { findMetadataLines, proposeMetadata } from './metadata';
import { blocksFromPlainText } from './text-blocks';

export interface IngestOptions {
  /** The day relative dates are resolved against when the material has no published date (ISO day). */
  readonly today?: string;
}

function blocksOf(material: Material): readonly IngestBlock[] {
  switch (material.kind) {
    case 'text':
      return blocksFromPlainText(material.text);
    case 'markdown':
      return blocksFromMarkdown(material.text);
    case 'blocks':
      return material.blocks;
  }
}

/** The running text of a kept block, where names and dates are looked for (tables hold figures, not prose). */
function proseOf(block: IngestBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      return [block.text];
    case 'list':
      return listTexts(block);
    default:
      return [];
  }
}

function todayOf(options: IngestOptions): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}

/**
 * The dates in the blocks `keep` accepts, resolved against a published date: what the review shows again
 * when the user corrects the date or brings a block back.
 */
export function datesOfBlocks(
  blocks: readonly ReviewedBlock[],
  keep: (block: ReviewedBlock) => boolean,
  published: string,
  options: IngestOptions = {},
): DateSuggestion[] {
  const prose = blocks.filter(keep).flatMap(({ block }) => proseOf(block));
  // The review asks again after each change: the language is read from what is kept, as ingestMaterial does.
  const language = detectLanguage(prose.join(' '));
  return findDates(prose, {
    ...(published ? { published } : {}),
    today: todayOf(options),
    ...(language ? { language } : {}),
  });
}

export function ingestMaterial(material: Material, options: IngestOptions = {}): IngestResult {
  const blocks = blocksOf(material);
  if (!blocks.some((block) => /[\p{L}\p{N}]/u.test(blockText(block)))) {
    throw new IngestError('EMPTY', 'There is no text to add. Paste or drop an article, a report or a note.');
  }
  const hints = material.kind === 'blocks' ? material.hints : undefined;
  const lines = findMetadataLines(blocks);
  const cleaned = cleanUpBlocks(blocks, {
    ...(hints?.title ? { titleHint: hints.title } : {}),
    ...(hints?.outlet ? { outletHint: hints.outlet } : {}),
    metadataLines: lines.indexes,
    // A Word or PDF document's cover page is its own, not a site's furniture.
    pageEdges: !(material.kind === 'blocks' && /\.(?:docx|pdf)$/i.test(material.name ?? '')),
  });
  const metadata = proposeMetadata(hints, lines, cleaned.language);
  const kept = cleaned.blocks.filter((reviewed) => !reviewed.dropped).map((reviewed) => reviewed.block);
  const prose = kept.flatMap(proseOf);
  return {
    title: cleaned.title,
    metadata,
    blocks: cleaned.blocks,
    entities: findEntities(prose, { language: metadata.language }),
    dates: findDates(prose, {
      ...(metadata.published ? { published: metadata.published } : {}),
      today: todayOf(options),
      ...(metadata.language ? { language: metadata.language } : {}),
    }),
  };
}

/** A timeline event proposed from a date in the text: dated as precisely as the words allow. */
export function eventFromDateSuggestion(suggestion: DateSuggestion) {
  const sentence = suggestion.sentence.replace(/\s+/g, ' ').trim();
  const title = sentence.length > 140 ? `${sentence.slice(0, sentence.lastIndexOf(' ', 139))}…` : sentence;
  return {
    date: { value: suggestion.date, precision: suggestion.precision, approximate: suggestion.approximate },
    title: title || suggestion.text,
  };
}

// ---- The JSON `dossier ingest --json` prints

type JsonListItem = { text: string; items?: JsonListItem[] };
export type IngestJsonBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; ordered: boolean; items: JsonListItem[] }
  | { type: 'table'; header: boolean; rows: string[][] };

function jsonBlock(block: IngestBlock): IngestJsonBlock {
  switch (block.kind) {
    case 'heading':
      return { type: 'heading', level: block.level, text: block.text };
    case 'paragraph':
      return { type: 'paragraph', text: block.text };
    case 'quote':
      return { type: 'quote', text: block.text };
    case 'list': {
      const items = (list: typeof block): JsonListItem[] =>
        list.items.map((item) =>
          item.children ? { text: item.text, items: items(item.children) } : { text: item.text },
        );
      return { type: 'list', ordered: block.ordered, items: items(block) };
    }
    case 'table':
      return { type: 'table', header: block.header, rows: block.rows.map((row) => [...row]) };
  }
}

export function ingestResultToJson(result: IngestResult) {
  return {
    title: result.title,
    metadata: { ...result.metadata },
    kept: result.blocks.filter((reviewed) => !reviewed.dropped).map((reviewed) => jsonBlock(reviewed.block)),
    dropped: result.blocks
      .filter((reviewed): reviewed is ReviewedBlock & { dropped: NonNullable<ReviewedBlock['dropped']> } =>
        Boolean(reviewed.dropped),
      )
      .map((reviewed) => ({ ...jsonBlock(reviewed.block), reason: reviewed.dropped })),
    entities: result.entities.map(({ name, kind, aliases }) => ({ name, kind, aliases: [...aliases] })),
    dates: result.dates.map(({ text, date, precision, approximate }) => ({
      text,
      date,
      precision,
      approximate,
    })),
  };
}
