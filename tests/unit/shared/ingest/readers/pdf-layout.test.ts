import { describe, expect, it } from 'vitest';
import {
  blocksFromPdfLines,
  linesOfPage,
  type PdfTextContentItem,
  pdfDateToIso,
} from '../../../../../shared/ingest/readers';

/** A text item as pdf.js gives it: unrotated, at (x, y), this size; width at about half the size a character. */
const at = (
  str: string,
  x: number,
  y: number,
  size = 10,
  more: Partial<PdfTextContentItem> = {},
): PdfTextContentItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
  hasEOL: false,
  ...more,
});

const blocksOf = (...pages: PdfTextContentItem[][]) =>
  blocksFromPdfLines(pages.flatMap((items, index) => linesOfPage(items, index + 1)));

describe('PDF layout', () => {
  it('joins the items of one baseline into a line, with a space where there is a gap', () => {
    const lines = linesOfPage(
      [at('Harbour', 72, 700), at('police', 112, 700), at("'s", 142, 700), at('2', 152, 703, 6)],
      1,
    );
    expect(lines.map((line) => line.text)).toEqual(["Harbour police's2"]);
  });

  it('groups lines into paragraphs by the gaps between them, and joins a hyphenated word', () => {
    expect(
      blocksOf([
        at('The first paragraph runs over', 72, 700),
        at('two lines and ends with a hyphen-', 72, 688),
        at('ated word.', 72, 676),
        at('A second paragraph after a gap.', 72, 650),
      ]),
    ).toEqual([
      { kind: 'paragraph', text: 'The first paragraph runs over two lines and ends with a hyphenated word.' },
      { kind: 'paragraph', text: 'A second paragraph after a gap.' },
    ]);
  });

  it('makes headings of lines set clearly larger than the body, by size in levels', () => {
    const body = (y: number) => at('Body text that sets the usual size of this page.', 72, y);
    expect(
      blocksOf([
        at('Title', 72, 760, 22),
        at('Section', 72, 730, 15),
        body(710),
        body(698),
        body(686),
        at('Section two', 72, 660, 15),
        body(640),
      ]),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'heading', level: 2, text: 'Section' },
      {
        kind: 'paragraph',
        text: 'Body text that sets the usual size of this page. Body text that sets the usual size of this page. Body text that sets the usual size of this page.',
      },
      { kind: 'heading', level: 2, text: 'Section two' },
      { kind: 'paragraph', text: 'Body text that sets the usual size of this page.' },
    ]);
  });

  it('makes lists of lines starting with a bullet or a number, with wrapped item text', () => {
    expect(
      blocksOf([
        at('Intro line of the list.', 72, 700),
        at('•', 72, 680),
        at('first point that wraps', 90, 680),
        at('onto a second line', 90, 668),
        at('–', 72, 656),
        at('second point', 90, 656),
        at('1.', 72, 630),
        at('numbered', 90, 630),
        at('2.', 72, 618),
        at('again', 90, 618),
      ]),
    ).toEqual([
      { kind: 'paragraph', text: 'Intro line of the list.' },
      {
        kind: 'list',
        ordered: false,
        items: [{ text: 'first point that wraps onto a second line' }, { text: 'second point' }],
      },
      { kind: 'list', ordered: true, items: [{ text: 'numbered' }, { text: 'again' }] },
    ]);
  });

  it('drops page numbers and rotated text, and runs a paragraph on across a page break mid-sentence', () => {
    const rotated: PdfTextContentItem = {
      str: 'DRAFT',
      transform: [30, 30, -30, 30, 200, 400],
      width: 100,
      height: 42,
    };
    expect(
      blocksOf(
        [at('A sentence that does not end', 72, 700), rotated, at('1', 300, 40)],
        [at('2', 300, 800), at('on this page but here.', 72, 760)],
      ),
    ).toEqual([{ kind: 'paragraph', text: 'A sentence that does not end on this page but here.' }]);
  });

  it('turns PDF dates into ISO dates as far as they go', () => {
    expect(pdfDateToIso("D:20240402101500+02'00'")).toBe('2024-04-02');
    expect(pdfDateToIso('D:202404')).toBe('2024-04');
    expect(pdfDateToIso('D:20241399')).toBe('2024');
    expect(pdfDateToIso('yesterday')).toBeUndefined();
  });
});
