// A rich-text paragraph as a Word paragraph: its runs, its direction, and the indent and style of where it
// sits (a list, a quote, a table cell).

import { type IParagraphOptions, Paragraph } from 'docx';
import type { ParagraphNode } from '../../model';
import type { Placement, RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { simpleParagraph } from '../xml';
import { type RunBase, renderInline } from './inline';
import { paragraphRunsRightToLeft } from './text-direction';

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

const BODY_RUN: RunBase = {};
const HEADER_CELL_RUN: RunBase = { bold: true };

/** Extra properties a caller adds, e.g. a list item's numbering on its first paragraph. */
export type ParagraphExtras = Pick<IParagraphOptions, 'numbering' | 'indent' | 'keepNext'>;

export function renderParagraph(
  node: ParagraphNode,
  ctx: RenderContext,
  placement: Placement,
  extras?: ParagraphExtras,
): Paragraph {
  const placed = placementProperties(placement);
  const bidirectional = paragraphRunsRightToLeft(node.content, ctx) || undefined;
  const children = renderInline(node.content, ctx, placement.cell === 'header' ? HEADER_CELL_RUN : BODY_RUN);
  if (!extras) {
    return simpleParagraph({
      style: placed.style,
      bidirectional,
      indent: placement.indent > 0 ? { left: placement.indent } : undefined,
      children,
    });
  }
  // Written out rather than spread: docx reads some thirty options of every paragraph, and reading them
  // from an object made with spread took it several times as long, over thousands of paragraphs.
  return new Paragraph({
    style: placed.style,
    // A list item gives its own indent, or none to take its numbering level's.
    indent: 'indent' in extras ? extras.indent : placed.indent,
    numbering: extras.numbering,
    keepNext: extras.keepNext,
    bidirectional,
    children,
  });
}
