// Block quotes: their blocks indented, with a bar in the accent colour down the left (the BlockQuote style).

import type { BlockquoteNode } from '../../model';
import type { DocxBlock, Placement, RenderContext } from '../render-context';

/** How far a quote is indented from what surrounds it: 1 cm. */
export const QUOTE_INDENT = 567;

export function renderQuote(node: BlockquoteNode, ctx: RenderContext, placement: Placement): DocxBlock[] {
  return ctx.renderBlocks(node.content, {
    ...placement,
    indent: placement.indent + QUOTE_INDENT,
    width: Math.max(placement.width - QUOTE_INDENT, QUOTE_INDENT),
    quote: true,
  });
}
