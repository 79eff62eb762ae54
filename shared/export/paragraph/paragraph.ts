// A rich-text paragraph as a Word paragraph: its runs, its direction, and the indent and style of where it
// sits (a list, a quote, a table cell).

import { type IParagraphOptions, Paragraph } from 'docx';
import type { ParagraphNode } from '../../model';
import type { Placement, RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { renderInline } from './inline';
import { isRightToLeftParagraph } from './text-direction';

/** Paragraph properties that follow from where a paragraph is placed. */
export function placementProperties(placement: Placement): Pick<IParagraphOptions, 'style' | 'indent'> {
  const style = placement.quote
    ? STYLE.blockQuote
    : placement.cell === 'header'
      ? STYLE.tableHeading
      : placement.cell === 'body'
        ? STYLE.tableText
        : undefined;
  return { style, indent: placement.indent > 0 ? { left: placement.indent } : undefined };
}

/** Extra properties a caller adds, e.g. a list item's numbering on its first paragraph. */
export type ParagraphExtras = Pick<IParagraphOptions, 'numbering' | 'indent' | 'keepNext'>;

export function renderParagraph(
  node: ParagraphNode,
  ctx: RenderContext,
  placement: Placement,
  extras: ParagraphExtras = {},
): Paragraph {
  const rightToLeft = isRightToLeftParagraph(node.content);
  return new Paragraph({
    ...placementProperties(placement),
    ...extras,
    bidirectional: rightToLeft || undefined,
    children: renderInline(node.content, ctx, placement.cell === 'header' ? { bold: true } : {}),
  });
}
