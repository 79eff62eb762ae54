// Pieces of rich text the benchmarks build their long briefings from.

import type { RichTextNode } from '../../shared/model';

/** A table: a header row, then a row per entry of `rows`, each cell one paragraph of plain text. */
export function tableOf(header: readonly string[], rows: readonly (readonly string[])[]): RichTextNode {
  const cell = (type: 'tableHeader' | 'tableCell', text: string) => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => cell('tableHeader', text)) },
      ...rows.map((row) => ({ type: 'tableRow', content: row.map((text) => cell('tableCell', text)) })),
    ],
  } as RichTextNode;
}
