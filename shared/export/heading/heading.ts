// Headings: Word's Heading 1–3 styles (so the contents and the navigation pane find them), numbered
// 1., 1.1, 1.1.1 when the template numbers its headings.

import { Bookmark, HeadingLevel, type INumberingOptions, LevelFormat, LevelSuffix, Paragraph } from 'docx';
import { type HeadingNode, plainTextOf, type Template } from '../../model';
import { paragraphRunsRightToLeft, renderInline } from '../paragraph';
import type { RenderContext } from '../render-context';

export const HEADING_NUMBERING_REFERENCE = 'heading-numbers';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** Room for the number before the heading text: "1.1.1" at heading size. */
const NUMBER_WIDTH = 720;

/** The numbering definition for headings, or none when the template leaves them unnumbered. */
export function headingNumbering(template: Template): INumberingOptions['config'] {
  if (template.headings.numbering === 'none') return [];
  return [
    {
      reference: HEADING_NUMBERING_REFERENCE,
      levels: ['%1.', '%1.%2', '%1.%2.%3'].map((text, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text,
        suffix: LevelSuffix.TAB,
        style: {
          style: LEVELS[level],
          paragraph: { indent: { left: NUMBER_WIDTH, hanging: NUMBER_WIDTH } },
        },
      })),
    },
  ];
}

export function renderHeading(node: HeadingNode, ctx: RenderContext): Paragraph {
  const level = node.attrs.level;
  const runs = renderInline(node.content, ctx);
  const text = plainTextOf({ type: 'doc', content: [node] })
    .replace(/\s+/g, ' ')
    .trim();
  const bookmark = ctx.contents?.add(level, text, ctx.template.headings.numbering !== 'none');
  return new Paragraph({
    heading: LEVELS[level - 1],
    bidirectional: paragraphRunsRightToLeft(node.content, ctx) || undefined,
    children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs,
  });
}
