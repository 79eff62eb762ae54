// The body format of sources and briefings: ProseMirror/Tiptap JSON limited to the nodes and marks the
// editor has, with size and depth limits checked before parsing, and the helpers that read it.

import { z } from 'zod';
import { idSchema, sha256Schema } from './ids';
import { guardJson } from './json-guard';
import {
  MAX_NAME_LENGTH,
  MAX_RICH_TEXT_CHARS,
  MAX_RICH_TEXT_DEPTH,
  MAX_RICH_TEXT_NODES,
  MAX_TABLE_SPAN,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
} from './limits';
import { modelErrorFromZod } from './model-error';
import { mailtoAddressOnly, withoutXmlForbiddenCharacters } from './xml-safe-text';

// ---- Types. Written out by hand because the schema is recursive and zod cannot infer through z.lazy.

export type LinkMark = { type: 'link'; attrs: { href: string } };
export type RichTextMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'underline' }
  | { type: 'strike' }
  | LinkMark;

export interface TextNode {
  type: 'text';
  text: string;
  marks?: RichTextMark[];
}
export interface HardBreakNode {
  type: 'hardBreak';
}
/** An inline reference to a source; its number is computed (order of first appearance), never stored. */
export interface CitationNode {
  type: 'citation';
  attrs: { sourceId: string };
}
export type InlineNode = TextNode | HardBreakNode | CitationNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 };
  content?: InlineNode[];
}
export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: 'orderedList';
  attrs: { start: number };
  content: ListItemNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}
export interface TableNode {
  type: 'table';
  content: TableRowNode[];
}
export interface TableRowNode {
  type: 'tableRow';
  content: (TableHeaderNode | TableCellNode)[];
}
export interface TableCellAttrs {
  colspan: number;
  rowspan: number;
  /** Column widths in pixels, one per spanned column, or null when the user never resized. */
  colwidth: number[] | null;
}
export interface TableHeaderNode {
  type: 'tableHeader';
  attrs: TableCellAttrs;
  content: BlockNode[];
}
export interface TableCellNode {
  type: 'tableCell';
  attrs: TableCellAttrs;
  content: BlockNode[];
}
export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}
/** An image stored as an attachment; the node holds its SHA-256, never the bytes or a URL. */
export interface ImageNode {
  type: 'image';
  attrs: {
    attachmentId: string;
    alt: string | null;
    title: string | null;
    width: number | null;
    height: number | null;
  };
}
export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | TableNode
  | BlockquoteNode
  | ImageNode;

export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}

export type RichTextNode =
  | RichTextDoc
  | BlockNode
  | ListItemNode
  | TableRowNode
  | TableHeaderNode
  | TableCellNode
  | InlineNode;

// ---- Schemas. Objects strip unknown keys rather than refuse them: Tiptap extensions add attrs of their
// own (a link's `target`, `rel`, `class`), and dropping those yields the canonical form we store.
// Unknown node and mark types are refused: they would carry content the exporter cannot render.

const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Links leave the app only as http(s) or mailto; `javascript:` and relative links are refused. */
export function isAllowedLinkHref(href: string): boolean {
  try {
    return ALLOWED_LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

const markSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('bold') }),
    z.object({ type: z.literal('italic') }),
    z.object({ type: z.literal('underline') }),
    z.object({ type: z.literal('strike') }),
    z.object({
      type: z.literal('link'),
      attrs: z.object({
        href: z
          .string()
          .max(MAX_URL_LENGTH)
          .refine(isAllowedLinkHref, { error: 'expected an http, https or mailto link' })
          .transform(mailtoAddressOnly),
      }),
    }),
  ],
  { error: 'expected a mark: bold, italic, underline, strike or link' },
);

const textNodeSchema = z.object({
  type: z.literal('text'),
  // ProseMirror refuses empty text nodes, so we do too.
  // Characters XML forbids go here, once, so neither the editor nor a .docx ever sees them; a node left
  // empty is dropped by its paragraph (inlineContent).
  text: z.string().min(1).max(MAX_RICH_TEXT_CHARS).transform(withoutXmlForbiddenCharacters),
  marks: z
    .array(markSchema)
    .max(5)
    .refine((marks) => new Set(marks.map((mark) => mark.type)).size === marks.length, {
      error: 'the same mark appears twice',
    })
    .optional(),
});

const hardBreakSchema = z.object({ type: z.literal('hardBreak') });

const citationSchema = z.object({
  type: z.literal('citation'),
  attrs: z.object({ sourceId: idSchema }),
});

