// Which page of the print view each block of a briefing goes on, from the heights the page measured: blocks
// stacked down a page's text area, a heading kept with what follows it, each footnote on the page of its
// first citation, above the footer. Pure, so the print view and its tests share it.

export interface MeasuredBlock {
  /** The block's height, with its margins, in CSS pixels. */
  readonly height: number;
  /** A heading: it never ends a page. */
  readonly keepWithNext: boolean;
  /** The heights of the footnotes this block is the first to cite. */
  readonly footnotes: readonly number[];
}

export interface PrintPage {
  /** Indexes of the blocks on the page, in order. */
  readonly blocks: number[];
}

/** Room the line above the footnotes takes, in CSS pixels. */
export const FOOTNOTE_RULE = 12;

const noteHeight = (block: MeasuredBlock) => block.footnotes.reduce((sum, height) => sum + height, 0);

/** Blocks onto pages `pageHeight` tall; a block taller than a page gets a page of its own. */
export function paginatePrintBlocks(blocks: readonly MeasuredBlock[], pageHeight: number): PrintPage[] {
  const pages: PrintPage[] = [{ blocks: [] }];
  let used = 0;
  let notes = 0;
  const fits = (from: number, to: number) => {
    let height = 0;
    let extra = 0;
    for (let index = from; index <= to; index += 1) {
      const block = blocks[index] as MeasuredBlock;
      height += block.height;
      extra += noteHeight(block);
    }
    const rule = notes === 0 && extra > 0 ? FOOTNOTE_RULE : 0;
    return used + height + notes + extra + rule <= pageHeight;
  };
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as MeasuredBlock;
    // A heading goes with the block after it (and a run of headings with the first block after them).
    let last = index;
    while (last + 1 < blocks.length && (blocks[last] as MeasuredBlock).keepWithNext) last += 1;
    const current = pages[pages.length - 1] as PrintPage;
    if (current.blocks.length > 0 && !fits(index, last)) {
      pages.push({ blocks: [] });
      used = 0;
      notes = 0;
    }
    const extra = noteHeight(block);
    if (extra > 0 && notes === 0) notes += FOOTNOTE_RULE;
    notes += extra;
    used += block.height;
    (pages[pages.length - 1] as PrintPage).blocks.push(index);
  }
  return pages;
}
