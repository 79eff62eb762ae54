// Tables: the grid from the editor with its spans, widths that fit the page (column-widths.ts), header
// rows repeated at the top of every page they run onto, header cells shaded, and any block inside a cell.

import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TableNode } from '../../model';
import type { DocxBlock, Placement, RenderContext } from '../render-context';
import { wordColor } from '../units';
import { simpleTableCell } from '../xml';
import { columnWidths, tableGrid } from './column-widths';

/** Word's default left and right cell margins, in twips. */
const CELL_MARGIN = 108;

/** The leading rows made only of header cells: Word repeats them on every page the table continues on. */
function headerRowCount(table: TableNode): number {
  let count = 0;
  for (const row of table.content) {
    if (!row.content.every((cell) => cell.type === 'tableHeader')) break;
    count += 1;
  }
  // A table of nothing but header cells has no body to repeat them over.
  return count === table.content.length ? 0 : count;
}

export function renderTable(node: TableNode, ctx: RenderContext, placement: Placement): Table {
  const grid = tableGrid(node);
  const widths = columnWidths(grid, placement.width);
  const headerRows = headerRowCount(node);
  const { colors } = ctx.template;
  const line = { style: BorderStyle.SINGLE, size: 4, color: wordColor(colors.border) };

  const rows = node.content.map((row, rowIndex) => {
    const positions = grid.cells[rowIndex] ?? [];
    const cells = row.content.map((cell, cellIndex) => {
      const at = positions[cellIndex] ?? { column: 0, span: 1 };
      const width = widths.slice(at.column, at.column + at.span).reduce((sum, value) => sum + value, 0);
      const header = cell.type === 'tableHeader';
      const children: DocxBlock[] = ctx.renderBlocks(cell.content, {
        indent: 0,
        width: Math.max(width - 2 * CELL_MARGIN, CELL_MARGIN),
        listDepth: 0,
        quote: false,
        cell: header ? 'header' : 'body',
      });
      // Word requires a cell to end in a paragraph.
      if (!(children[children.length - 1] instanceof Paragraph)) children.push(new Paragraph({}));
      if (at.span === 1 && cell.attrs.rowspan === 1) {
        return simpleTableCell({
          width,
          shading: header ? wordColor(colors.tableHeader) : undefined,
          children,
        });
      }
      return new TableCell({
        children,
        columnSpan: at.span > 1 ? at.span : undefined,
        rowSpan: cell.attrs.rowspan > 1 ? cell.attrs.rowspan : undefined,
        width: { size: width, type: WidthType.DXA },
        shading: header ? { fill: wordColor(colors.tableHeader) } : undefined,
      });
    });
    const header = rowIndex < headerRows;
    return new TableRow({
      children: cells,
      tableHeader: header || undefined,
      cantSplit: header || undefined,
    });
  });

  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, value) => sum + value, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    indent: placement.indent > 0 ? { size: placement.indent, type: WidthType.DXA } : undefined,
    // In a right-to-left briefing the first column is on the right.
    visuallyRightToLeft: ctx.rightToLeft || undefined,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
  });
}
