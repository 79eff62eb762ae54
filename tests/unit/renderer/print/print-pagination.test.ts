// How the print view fills its pages from measured blocks: in order, a heading never last on a page, each
// footnote on the page of its first citation with room kept for it.

import { describe, expect, it } from 'vitest';
import { FOOTNOTE_RULE, paginatePrintBlocks } from '../../../../renderer/print/print-pagination';

const block = (height: number, keepWithNext = false, footnotes: number[] = []) => ({
  height,
  keepWithNext,
  footnotes,
});

describe('print pagination', () => {
  it('fills a page before starting the next', () => {
    const pages = paginatePrintBlocks([block(400), block(400), block(400)], 1000);
    expect(pages.map((page) => page.blocks)).toEqual([[0, 1], [2]]);
  });

  it('moves a heading to the next page with the block after it rather than end a page with it', () => {
    const pages = paginatePrintBlocks([block(900), block(40, true), block(200)], 1000);
    expect(pages.map((page) => page.blocks)).toEqual([[0], [1, 2]]);
  });

  it('keeps room for a footnote on the page of its citation, and moves the block when there is none', () => {
    const fits = paginatePrintBlocks([block(800), block(100, false, [50])], 1000);
    expect(fits.map((page) => page.blocks)).toEqual([[0, 1]]);
    const tooTall = paginatePrintBlocks([block(800), block(100, false, [100 - FOOTNOTE_RULE + 1])], 1000);
    expect(tooTall.map((page) => page.blocks)).toEqual([[0], [1]]);
  });

  it('gives a block taller than a page a page of its own', () => {
    const pages = paginatePrintBlocks([block(100), block(1500), block(100)], 1000);
    expect(pages.map((page) => page.blocks)).toEqual([[0], [1], [2]]);
  });
});