const inlineSchema = z.discriminatedUnion('type', [textNodeSchema, hardBreakSchema, citationSchema], {
  error: 'expected an inline node: text, hardBreak or citation',
});

const inlineContent = z
  .array(inlineSchema)
  .optional()
  .transform((nodes) => nodes?.filter((node) => node.type !== 'text' || node.text.length > 0));

const blockContent = (): z.ZodType<BlockNode[]> => z.array(z.lazy(() => blockSchema)).min(1);

const listItemSchema: z.ZodType<ListItemNode> = z.object({
  type: z.literal('listItem', { error: 'expected a listItem' }),
  get content() {
    return blockContent();
  },
});

const cellAttrsSchema = z
  .object({
    colspan: z.number().int().min(1).max(MAX_TABLE_SPAN).default(1),
    rowspan: z.number().int().min(1).max(MAX_TABLE_SPAN).default(1),
    colwidth: z.array(z.number().int().min(1).max(10_000)).max(MAX_TABLE_SPAN).nullable().default(null),
  })
  .default({ colspan: 1, rowspan: 1, colwidth: null });

const tableHeaderSchema = z.object({
  type: z.literal('tableHeader'),
  attrs: cellAttrsSchema,
  get content() {
    return blockContent();
  },
});

const tableCellSchema = z.object({
  type: z.literal('tableCell'),
  attrs: cellAttrsSchema,
  get content() {
    return blockContent();
  },
});

const tableRowSchema = z.object({
  type: z.literal('tableRow', { error: 'expected a tableRow' }),
  content: z
    .array(
      z.discriminatedUnion('type', [tableHeaderSchema, tableCellSchema], {
        error: 'expected a tableCell or tableHeader',
      }),
    )
    .min(1),
});

const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('paragraph'), content: inlineContent }),
      z.object({
        type: z.literal('heading'),
        attrs: z.object({
          level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'expected 1, 2 or 3' }),
        }),
        content: inlineContent,
      }),
      z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }),
      z.object({
        type: z.literal('orderedList'),
        attrs: z.object({ start: z.number().int().min(0).max(1_000_000).default(1) }).default({ start: 1 }),
        content: z.array(listItemSchema).min(1),
      }),
      z.object({ type: z.literal('table'), content: z.array(tableRowSchema).min(1) }),
      z.object({ type: z.literal('blockquote'), content: blockContent() }),
      z.object({
        type: z.literal('image'),
        attrs: z.object({
          attachmentId: sha256Schema,
          alt: z
            .string()
            .max(MAX_TITLE_LENGTH)
            .transform(withoutXmlForbiddenCharacters)
            .nullable()
            .default(null),
          title: z
            .string()
            .max(MAX_NAME_LENGTH)
            .transform(withoutXmlForbiddenCharacters)
            .nullable()
            .default(null),
          width: z.number().int().min(1).max(20_000).nullable().default(null),
          height: z.number().int().min(1).max(20_000).nullable().default(null),
        }),
      }),
    ],
    {
      error: 'expected a block node: paragraph, heading, bulletList, orderedList, table, blockquote or image',
    },
  ),
);

const docStructureSchema = z.object({
  type: z.literal('doc', { error: 'expected a rich-text document ("type": "doc")' }),
  content: blockContent(),
});

/**
 * Measure depth, node count and text length without recursion before zod walks the tree, so a hostile
 * document 100,000 levels deep is refused with a message instead of overflowing the stack.
 */
function measureRichText(value: unknown): string | undefined {
  let nodes = 0;
  let chars = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_RICH_TEXT_DEPTH) return `nested deeper than the limit of ${MAX_RICH_TEXT_DEPTH} levels`;
    nodes += 1;
    if (nodes > MAX_RICH_TEXT_NODES) return `more than the limit of ${MAX_RICH_TEXT_NODES} nodes`;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string') {
      chars += text.length;
      if (chars > MAX_RICH_TEXT_CHARS)
        return `more than the limit of ${MAX_RICH_TEXT_CHARS} characters of text`;
    }
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** A rich-text document: size limits first, then structure. */
export const richTextDocSchema: z.ZodType<RichTextDoc> = z
  .unknown()
  .superRefine((value, ctx) => {
    const tooLarge = measureRichText(value);
    if (tooLarge) ctx.addIssue({ code: 'custom', message: tooLarge, params: { tooLarge: true } });
  })
  .pipe(docStructureSchema) as unknown as z.ZodType<RichTextDoc>;

