// The contents page. With its pages laid out, docx fills the contents from the headings, with page numbers.
// A briefing too long to lay out quickly gets its entries from here instead: each heading, numbered as the
// template numbers it, linking to a bookmark on the heading, without page numbers (Word adds them when the
// user updates the field). Either way the field is written clean, so Word asks nothing on opening.

import { LeaderType, Paragraph, TableOfContents, TextRun } from 'docx';
import { headingNumberer } from '../heading/heading-number';
import { hasRightToLeftText } from '../paragraph/text-direction';
import type { ContentsEntries, DocxBlock, RenderContext } from '../render-context';
import { STYLE } from '../style-ids';

type ContentsEntry = NonNullable<
  NonNullable<ConstructorParameters<typeof TableOfContents>[1]>['cachedEntries']
>[number];

export class ContentsCollector implements ContentsEntries {
  entries: ContentsEntry[] = [];
  private readonly nextNumber = headingNumberer();

  add(level: 1 | 2 | 3, text: string, numbered: boolean): string {
    const title = numbered ? `${this.nextNumber(level)}\u2002${text}` : text;
    const bookmark = `_TocDD${this.entries.length + 1}`;
    this.entries.push({ title, level, href: bookmark });
    return bookmark;
  }

  /** Gives each entry, in order, the page its heading starts on. */
  setPages(pages: readonly number[]): void {
    this.entries.forEach((entry, index) => {
      this.entries[index] = { ...entry, page: pages[index] };
    });
  }
}

/**
 * The contents heading in the briefing's language ("Inhalt", "Sommaire") and the field, filled from
 * `collected` entries when given, else from the headings by docx.
 */
export function renderContents(
  collected: ContentsCollector | undefined,
  ctx: Pick<RenderContext, 'labels' | 'rightToLeft'>,
): DocxBlock[] {
  const options = { hyperlink: true, headingStyleRange: '1-3' };
  const heading = ctx.labels.contents;
  return [
    new Paragraph({
      style: STYLE.contentsHeading,
      bidirectional: ctx.rightToLeft || undefined,
      children: [new TextRun({ text: heading, rightToLeft: hasRightToLeftText(heading) })],
    }),
    collected && collected.entries.length > 0
      ? // No dots leading to a page number that is not there.
        new TableOfContents(heading, {
          ...options,
          beginDirty: false,
          cachedEntries: collected.entries,
          // No dots leading to a page number that is not there.
          tabLeader: collected.entries.some((entry) => entry.page !== undefined)
            ? LeaderType.DOT
            : LeaderType.NONE,
        })
      : new TableOfContents(heading, options),
  ] as DocxBlock[];
}
