import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  type SimpleTableCellOptions,
  simpleParagraph,
  simpleTableCell,
  textRun,
} from '../../../../../shared/export/xml';

type MakeCell = (options: SimpleTableCellOptions) => TableCell;

const docxCell: MakeCell = ({ width, shading, children }) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: shading === undefined ? undefined : { fill: shading },
    children: [...children],
  });

const text = (value: string) => simpleParagraph({ style: 'TableText', children: [textRun(value)] });

/** Header and body rows, a cell ending with a table, an empty cell, and cells beside one spanning two rows. */
function sampleDocument(make: MakeCell): Document {
  const inner = new Table({
    rows: [new TableRow({ children: [make({ width: 1000, children: [text('In')] })] })],
  });
  const spanning = new TableCell({
    rowSpan: 2,
    width: { size: 1500, type: WidthType.DXA },
    children: [text('2')],
  });
  return new Document({
    sections: [
      {
        children: [
          new Table({
            columnWidths: [1500, 3000, 2000],
            layout: TableLayoutType.FIXED,
            rows: [
              new TableRow({
                tableHeader: true,
                children: ['Year', 'Joint operations', 'Arrests'].map((title, column) =>
                  make({
                    width: [1500, 3000, 2000][column] ?? 0,
                    shading: 'DCE3EE',
                    children: [text(title)],
                  }),
                ),
              }),
              new TableRow({
                children: [
                  spanning,
                  make({ width: 3000, children: [text('Rabat'), inner] }),
                  make({ width: 2000, children: [] }),
                ],
              }),
              new TableRow({
                children: [
                  make({
                    width: 3000,
                    children: [new Paragraph({ children: [new TextRun({ text: 'Bold', bold: true })] })],
                  }),
                  make({ width: 2000, children: [text('110')] }),
                ],
              }),
            ],
          }),
          new Paragraph({}),
        ],
      },
    ],
  });
}

async function documentXml(docx: Document): Promise<string> {
  const part = unzipSync(await Packer.pack(docx, 'uint8array'))['word/document.xml'];
  if (!part) throw new Error('no word/document.xml');
  return strFromU8(part);
}

describe('simple table cells', () => {
  it('write what docx’s TableCell writes: shaded, nested, empty, and beside a cell spanning rows', async () => {
    const ours = await documentXml(sampleDocument(simpleTableCell));
    expect(ours).toContain(
      '<w:tcPr><w:tcW w:type="dxa" w:w="3000"/><w:shd w:fill="DCE3EE" w:val="clear"/></w:tcPr>',
    );
    expect(ours).toContain('<w:vMerge w:val="continue"/>');
    expect(ours).toBe(await documentXml(sampleDocument(docxCell)));
  });

  it('are docx table cells, so docx lays them out in their tables as its own', () => {
    expect(simpleTableCell({ width: 1000, children: [] })).toBeInstanceOf(TableCell);
  });
});
