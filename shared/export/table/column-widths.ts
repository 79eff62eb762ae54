// Column widths for a table from the editor: the widths the author dragged to (CSS pixels) where there
// are any, and for the other columns a share of what is left in proportion to how much text they hold, so a
// "Year" column stays narrow and a "Description" column gets the room. The table never overflows its space.

import { plainTextOf, type TableNode } from '../../model';
import { TWIPS_PER_PX } from '../units';

/** Where each cell sits in the table's grid, after row and column spans. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
  readonly span: number;
}

export interface TableGrid {
  readonly columnCount: number;
  /** Per row, the grid position of each of its cells, in order. */
  readonly cells: readonly (readonly GridCell[])[];
  /** Width each column was given in the editor, in pixels, or null where the author never resized it. */
  readonly pixelWidths: readonly (number | null)[];
  /** Text length weight of each column (cells spanning one column only). */
  readonly textWeights: readonly number[];
}

/** Lays the rows out on a grid, as a browser does: a cell spanning rows takes its column in the rows below. */
export function tableGrid(table: TableNode): TableGrid {
  const covered: number[] = []; // rows still covered, per column, by a cell spanning down from above
  const pixelWidths: (number | null)[] = [];
  const textWeights: number[] = [];
  const cells = table.content.map((row, rowIndex) => {
    let column = 0;
    const placed = row.content.map((cell) => {
      while ((covered[column] ?? 0) > 0) column += 1;
      const span = cell.attrs.colspan;
      for (let offset = 0; offset < span; offset += 1) {
        const width = cell.attrs.colwidth?.[offset];
        if (width && pixelWidths[column + offset] == null) pixelWidths[column + offset] = width;
        if (cell.attrs.rowspan > 1) covered[column + offset] = cell.attrs.rowspan;
      }
      if (span === 1) {
        const text = plainTextOf({ type: 'doc', content: cell.content });
        textWeights[column] = Math.max(textWeights[column] ?? 0, text.length);
      }
      const at = { row: rowIndex, column, span };
      column += span;
      return at;
    });
    for (let index = 0; index < covered.length; index += 1) {
      if ((covered[index] ?? 0) > 0) covered[index] = (covered[index] ?? 0) - 1;
    }
    return placed;
  });
  const columnCount = Math.max(1, ...cells.map((row) => (row.length ? rowEnd(row) : 0)), pixelWidths.length);
  return {
    columnCount,
    cells,
    pixelWidths: Array.from({ length: columnCount }, (_, index) => pixelWidths[index] ?? null),
    textWeights: Array.from({ length: columnCount }, (_, index) => textWeights[index] ?? 0),
  };
}

function rowEnd(row: readonly GridCell[]): number {
  const last = row[row.length - 1] as GridCell;
  return last.column + last.span;
}

/** Narrowest a column is made, in twips: 1 cm. */
const MIN_COLUMN = 567;

/** Shrinks widths that add up to more than `available`, taking from what each has above `minimum`. */
function shrinkToFit(widths: number[], available: number, minimum: number): number[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= available) return widths;
  const floor = minimum * widths.length;
  const scale = (available - floor) / (total - floor);
  return widths.map((width) => minimum + Math.floor((width - minimum) * scale));
}

/** Column widths in twips, each at least a little, that add up to at most `available`. */
export function columnWidths(grid: TableGrid, available: number): number[] {
  const count = grid.columnCount;
  const minimum = Math.max(1, Math.min(MIN_COLUMN, Math.floor(available / count)));
  const widths = grid.pixelWidths.map((px) => (px === null ? minimum : Math.max(px * TWIPS_PER_PX, minimum)));
  const free = grid.pixelWidths.flatMap((px, index) => (px === null ? [index] : []));
  const fixedTotal = widths.reduce((sum, width, index) => sum + (free.includes(index) ? 0 : width), 0);
  const left = available - fixedTotal - free.length * minimum;
  if (free.length > 0 && left > 0) {
    // A column's claim grows with its longest text, but flattens out so one long cell cannot take it all.
    const claims = free.map((index) => Math.min((grid.textWeights[index] ?? 0) + 8, 80));
    const claimTotal = claims.reduce((sum, claim) => sum + claim, 0);
    free.forEach((index, position) => {
      widths[index] = minimum + Math.floor((left * (claims[position] ?? 0)) / claimTotal);
    });
  }
  // Resized columns that leave too little room for the rest shrink, in proportion, with everything else.
  return shrinkToFit(widths, available, minimum);
}
