// The vocabulary of ingest: the material a desk officer pastes or drops, the typed blocks it is cut into,
// why a block was dropped, and what the clean-up proposes (title, metadata, entities, dates).

import type { DatePrecision, EntityKind } from '../model';

/** Raw material as it reaches ingest, before any clean-up. */
export type Material =
  | { readonly kind: 'text'; readonly text: string; readonly name?: string }
  | { readonly kind: 'markdown'; readonly text: string; readonly name?: string }
  | {
      readonly kind: 'blocks';
      /** Blocks already cut from HTML, a .docx or a PDF by a reader. */
      readonly blocks: readonly IngestBlock[];
      /** Metadata the reader found in the file itself (HTML meta tags, Word properties, PDF info). */
      readonly hints?: MetadataHints;
      readonly name?: string;
    };

/** A run of inline text with the marks the editor knows. */
export interface IngestRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** http(s) or mailto only; other links are dropped to plain text by the readers. */
  readonly href?: string;
}

/** A list item: its own text and, optionally, a nested list. */
export interface IngestListItem {
  readonly text: string;
  readonly runs?: readonly IngestRun[];
  readonly children?: IngestListBlock;
}

export interface IngestHeadingBlock {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3;
  readonly text: string;
}
export interface IngestParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** Present when the text carries marks or links; `text` is always their concatenation. */
  readonly runs?: readonly IngestRun[];
  /** The reader knows it is a caption (figcaption, a Word caption style). */
  readonly caption?: boolean;
}
export interface IngestListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly IngestListItem[];
}
export interface IngestTableBlock {
  readonly kind: 'table';
  /** Whether the first row is a header row. */
  readonly header: boolean;
  /** Cell texts, row by row; rows are padded to the same length. */
  readonly rows: readonly (readonly string[])[];
}
export interface IngestQuoteBlock {
  readonly kind: 'quote';
  readonly text: string;
}
export type IngestBlock =
  | IngestHeadingBlock
  | IngestParagraphBlock
  | IngestListBlock
  | IngestTableBlock
  | IngestQuoteBlock;

/** Why the clean-up dropped a block. */
export const DROP_REASONS = [
  'caption',
  'duplicate',
  'contents',
  'boilerplate',
  'other-language',
  'title',
  'metadata',
  'empty',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const DROP_REASON_LABELS: Record<DropReason, string> = {
  caption: 'Photo caption',
  duplicate: 'Repeats an earlier block',
  contents: 'Contents list repeating the headings',
  boilerplate: 'Share, subscribe, newsletter or cookie text',
  'other-language': 'Trailing text in another language',
  title: 'The title, kept as the source title',
  metadata: 'Byline or date line, kept in the source details',
  empty: 'No text',
};

/** A block as the clean-up leaves it: kept, or dropped with its reason (the user may bring it back). */
export interface ReviewedBlock {
  /** Position in the material, stable across runs on the same input. */
  readonly index: number;
  readonly block: IngestBlock;
  readonly dropped?: DropReason;
}

/** What a file says about itself, before the text is read. Every field optional; none is invented. */
export interface MetadataHints {
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly author?: string;
  /** Any date text the file carries; parsed and checked by the metadata step. */
  readonly published?: string;
  /** A language tag from the file (html lang, Word's language), e.g. "en-GB". */
  readonly language?: string;
}

export interface ProposedMetadata {
  /** Empty string when not found. */
  readonly outlet: string;
  readonly url: string;
  readonly author: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  readonly published: string;
  /** ISO 639-1, or empty when the text is too short to tell. */
  readonly language: string;
}

export interface EntitySuggestion {
  readonly name: string;
  readonly kind: EntityKind;
  /** Other names the text gives it: an acronym's expansion, the acronym of a full name. */
  readonly aliases: readonly string[];
  /** How many times the text mentions it, under any of its names. */
  readonly mentions: number;
}

export interface DateSuggestion {
  /** The words in the text, e.g. "December last year". */
  readonly text: string;
  /** ISO 8601 at the precision known: 2023-12-05, 2023-12 or 2023. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** True when the text is vague ("two months ago") or the year had to be guessed without a published date. */
  readonly approximate: boolean;
  /** The sentence it was found in, to title the timeline event. */
  readonly sentence: string;
}

export interface IngestResult {
  /** Empty when no title could be found. */
  readonly title: string;
  readonly metadata: ProposedMetadata;
  /** Every block in order, kept or dropped. */
  readonly blocks: readonly ReviewedBlock[];
  readonly entities: readonly EntitySuggestion[];
  readonly dates: readonly DateSuggestion[];
}
