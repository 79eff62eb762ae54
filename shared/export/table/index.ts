export { columnWidths, type GridCell, type TableGrid, tableGrid } from './column-widths';
export { renderTable } from './table';
