// The document's styles from its template: body font and size, Heading 1–3, the contents entries, footnotes,
// links, and the export's own styles (quote, table text, cover, banners). Everything else refers to these
// by id (style-ids.ts), so the Word user can restyle a whole exported document from the Styles pane.

import { BorderStyle, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';
import type { Template, TemplateHeadingStyle } from '../../model';
import { HEADING_NUMBERING_REFERENCE } from '../heading';
import { STYLE } from '../style-ids';
import { ptToHalfPoints, ptToTwips, wordColor } from '../units';

function fontOf(name: string) {
  return { ascii: name, hAnsi: name, cs: name, eastAsia: name };
}

function headingStyle(template: Template, heading: TemplateHeadingStyle, outlineLevel: number) {
  const numbered = template.headings.numbering !== 'none';
  return {
    run: {
      font: fontOf(template.fonts.headings),
      size: ptToHalfPoints(heading.size),
      bold: heading.bold,
      boldComplexScript: heading.bold,
      italics: heading.italic,
      color: wordColor(heading.color ?? template.colors.accent),
    },
    paragraph: {
      spacing: { before: ptToTwips(heading.spaceBefore), after: ptToTwips(heading.spaceAfter) },
      keepNext: true,
      keepLines: true,
      outlineLevel,
      pageBreakBefore: heading.pageBreakBefore || undefined,
      // Numbered through the style, as Word's own heading numbering is, so every Heading paragraph is numbered
      // and readers that take a numbered paragraph for a list item (pandoc) still see a heading.
      numbering: numbered ? { reference: HEADING_NUMBERING_REFERENCE, level: outlineLevel } : undefined,
    },
  };
}

export function documentStyles(template: Template): IStylesOptions {
  const { fonts, colors } = template;
  const body = ptToHalfPoints(fonts.size);
  const small = ptToHalfPoints(Math.max(fonts.size - 2, 7));
  const muted = wordColor(colors.muted);
  const accent = wordColor(colors.accent);

  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.blockQuote,
      name: 'Block Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: muted },
      paragraph: {
        indent: { left: 567, right: 567 },
        spacing: { before: 60, after: 120 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: accent, space: 8 } },
      },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: ptToHalfPoints(Math.max(fonts.size - 1, 7)) },
      paragraph: { spacing: { before: 20, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE.tableText,
      run: { bold: true, boldComplexScript: true },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.figure,
      name: 'Figure',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { before: 120, after: 120 }, keepNext: false },
    },
    {
      id: STYLE.coverTitle,
      name: 'Cover Title',
      basedOn: 'Normal',
      run: { font: fontOf(fonts.headings), size: 52, bold: true, color: accent },
      paragraph: { spacing: { before: 480, after: 160, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.coverSubtitle,
      name: 'Cover Subtitle',
      basedOn: 'Normal',
      run: { font: fontOf(fonts.headings), size: 30, color: muted },
      paragraph: {
        spacing: { after: 360 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 12 } },
      },
    },
    {
      id: STYLE.coverDetail,
      name: 'Cover Detail',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 40, after: 40 } },
    },
    {
      id: STYLE.markingBanner,
      name: 'Marking Banner',
      basedOn: 'Normal',
      run: { font: fontOf('Arial'), size: 24, bold: true, boldComplexScript: true },
      paragraph: { alignment: 'center', spacing: { before: 0, after: 0 } },
    },
    {
      id: STYLE.pageLine,
      name: 'Page Line',
      basedOn: 'Normal',
      run: { size: small, color: muted },
      paragraph: { alignment: 'center', spacing: { before: 40, after: 40 } },
    },
    {
      id: STYLE.contentsHeading,
      name: 'Contents Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: {
        font: fontOf(fonts.headings),
        size: ptToHalfPoints(template.headings.h1.size),
        bold: true,
        color: accent,
      },
      paragraph: { spacing: { before: 0, after: 240 } },
    },
    {
      id: STYLE.annexNote,
      name: 'Annex Note',
      basedOn: 'Normal',
      run: { size: small, color: muted },
      paragraph: { spacing: { after: 160 } },
    },
    ...[1, 2, 3].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: level === 1 ? true : undefined },
      paragraph: {
        spacing: { before: level === 1 ? 120 : 0, after: 60 },
        indent: { left: (level - 1) * 284 },
      },
    })),
  ];

  return {
    default: {
      document: {
        run: { font: fontOf(fonts.body), size: body, sizeComplexScript: body, color: wordColor(colors.text) },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: headingStyle(template, template.headings.h1, 0),
      heading2: headingStyle(template, template.headings.h2, 1),
      heading3: headingStyle(template, template.headings.h3, 2),
      hyperlink: { run: { color: wordColor(colors.link), underline: {} } },
      footnoteReference: { run: { superScript: true } },
      footnoteText: {
        run: { size: ptToHalfPoints(Math.max(fonts.size - 2.5, 7)) },
        paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles,
  };
}
