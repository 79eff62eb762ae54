// What every block renderer is given: the template, the dossier's sources and attachments, the state that
// spans the whole document (citation numbers, list instances, warnings), and where on the page it draws.

import type { Paragraph, Table } from 'docx';
import type { Language } from '../i18n/languages';
import type { Attachment, BlockNode, Source, Template, TextNode } from '../model';
import type { ExportWarning } from './export-error';
import type { ExportLabels } from './labels';

/** What a block becomes in Word: paragraphs and tables, which is all a table cell may hold too. */
export type DocxBlock = Paragraph | Table;

/** The bytes of an attachment by its SHA-256, or undefined when they are not at hand. */
export type AttachmentReader = (sha256: string) => Uint8Array | undefined;

/** Where a block is drawn: how far in from the left edge, in how much width, and inside what. */
export interface Placement {
  /** Twips from the left margin (or from the cell's edge, in a table). */
  readonly indent: number;
  /** Twips available to the block, after the indent. */
  readonly width: number;
  /** How many lists this block is inside: 0 in the body. */
  readonly listDepth: number;
  /** Inside a block quote. */
  readonly quote: boolean;
  /** Inside a table cell: header cells are bold, all cells use the compact table text style. */
  readonly cell?: 'header' | 'body';
}

/**
 * The contents entries of a briefing too long to lay out: each heading registers here and gets a bookmark
 * for its entry to link to (with pages laid out, docx fills the contents from the headings itself).
 */
export interface ContentsEntries {
  /** Registers a heading; returns the bookmark to put on it. */
  add(level: 1 | 2 | 3, text: string, numbered: boolean): string;
}

/** A run written as a Word revision: inserted or deleted, by whom and when, with its own id. */
export interface RunRevision {
  readonly kind: 'inserted' | 'deleted';
  readonly id: number;
  readonly author: string;
  readonly date: string;
}

export interface RenderContext {
  readonly template: Template;
  /** The briefing's language: its dates and the words around its text are printed in it. */
  readonly language: Language;
  readonly labels: ExportLabels;
  /** A right-to-left briefing (Arabic): every paragraph runs right to left, whatever its first letter. */
  readonly rightToLeft: boolean;
  readonly sources: ReadonlyMap<string, Source>;
  readonly attachments: ReadonlyMap<string, Attachment>;
  readonly readAttachment: AttachmentReader;
  /** Citation number of each cited source, by order of first citation (the model's rule). */
  readonly citationNumbers: ReadonlyMap<string, number>;
  /** Sources whose footnote has been written; later citations point back to it. */
  readonly footnoted: Set<string>;
  /** Every ordered list gets its own instance, so each one counts from its own start. */
  nextListInstance(): number;
  readonly warnings: ExportWarning[];
  /** Present when the export writes the contents entries itself. */
  readonly contents?: ContentsEntries;
  /** Present when exporting changes since a saved version: which text is a revision. */
  readonly revisionOf?: (node: TextNode) => RunRevision | undefined;
  /** Renders blocks nested in another block (list items, quotes, table cells). */
  renderBlocks(blocks: readonly BlockNode[], placement: Placement): DocxBlock[];
}
