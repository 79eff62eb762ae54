// docx's commonest elements, with the XML of their properties formatted once by docx and shared, rather than
// again for every element: text runs, paragraphs and table cells make up most of a long briefing. Each is
// held to what docx's own class writes by tests/unit/shared/export/xml/. See docs/export.md, "Packing".

export { type SimpleParagraphOptions, simpleParagraph } from './simple-paragraph';
export { type SimpleTableCellOptions, simpleTableCell } from './simple-table-cell';
export { type RunFormat, textRun } from './text-run';
