// Turns the blocks the user keeps into the editor's rich text, the body a source is saved with.

import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  RichTextDoc,
  RichTextMark,
  TableCellNode,
  TableHeaderNode,
} from '../model';
import type { IngestBlock, IngestListBlock, IngestRun, ReviewedBlock } from './material';

function inlineNodes(text: string, runs?: readonly IngestRun[]): InlineNode[] {
  const parts = runs ?? [{ text }];
  const nodes: InlineNode[] = [];
  for (const run of parts) {
    // Line breaks inside a block (a <br>, an address) stay line breaks.
    run.text.split('\n').forEach((line, index) => {
      if (index > 0) nodes.push({ type: 'hardBreak' });
      if (!line) return;
      const marks: RichTextMark[] = [];
      if (run.bold) marks.push({ type: 'bold' });
      if (run.italic) marks.push({ type: 'italic' });
      if (run.href) marks.push({ type: 'link', attrs: { href: run.href } });
      nodes.push(marks.length > 0 ? { type: 'text', text: line, marks } : { type: 'text', text: line });
    });
  }
  return nodes;
}

function paragraph(text: string, runs?: readonly IngestRun[]): BlockNode {
  const content = inlineNodes(text, runs);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listNode(list: IngestListBlock): BlockNode {
  const content: ListItemNode[] = list.items.map((item) => ({
    type: 'listItem',
    content: [paragraph(item.text, item.runs), ...(item.children ? [listNode(item.children)] : [])],
  }));
  return list.ordered
    ? { type: 'orderedList', attrs: { start: 1 }, content }
    : { type: 'bulletList', content };
}

const CELL_ATTRS = { colspan: 1, rowspan: 1, colwidth: null };

function blockNode(block: IngestBlock): BlockNode {
  switch (block.kind) {
    case 'heading': {
      const content = inlineNodes(block.text);
      return content.length > 0
        ? { type: 'heading', attrs: { level: block.level }, content }
        : { type: 'heading', attrs: { level: block.level } };
    }
    case 'paragraph':
      return paragraph(block.text, block.runs);
    case 'quote':
      return { type: 'blockquote', content: [paragraph(block.text)] };
    case 'list':
      return listNode(block);
    case 'table':
      return {
        type: 'table',
        content: block.rows.map((row, rowIndex) => ({
          type: 'tableRow',
          content: row.map((cell): TableHeaderNode | TableCellNode =>
            block.header && rowIndex === 0
              ? { type: 'tableHeader', attrs: CELL_ATTRS, content: [paragraph(cell)] }
              : { type: 'tableCell', attrs: CELL_ATTRS, content: [paragraph(cell)] },
          ),
        })),
      };
  }
}

/** The source body: the blocks `keep` accepts, in their order in the material. */
export function richTextFromReviewedBlocks(
  blocks: readonly ReviewedBlock[],
  keep: (block: ReviewedBlock) => boolean,
): RichTextDoc {
  const content = blocks
    .filter(keep)
    .filter(({ block }) => block.kind !== 'table' || block.rows.length > 0)
    .map(({ block }) => blockNode(block));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
