// Ids of the paragraph and character styles the export defines (document/styles.ts) and the block
// renderers use, in one place so a renderer never names a style the document lacks.

export const STYLE = {
  blockQuote: 'BlockQuote',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  figure: 'Figure',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverDetail: 'CoverDetail',
  markingBanner: 'MarkingBanner',
  pageLine: 'PageLine',
  contentsHeading: 'ContentsHeading',
  annexNote: 'AnnexNote',
  hyperlink: 'Hyperlink',
  footnoteReference: 'FootnoteReference',
  footnoteText: 'FootnoteText',
} as const;
