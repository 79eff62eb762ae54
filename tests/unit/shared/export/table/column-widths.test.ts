import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths, tableGrid } from '../../../../../shared/export/table';
import type { TableNode } from '../../../../../shared/model';
import { bodyXml, exportBlocks } from '../support/export-briefing';

type CellSpec =
  | string
  | { text: string; colspan?: number; rowspan?: number; width?: number; header?: boolean };

function table(rows: CellSpec[][]): TableNode {
  return {
    type: 'table',
    content: rows.map((row) => ({
      type: 'tableRow',
      content: row.map((spec) => {
        const cell = typeof spec === 'string' ? { text: spec } : spec;
        const colspan = cell.colspan ?? 1;
        return {
          type: cell.header ? 'tableHeader' : 'tableCell',
          attrs: {
            colspan,
            rowspan: cell.rowspan ?? 1,
            colwidth: cell.width ? Array.from({ length: colspan }, () => cell.width as number) : null,
          },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: cell.text }] }],
        };
      }),
    })),
  } as TableNode;
}

describe('table grid', () => {
  it('places cells after row and column spans as a browser does', () => {
    const grid = tableGrid(
      table([
        [
          { text: 'Area', rowspan: 2 },
          { text: 'Contributions', colspan: 2 },
        ],
        ['Morocco', 'Germany'],
        ['Cybercrime', 'Hubs', 'Forensics'],
      ]),
    );
    expect(grid.columnCount).toBe(3);
    expect(grid.cells.map((row) => row.map((cell) => `${cell.column}+${cell.span}`))).toEqual([
      ['0+1', '1+2'],
      ['1+1', '2+1'],
      ['0+1', '1+1', '2+1'],
    ]);
  });
});

describe('column widths', () => {
  it('gives a column of long text more room than a column of years', () => {
    const grid = tableGrid(
      table([
        ['Year', 'Description'],
        ['2023', 'Binational rapid deployment teams for crisis situations, with a shared command post'],
      ]),
    );
    const [year = 0, description = 0] = columnWidths(grid, 9000);
    expect(description).toBeGreaterThan(year * 3);
    expect(year + description).toBeLessThanOrEqual(9000);
  });

  it('keeps a width the author dragged to, in pixels at 15 twips each, and shares the rest', () => {
    const grid = tableGrid(table([[{ text: 'Name', width: 120 }, 'Role', 'Side']]));
    const widths = columnWidths(grid, 9000);
    expect(widths[0]).toBe(1800);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(9000);
  });

  it('shrinks resized columns that would not fit, the wider staying about twice as wide', () => {
    const grid = tableGrid(
      table([
        [
          { text: 'a', width: 800 },
          { text: 'b', width: 400 },
        ],
      ]),
    );
    const [a = 0, b = 0] = columnWidths(grid, 9000);
    expect(a + b).toBeLessThanOrEqual(9000);
    expect(a / b).toBeGreaterThan(1.8);
    expect(a / b).toBeLessThanOrEqual(2);
  });

  it('never makes a table wider than its space, whatever the spans and widths', () => {
    const cell = fc.record({
      text: fc.string({ maxLength: 40 }).map((value) => value || 'x'),
      colspan: fc.integer({ min: 1, max: 3 }),
      rowspan: fc.integer({ min: 1, max: 3 }),
      width: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2000, max: 12000 }),
        (rows, available) => {
          const widths = columnWidths(tableGrid(table(rows)), available);
          expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(available);
          for (const width of widths) expect(width).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('tables in Word', () => {
  it('repeats the header row on every page, shades header cells and fixes the column grid', async () => {
    const { documentXml } = await exportBlocks([
      table([
        [
          { text: 'Year', header: true },
          { text: 'Arrests', header: true },
        ],
        ['2022', '120'],
        ['2023', '185'],
      ]),
    ]);
    const body = bodyXml(documentXml);
    const rows = body.split('<w:tr>').slice(1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toMatch(/<w:shd w:fill="[0-9A-F]{6}"/);
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    expect(body).toMatch(/<w:tblGrid><w:gridCol w:w="\d+"\/><w:gridCol w:w="\d+"\/><\/w:tblGrid>/);
  });

  it('merges cells across columns and down rows', async () => {
    const { documentXml } = await exportBlocks([
      table([
        [
          { text: 'Area', rowspan: 2 },
          { text: 'Contributions', colspan: 2 },
        ],
        ['Morocco', 'Germany'],
      ]),
    ]);
    const body = bodyXml(documentXml);
    expect(body).toContain('<w:gridSpan w:val="2"/>');
    expect(body).toContain('<w:vMerge w:val="restart"/>');
    expect(body).toContain('<w:vMerge w:val="continue"/>');
  });

  it('puts a paragraph between two tables so Word does not join them', async () => {
    const { documentXml } = await exportBlocks([table([['a']]), table([['b']])]);
    expect(bodyXml(documentXml)).toMatch(/<\/w:tbl><w:p>.*?<\/w:p><w:tbl>/);
  });
});
