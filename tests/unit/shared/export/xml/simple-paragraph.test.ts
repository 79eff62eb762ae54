import {
  Bookmark,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type SimpleParagraphOptions, simpleParagraph, textRun } from '../../../../../shared/export/xml';

type MakeParagraph = (options: SimpleParagraphOptions) => Paragraph;

const docxParagraph: MakeParagraph = (options) =>
  new Paragraph({
    style: options.style,
    bidirectional: options.bidirectional,
    indent: options.indent,
    children: options.children,
  });

/** Every kind of child the export gives a paragraph, made afresh for each document. */
const children = (): ParagraphChild[] => [
  textRun('Cooperation '),
  textRun('grows', { bold: true }),
  new TextRun({ text: 'line', break: 1 }),
  new Bookmark({
    id: '_RefCite1',
    children: [new FootnoteReferenceRun({ children: [new Paragraph('Outlet, Author: “Title”.')] })],
  }),
  new SimpleField('NOTEREF _RefCite1 \\f \\h', '1'),
];

/** The same paragraphs in every combination of style, direction and indent, in two sections and a table. */
function sampleDocument(make: MakeParagraph): Document {
  const paragraphs = [undefined, 'TableText'].flatMap((style) =>
    [false, true].flatMap((bidirectional) =>
      [undefined, { left: 425 }].map((indent) =>
        make({ style, bidirectional: bidirectional || undefined, indent, children: children() }),
      ),
    ),
  );
  const cell = new TableCell({ children: [make({ style: 'TableText', children: [textRun('Rabat')] })] });
  return new Document({
    sections: [
      // The first section ends with a paragraph of ours, which docx gives the section's properties.
      { children: [...paragraphs, make({ children: [textRun('End of the cover')] })] },
      {
        children: [
          new Table({ rows: [new TableRow({ children: [cell] })] }),
          make({
            children: [
              textRun('See the '),
              new ExternalHyperlink({ link: 'https://example.org/', children: [textRun('site')] }),
            ],
          }),
          make({ children: [] }),
        ],
      },
    ],
  });
}

/**
 * The parts, less what differs each time docx writes a document: the times, the hyperlinks' random ids, and
 * the bookmarks' ids, which it counts across every document the process writes.
 */
async function parts(docx: Document): Promise<Record<string, string>> {
  const files = unzipSync(await Packer.pack(docx, 'uint8array'));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => !name.startsWith('docProps/'))
      .map(([name, bytes]) => [
        name,
        strFromU8(bytes)
          .replace(/rId[0-9a-z_-]{21}/g, 'rIdRANDOM')
          .replace(/(<w:bookmark(?:Start|End)[^>]*w:id=)"\d+"/g, '$1""'),
      ]),
  );
}

describe('simple paragraphs', () => {
  it('write what docx’s Paragraph writes, with footnotes, bookmarks, fields, links, sections and cells', async () => {
    const ours = await parts(sampleDocument(simpleParagraph));
    const docx = await parts(sampleDocument(docxParagraph));
    expect(ours['word/document.xml']).toContain(
      '<w:pStyle w:val="TableText"/><w:bidi/><w:ind w:left="425"/>',
    );
    expect(ours['word/document.xml']).toContain('<w:sectPr>');
    expect(ours).toEqual(docx);
  });

  it('are docx paragraphs, so docx and the export treat them as such', () => {
    expect(simpleParagraph({ children: [] })).toBeInstanceOf(Paragraph);
  });
});
