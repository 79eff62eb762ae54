// The annex that closes a briefing with citations: every cited source in citation order, with where it
// came from, when, its Admiralty grading and its marking.

import {
  Bookmark,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatGrading, markingLabel, type Source } from '../../model';
import { formatLongDate } from '../dates';
import { DEFAULT_EXPORT_LABELS, gradingMeaning } from '../labels';
import { hasRightToLeftText } from '../paragraph/text-direction';
import type { DocxBlock, RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { wordColor } from '../units';
import { simpleParagraph, simpleTableCell, textRun } from '../xml';
import { describeSource } from './citation';

/** The annex's title in English; each language's is its `sourcesAnnex` label. */
export const SOURCES_ANNEX_TITLE = DEFAULT_EXPORT_LABELS.en.sourcesAnnex;

/** Column shares of the annex table: No., Source, Published, Grading, Marking. */
const COLUMN_SHARES = [0.07, 0.5, 0.14, 0.13, 0.16];

export function renderSourcesAnnex(ctx: RenderContext, width: number): DocxBlock[] {
  const cited = [...ctx.citationNumbers.entries()]
    .sort(([, a], [, b]) => a - b)
    .flatMap(([sourceId, citationNumber]) => {
      const source = ctx.sources.get(sourceId);
      return source ? [{ source, citationNumber }] : [];
    });
  if (cited.length === 0) return [];

  const { colors } = ctx.template;
  const { labels, language, rightToLeft } = ctx;
  const title = labels.sourcesAnnex;
  const line = { style: BorderStyle.SINGLE, size: 4, color: wordColor(colors.border) };
  const columnWidths = COLUMN_SHARES.map((share) => Math.floor(width * share));
  const cell = (children: Paragraph[], column: number, header = false) =>
    simpleTableCell({
      width: columnWidths[column] ?? 0,
      shading: header ? wordColor(colors.tableHeader) : undefined,
      children,
    });
  const text = (value: string, header = false) =>
    simpleParagraph({
      style: header ? STYLE.tableHeading : STYLE.tableText,
      bidirectional: rightToLeft,
      children: [textRun(value, { rightToLeft: hasRightToLeftText(value) })],
    });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      labels.sourceNumber,
      labels.source,
      labels.published,
      labels.gradingColumn,
      labels.marking,
    ].map((title, column) => cell([text(title, true)], column, true)),
  });
  const rows = cited.map(
    ({ source, citationNumber }: { source: Source; citationNumber: number }) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([text(String(citationNumber))], 0),
          cell(
            [
              simpleParagraph({
                style: STYLE.tableText,
                bidirectional: rightToLeft,
                children: describeSource(source, ctx),
              }),
            ],
            1,
          ),
          cell(
            [text(source.publishedAt ? formatLongDate(source.publishedAt, language) : labels.notDated)],
            2,
          ),
          cell(
            [
              simpleParagraph({
                style: STYLE.tableText,
                bidirectional: rightToLeft,
                children: [
                  textRun(formatGrading(source.grading), { bold: true }),
                  new TextRun({
                    text: gradingMeaning(source.grading, language),
                    break: 1,
                    size: 15,
                    rightToLeft: rightToLeft || undefined,
                  }),
                ],
              }),
            ],
            3,
          ),
          cell([text(markingLabel(source.marking))], 4),
        ],
      }),
  );

  return [
    // A Heading 1, so the contents list it, but without the numbers the briefing's own sections have.
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      numbering: false,
      pageBreakBefore: true,
      bidirectional: rightToLeft || undefined,
      children: [
        ctx.contents
          ? new Bookmark({
              id: ctx.contents.add(1, title, false),
              children: [new TextRun({ text: title, rightToLeft: hasRightToLeftText(title) })],
            })
          : new TextRun({ text: title, rightToLeft: hasRightToLeftText(title) }),
      ],
    }),
    new Paragraph({
      style: STYLE.annexNote,
      bidirectional: rightToLeft || undefined,
      text: labels.annexNote,
    }),
    new Table({
      // A right-to-left table has its first column on the right.
      visuallyRightToLeft: rightToLeft || undefined,
      rows: [header, ...rows],
      columnWidths,
      width: { size: columnWidths.reduce((sum, value) => sum + value, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      // Borders on the table, not on each cell: per-cell borders double the time Word's XML takes to write.
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
    }),
  ];
}