/** Parse untrusted rich-text JSON; throws ModelError naming the path of the first problem. */
export function parseRichText(json: unknown): RichTextDoc {
  guardJson(json, 'This text cannot be opened');
  const result = richTextDocSchema.safeParse(json);
  if (!result.success) {
    throw modelErrorFromZod(result.error, 'This text cannot be opened', 'It may be damaged.');
  }
  return result.data;
}

// ---- Helpers

/** What the editor starts with: one empty paragraph (ProseMirror requires at least one block). */
export function emptyDoc(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Path segments from the document root to a node, e.g. ['content', 2, 'content', 0]. */
export type NodePath = (string | number)[];

/**
 * Visit every node in document order (depth-first, parents before children) with its path from
 * the root. Iterative, so it never recurses however the document came to be.
 */
export function forEachNode(doc: RichTextDoc, visit: (node: RichTextNode, path: NodePath) => void): void {
  const stack: { node: RichTextNode; path: NodePath }[] = [{ node: doc, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    visit(item.node, item.path);
    const content = 'content' in item.node ? (item.node.content as RichTextNode[] | undefined) : undefined;
    if (!content) continue;
    for (let index = content.length - 1; index >= 0; index -= 1) {
      const child = content[index];
      if (child) stack.push({ node: child, path: [...item.path, 'content', index] });
    }
  }
}

/** Source ids in order of first citation, each once: the order of their citation numbers. */
export function citedSourceIds(doc: RichTextDoc): string[] {
  return [...citationNumbers(doc).keys()];
}

/**
 * The number each citation shows, given the source ids of the citations in document order (repeats
 * included): sources are numbered by first appearance, and a source cited again keeps its number. The one
 * rule behind the editor's live numbers, the briefing's cited-source list and the exported footnotes.
 */
export function numberCitations(sourceIdsInOrder: readonly string[]): number[] {
  const numbers = new Map<string, number>();
  return sourceIdsInOrder.map((sourceId) => {
    let number = numbers.get(sourceId);
    if (number === undefined) {
      number = numbers.size + 1;
      numbers.set(sourceId, number);
    }
    return number;
  });
}

/** Citation number of each cited source, in order of first citation (see numberCitations). */
export function citationNumbers(doc: RichTextDoc): Map<string, number> {
  const ids: string[] = [];
  forEachNode(doc, (node) => {
    if (node.type === 'citation') ids.push(node.attrs.sourceId);
  });
  const numbers = numberCitations(ids);
  return new Map(ids.map((sourceId, index) => [sourceId, numbers[index] ?? 0]));
}

/** Attachment ids of the images in a document, in document order, each once. */
export function imageAttachmentIds(doc: RichTextDoc): string[] {
  const seen = new Set<string>();
  forEachNode(doc, (node) => {
    if (node.type === 'image') seen.add(node.attrs.attachmentId);
  });
  return [...seen];
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

function inlineText(content: readonly InlineNode[] | undefined): string {
  let text = '';
  for (const node of content ?? []) {
    if (node.type === 'text') text += node.text;
    else if (node.type === 'hardBreak') text += '\n';
    // Citations add nothing: their numbers are presentation, not words the author wrote.
  }
  return text;
}

/**
 * The words of a document without formatting, for search and counting: one line per paragraph or
 * heading, table cells of a row separated by tabs. Images and citations contribute no text.
 */
export function plainTextOf(doc: RichTextDoc): string {
  const lines: string[] = [];
  // A stack of blocks still to read; table rows are flattened into one line as they are met.
  const stack: RichTextNode[] = [...doc.content].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (TEXT_BLOCKS.has(node.type)) {
      lines.push(inlineText((node as ParagraphNode | HeadingNode).content));
    } else if (node.type === 'tableRow') {
      lines.push(
        node.content.map((cell) => plainTextOfBlocks(cell.content).replaceAll('\n', ' ')).join('\t'),
      );
    } else if ('content' in node && Array.isArray(node.content)) {
      for (let index = node.content.length - 1; index >= 0; index -= 1) {
        const child = node.content[index] as RichTextNode | undefined;
        if (child) stack.push(child);
      }
    }
  }
  return lines.join('\n');
}

function plainTextOfBlocks(blocks: BlockNode[]): string {
  return plainTextOf({ type: 'doc', content: blocks });
}

/**
 * Words as a word processor counts them: runs of non-space characters that hold at least one letter or
 * digit, so "Morocco–Germany" is one word and a lone dash is none. Formatting never splits a word.
 */
export function wordCount(doc: RichTextDoc): number {
  let count = 0;
  for (const token of plainTextOf(doc).split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}
