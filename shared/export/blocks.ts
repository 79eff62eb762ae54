// Sends each rich-text block to the renderer for its kind. Block renderers that hold other blocks (list
// items, quotes, table cells) come back here through the context, so the kinds never import each other.

import { Paragraph, Table } from 'docx';
import type { BlockNode } from '../model';
import { renderHeading } from './heading';
import { renderImage } from './image';
import { renderList } from './list';
import { renderParagraph } from './paragraph';
import { renderQuote } from './quote';
import type { DocxBlock, Placement, RenderContext } from './render-context';
import { renderTable } from './table';

export function renderBlock(node: BlockNode, ctx: RenderContext, placement: Placement): DocxBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [renderParagraph(node, ctx, placement)];
    case 'heading':
      return [renderHeading(node, ctx)];
    case 'bulletList':
    case 'orderedList':
      return renderList(node, ctx, placement);
    case 'table':
      return [renderTable(node, ctx, placement)];
    case 'blockquote':
      return renderQuote(node, ctx, placement);
    case 'image':
      return [renderImage(node, ctx, placement)];
  }
}

/** A small empty paragraph: the space after a table, which Word otherwise butts against what follows. */
export function spacerParagraph(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 12 } });
}

/** Appends a block's output, with a spacer after each table (two tables in a row would otherwise join). */
export function appendBlocks(target: DocxBlock[], blocks: readonly DocxBlock[]): void {
  for (const block of blocks) {
    if (target[target.length - 1] instanceof Table) target.push(spacerParagraph());
    target.push(block);
  }
}

export function renderBlocks(
  blocks: readonly BlockNode[],
  ctx: RenderContext,
  placement: Placement,
): DocxBlock[] {
  const output: DocxBlock[] = [];
  for (const block of blocks) appendBlocks(output, renderBlock(block, ctx, placement));
  return output;
}
