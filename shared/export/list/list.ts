// Bulleted and numbered lists, nested to any depth. Each list level is a Word numbering level; every
// ordered list is its own numbering instance, so it counts from its own start however many lists came
// before. A list item's first paragraph carries the bullet or number; its other blocks are indented under it.

import { AlignmentType, type ILevelsOptions, LevelFormat, type NumberingDefinition, Paragraph } from 'docx';
import type { BulletListNode, ListItemNode, OrderedListNode } from '../../model';
import { renderParagraph } from '../paragraph';
import type { DocxBlock, Placement, RenderContext } from '../render-context';

export const BULLET_REFERENCE = 'bullets';
/** Word has nine list levels; deeper items stay at the ninth. */
const MAX_LEVEL = 8;
/** Each list level is indented this much further than the one above: 0.75 cm. */
export const LIST_STEP = 425;
/** The bullet or number hangs this far left of the item's text. */
const HANGING = 340;

const BULLETS = ['\u2022', '\u2013', '\u25aa'];
const ORDERED_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (level: number) => `%${level + 1}.` },
  { format: LevelFormat.LOWER_LETTER, text: (level: number) => `%${level + 1})` },
  { format: LevelFormat.LOWER_ROMAN, text: (level: number) => `%${level + 1}.` },
];

function levelIndent(level: number) {
  return { left: LIST_STEP * (level + 1), hanging: HANGING };
}

/** The bullet list definition: one level per depth, cycling through three bullet shapes. */
export function bulletNumbering(): NumberingDefinition {
  return {
    reference: BULLET_REFERENCE,
    levels: Array.from(
      { length: MAX_LEVEL + 1 },
      (_, level): ILevelsOptions => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length],
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: levelIndent(level) } },
      }),
    ),
  };
}

/** An ordered list definition starting at `start` at every level; defined once per start used. */
function orderedNumbering(start: number): NumberingDefinition {
  return {
    reference: `ordered-from-${start}`,
    levels: Array.from({ length: MAX_LEVEL + 1 }, (_, level): ILevelsOptions => {
      const { format, text } = ORDERED_FORMATS[level % ORDERED_FORMATS.length] as (typeof ORDERED_FORMATS)[0];
      return {
        level,
        format,
        text: text(level),
        start,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: levelIndent(level) } },
      };
    }),
  };
}

function renderItem(
  item: ListItemNode,
  ctx: RenderContext,
  placement: Placement,
  numbering: { reference: NumberingDefinition | string; level: number; instance?: number },
): DocxBlock[] {
  const textIndent = placement.indent + LIST_STEP;
  const inner: Placement = {
    ...placement,
    indent: textIndent,
    width: Math.max(placement.width - LIST_STEP, LIST_STEP),
    listDepth: placement.listDepth + 1,
  };
  // The level's own indent needs no repeating; an explicit one is only for lists inside quotes (or past the
  // ninth level), and readers such as pandoc take an explicit indent on a list item for a quotation.
  const indent =
    textIndent === levelIndent(numbering.level).left ? undefined : { left: textIndent, hanging: HANGING };
  const [first, ...rest] = item.content;
  const blocks: DocxBlock[] = [];
  if (first?.type === 'paragraph') {
    blocks.push(renderParagraph(first, ctx, placement, { numbering, indent }));
  } else {
    // An item that opens with something other than text still gets its bullet, on a line of its own.
    blocks.push(new Paragraph({ numbering, indent }));
    if (first) rest.unshift(first);
  }
  blocks.push(...ctx.renderBlocks(rest, inner));
  return blocks;
}

export function renderList(
  node: BulletListNode | OrderedListNode,
  ctx: RenderContext,
  placement: Placement,
): DocxBlock[] {
  const level = Math.min(placement.listDepth, MAX_LEVEL);
  const numbering =
    node.type === 'bulletList'
      ? { reference: BULLET_REFERENCE, level }
      : { reference: orderedNumbering(node.attrs.start), level, instance: ctx.nextListInstance() };
  return node.content.flatMap((item) => renderItem(item, ctx, placement, numbering));
}
