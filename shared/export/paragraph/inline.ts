// Inline content (text with marks, links, line breaks, citations) as Word runs.

import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, type ParagraphChild, TextRun } from 'docx';
import type { InlineNode, RichTextMark, TextNode } from '../../model';
import { renderCitation } from '../citation';
import type { RenderContext } from '../render-context';
import { STYLE } from '../style-ids';
import { type RunFormat, textRun } from '../xml';
import { hasRightToLeftText } from './text-direction';

/** Formatting every run of a paragraph shares, e.g. bold in a table header cell. */
export type RunBase = Pick<RunFormat, 'bold' | 'italics'>;

function formattedRun(node: TextNode, base: RunBase, linked: boolean, ctx: RenderContext): ParagraphChild {
  let bold = base.bold === true;
  let italics = base.italics === true;
  let strike = false;
  let underline = false;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') bold = true;
    else if (mark.type === 'italic') italics = true;
    else if (mark.type === 'strike') strike = true;
    else if (mark.type === 'underline') underline = !linked;
  }
  const rightToLeft = hasRightToLeftText(node.text);
  const revision = ctx.revisionOf?.(node);
  if (revision) {
    const { kind, id, author, date } = revision;
    const format = { text: node.text, style: linked ? STYLE.hyperlink : undefined, bold, italics, strike };
    const options = { ...format, underline: underline ? {} : undefined, rightToLeft, id, author, date };
    return kind === 'inserted' ? new InsertedTextRun(options) : new DeletedTextRun(options);
  }
  return textRun(node.text, {
    style: linked ? STYLE.hyperlink : undefined,
    bold,
    italics,
    strike,
    underline,
    rightToLeft,
  });
}

function linkOf(node: InlineNode): string | undefined {
  if (node.type !== 'text') return undefined;
  const link = node.marks?.find(
    (mark): mark is Extract<RichTextMark, { type: 'link' }> => mark.type === 'link',
  );
  return link?.attrs.href;
}

/** Runs for a paragraph's or heading's inline content; adjacent text with the same link is one hyperlink. */
export function renderInline(
  content: readonly InlineNode[] | undefined,
  ctx: RenderContext,
  base: RunBase = {},
): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  const nodes = content ?? [];
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index] as InlineNode;
    if (node.type === 'hardBreak') {
      children.push(new TextRun({ ...base, break: 1 }));
    } else if (node.type === 'citation') {
      children.push(renderCitation(node, ctx));
    } else {
      const href = linkOf(node);
      if (!href) {
        children.push(formattedRun(node, base, false, ctx));
        continue;
      }
      const runs = [formattedRun(node, base, true, ctx)];
      while (index + 1 < nodes.length && linkOf(nodes[index + 1] as InlineNode) === href) {
        index += 1;
        runs.push(formattedRun(nodes[index] as TextNode, base, true, ctx));
      }
      children.push(new ExternalHyperlink({ link: href, children: runs }));
    }
  }
  return children;
}
