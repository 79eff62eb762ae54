// What is printed on every page: the marking centred at the top and bottom in its scheme's wording and
// colours (TLP's coloured label on black; German GEHEIM in red, with "amtlich geheim gehalten"), the
// template's header and footer lines, and "Page X of Y" in the briefing's language ("Seite X von Y") as
// PAGE and NUMPAGES fields.

import { Footer, Header, type IRunOptions, PageNumber, Paragraph, ShadingType, TextRun } from 'docx';
import { type Marking, markingLevel, type Template } from '../../model';
import { hasRightToLeftText } from '../paragraph/text-direction';
import type { RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { ptToHalfPoints, wordColor } from '../units';
import { fillLine, fillPlaceholders, type PlaceholderValues } from './placeholders';

const WHITE = '#FFFFFF';
const NBSP = '\u00a0';

/** The marking as a centred banner: the label (12 pt or more, as TLP asks) and any note printed with it. */
export function markingBanner(marking: Marking, sizePt = 12): Paragraph[] {
  const level = markingLevel(marking);
  // A label on a coloured ground gets a space either side, so the ground frames it.
  const grounded = level.backgroundColor.toUpperCase() !== WHITE;
  const run: IRunOptions = {
    color: wordColor(level.textColor),
    size: ptToHalfPoints(sizePt),
    shading: grounded
      ? { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(level.backgroundColor) }
      : undefined,
  };
  const paragraphs = [
    new Paragraph({
      style: STYLE.markingBanner,
      children: [new TextRun({ ...run, text: grounded ? `${NBSP}${level.label}${NBSP}` : level.label })],
    }),
  ];
  if (level.printNote) {
    paragraphs.push(
      new Paragraph({
        style: STYLE.markingBanner,
        children: [
          new TextRun({ ...run, text: level.printNote, bold: false, size: ptToHalfPoints(sizePt - 3) }),
        ],
      }),
    );
  }
  return paragraphs;
}

/** "Page {page} of {pages}" with Word's page fields in place of the two names. */
function pageNumberRuns(pattern: string, values: PlaceholderValues): TextRun {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of pattern.split(/(\{page\}|\{pages\})/)) {
    if (part === '{page}') children.push(PageNumber.CURRENT);
    else if (part === '{pages}') children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(fillPlaceholders(part, values));
  }
  return new TextRun({ children, rightToLeft: hasRightToLeftText(pattern) || undefined });
}

type Direction = Pick<RenderContext, 'rightToLeft'>;

function line(text: string, ctx: Direction): Paragraph[] {
  return text
    ? [
        new Paragraph({
          style: STYLE.pageLine,
          bidirectional: ctx.rightToLeft || undefined,
          children: [new TextRun({ text, rightToLeft: hasRightToLeftText(text) || undefined })],
        }),
      ]
    : [];
}

export function pageHeader(
  template: Template,
  marking: Marking,
  values: PlaceholderValues,
  ctx: Direction,
): Header {
  return new Header({
    children: [...markingBanner(marking), ...line(fillLine(template.header.text, values), ctx)],
  });
}

/** The footer line, "Page X of Y" in the briefing's language (its `pageFooter` label), and the marking. */
export function pageFooter(
  template: Template,
  marking: Marking,
  values: PlaceholderValues,
  ctx: Direction & Pick<RenderContext, 'labels'>,
): Footer {
  return new Footer({
    children: [
      ...line(fillLine(template.footer.text, values), ctx),
      new Paragraph({
        style: STYLE.pageLine,
        bidirectional: ctx.rightToLeft || undefined,
        children: [pageNumberRuns(ctx.labels.pageFooter, values)],
      }),
      ...markingBanner(marking),
    ],
  });
}
