// Which page each heading of an exported briefing lands on, for the contents' page numbers: the briefing's
// blocks broken into lines with the fonts' real widths (text-measure.ts) and stacked onto pages the way
// LibreOffice and Word stack the export's paragraphs, tables, pictures and footnotes. It follows what the
// export writes (styles.ts, the block renderers) rather than reading the XML back, so it costs a few
// milliseconds a hundred pages; docs/export.md says what it leaves out.

import {
  type BlockNode,
  type InlineNode,
  type Marking,
  markingLevel,
  type Source,
  type Template,
} from '../../model';
import { imageSize, readImageFile } from '../image';
import { columnWidths, tableGrid } from '../table';
import { PAPER_SIZES } from '../units';
import { type FontFace, faceWidths, singleLineHeight } from './text-measure';

/** What the layout needs of the export beyond the blocks. */
export interface PageLayoutInput {
  readonly template: Template;
  readonly marking: Marking;
  /** The blocks of the body, as exported (revisions put in, when there are any). */
  readonly blocks: readonly BlockNode[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly readAttachment: (sha256: string) => Uint8Array | undefined;
  /** Each footnote's text, by source id, as the export writes it. */
  readonly footnoteText: (source: Source) => string;
  /** The contents' entries, level and title, in order; their count decides the contents' own pages. */
  readonly contents: readonly { readonly level: number; readonly title: string }[];
  /** Whether a Sources annex follows the body, starting on a page of its own. */
  readonly sourcesAnnex: boolean;
}

// ---- What the page is made of, in points.

/** One line of a paragraph or row, with the footnotes whose references it carries. */
interface Line {
  readonly height: number;
  readonly footnotes: readonly number[];
}

interface ParagraphBox {
  readonly kind: 'paragraph';
  readonly lines: Line[];
  readonly before: number;
  readonly after: number;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly pageBreakBefore: boolean;
  /** Set on headings: the contents entry they stand for, counted from 0. */
  readonly entry?: number;
}

interface TableBox {
  readonly kind: 'table';
  /** Rows stay whole; each is one "line" as tall as its tallest cell. */
  readonly rows: Line[];
  readonly entries: readonly number[];
}

type Box = ParagraphBox | TableBox;

/**
 * The line between the text and the footnotes, with its spacing, less the space after the last footnote
 * (each footnote's height counts the 2 pt after it, which the page's last one does not take).
 */
const FOOTNOTE_SEPARATOR = 3;
/** A picture's line is a little taller than the picture: the font's descent below the baseline. */
const PICTURE_LINE_EXTRA = 1.15;
const TWIPS = 1 / 20;

/** LibreOffice rounds the font's line to whole twips before the spacing applies, and the line after it. */
function lineHeight(face: FontFace, size: number, spacing = 1.1): number {
  return Math.round(Math.round(singleLineHeight(face, size) * 20) * spacing) / 20;
}

class BriefingLayout {
  readonly boxes: Box[] = [];
  private readonly footnoted = new Set<string>();
  readonly footnoteHeights: number[] = [];
  private entry = 0;
  readonly body: FontFace;
  readonly headings: FontFace;
  readonly size: number;
  readonly width: number;

  constructor(private readonly input: PageLayoutInput) {
    const { fonts, page } = input.template;
    this.body = { family: fonts.body, bold: false, italic: false };
    this.headings = { family: fonts.headings, bold: true, italic: false };
    this.size = fonts.size;
    const paper = PAPER_SIZES[page.size];
    this.width = paper.width * TWIPS - ((page.margins.left + page.margins.right) * 72) / 25.4;
  }

  /**
   * Breaks inline content into lines `width` wide, in `face` at `size`, `spacing` times single: words go on a
   * line while they fit, the spaces between them counted and those where a line breaks not. One pass over the
   * characters, with no object per word: a 300-page briefing has a hundred thousand words.
   */
  lines(
    content: readonly InlineNode[] | undefined,
    face: FontFace,
    size: number,
    width: number,
    spacing = 1.1,
  ): Line[] {
    const height = lineHeight(face, size, spacing);
    const lines: Line[] = [];
    let used = 0;
    let space = 0;
    let word = 0;
    let started = false;
    let footnotes: number[] = [];
    let wordFootnotes: number[] = [];
    const placeWord = () => {
      if (word === 0 && wordFootnotes.length === 0) return;
      if (started && used + space + word > width) {
        lines.push({ height, footnotes });
        footnotes = [];
        used = word;
      } else used += space + word;
      started = true;
      space = 0;
      word = 0;
      if (wordFootnotes.length > 0) {
        footnotes.push(...wordFootnotes);
        wordFootnotes = [];
      }
    };
    for (const node of content ?? []) {
      if (node.type === 'hardBreak') {
        placeWord();
        lines.push({ height, footnotes });
        footnotes = [];
        used = 0;
        space = 0;
        started = false;
        continue;
      }
      if (node.type === 'citation') {
        // The note's mark, set small and raised, sticks to the word before it.
        word += (faceWidths(face).widths[0x30] ?? 0.55) * size * 0.58;
        const footnote = this.footnote(node.attrs.sourceId);
        if (footnote !== undefined) wordFootnotes.push(footnote);
        continue;
      }
      let bold = face.bold;
      let italic = face.italic;
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') bold = true;
        else if (mark.type === 'italic') italic = true;
      }
      const { widths, fallback } = faceWidths({ family: face.family, bold, italic });
      const text = node.text;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        const ems = code < widths.length ? (widths[code] as number) : Number.NaN;
        const advance = (Number.isNaN(ems) ? fallback : ems) * size;
        if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x2002 || code === 0x2003) {
          placeWord();
          space += advance;
        } else word += advance;
      }
    }
    placeWord();
    if (started || lines.length === 0 || footnotes.length > 0) lines.push({ height, footnotes });
    return lines;
  }

  /** The footnote a citation writes: its height, the first time a source is cited; none after. */
  private footnote(sourceId: string): number | undefined {
    if (this.footnoted.has(sourceId)) return undefined;
    const source = this.input.sources.get(sourceId);
    if (!source) return undefined;
    this.footnoted.add(sourceId);
    const size = Math.max(this.size - 2.5, 7);
    const text: InlineNode[] = [{ type: 'text', text: ` ${this.input.footnoteText(source)}` }];
    const lines = this.lines(text, this.body, size, this.width - 5, 1);
    this.footnoteHeights.push(lines.reduce((sum, line) => sum + line.height, 0) + 2);
    return this.footnoteHeights.length - 1;
  }

  paragraph(box: Omit<ParagraphBox, 'kind'>): ParagraphBox {
    const paragraph: ParagraphBox = { kind: 'paragraph', ...box };
    this.boxes.push(paragraph);
    return paragraph;
  }

  /** A block as the export renders it, `indent` points in, `width` wide; boxes go to `into`. */
  block(node: BlockNode, indent: number, width: number, into: Box[], cell: boolean): void {
    const body = this.body;
    const plain = { before: 0, after: 6, keepNext: false, keepLines: false, pageBreakBefore: false };
    const cellText = { ...plain, before: 1, after: 2 };
    switch (node.type) {
      case 'paragraph':
        into.push({
          kind: 'paragraph',
          lines: cell
            ? this.lines(node.content, body, Math.max(this.size - 1, 7), width, 1)
            : this.lines(node.content, body, this.size, width),
          ...(cell ? cellText : plain),
        });
        return;
      case 'heading': {
        const style = this.input.template.headings[`h${node.attrs.level}` as 'h1' | 'h2' | 'h3'];
        const numbered = this.input.template.headings.numbering !== 'none';
        const face = { ...this.headings, bold: style.bold ?? true, italic: style.italic ?? false };
        into.push({
          kind: 'paragraph',
          lines: this.lines(node.content, face, style.size, width - (numbered ? 36 : 0)),
          before: style.spaceBefore,
          after: style.spaceAfter,
          keepNext: true,
          keepLines: true,
          pageBreakBefore: style.pageBreakBefore ?? false,
          entry: this.entry++,
        });
        return;
      }
      case 'bulletList':
      case 'orderedList':
        for (const item of node.content) {
          for (const child of item.content)
            this.block(child, indent + 21.25, Math.max(width - 21.25, 21.25), into, cell);
        }
        return;
      case 'blockquote': {
        const quoted: Box[] = [];
        for (const child of node.content) this.block(child, indent + 28.35, width - 56.7, quoted, cell);
        into.push(...quoted.map((box) => (box.kind === 'paragraph' ? { ...box, before: 3 } : box)));
        return;
      }
      case 'image': {
        const bytes = this.input.readAttachment(node.attrs.attachmentId);
        const file = bytes ? readImageFile(bytes) : undefined;
        const line = lineHeight(body, this.size);
        const height = file
          ? imageSize(node.attrs, file, Math.floor((width * 20) / 15)).height * 0.75 + PICTURE_LINE_EXTRA
          : line;
        into.push({ kind: 'paragraph', lines: [{ height, footnotes: [] }], ...plain, before: 6, after: 6 });
        return;
      }
      case 'table':
        into.push(this.table(node, width));
        // The export's small spacer paragraph after every table.
        into.push({
          kind: 'paragraph',
          lines: [{ height: lineHeight(body, 6), footnotes: [] }],
          ...plain,
          after: 0,
        });
        return;
    }
  }

  private table(node: Extract<BlockNode, { type: 'table' }>, width: number): TableBox {
    // The columns the export gives the table, from its text (column-widths.ts), less each cell's margins.
    const grid = tableGrid(node);
    const columns = columnWidths(grid, Math.round(width * 20));
    const rows: Line[] = [];
    const entries: number[] = [];
    node.content.forEach((row, rowIndex) => {
      let tallest = 0;
      const footnotes: number[] = [];
      row.content.forEach((cell, cellIndex) => {
        const at = grid.cells[rowIndex]?.[cellIndex] ?? { column: 0, span: 1 };
        const span = columns.slice(at.column, at.column + at.span).reduce((sum, value) => sum + value, 0);
        const cellWidth = Math.max(span - 216, 108) / 20;
        const boxes: Box[] = [];
        for (const child of cell.content) this.block(child, 0, cellWidth, boxes, true);
        let height = 0;
        let after = 0;
        for (const box of boxes) {
          if (box.kind === 'table') {
            height += box.rows.reduce((sum, line) => sum + line.height, 0);
            entries.push(...box.entries);
            continue;
          }
          height += Math.max(after, box.before) + box.lines.reduce((sum, line) => sum + line.height, 0);
          after = box.after;
          for (const line of box.lines) footnotes.push(...line.footnotes);
          if (box.entry !== undefined) entries.push(box.entry);
        }
        tallest = Math.max(tallest, height + after);
      });
      rows.push({ height: tallest + 0.5, footnotes });
    });
    return { kind: 'table', rows, entries };
  }

  /** The contents page: its title and one line for each entry (they are short enough not to wrap). */
  contentsBoxes(): Box[] {
    const { template } = this.input;
    const boxes: Box[] = [
      {
        kind: 'paragraph',
        lines: [{ height: lineHeight(this.headings, template.headings.h1.size), footnotes: [] }],
        before: 0,
        after: 12,
        keepNext: false,
        keepLines: false,
        pageBreakBefore: false,
      },
    ];
    for (const entry of this.input.contents) {
      const face = { ...this.body, bold: entry.level === 1 };
      const indent = ((entry.level - 1) * 284) / 20;
      const text: InlineNode[] = [{ type: 'text', text: `${entry.title} 000` }];
      boxes.push({
        kind: 'paragraph',
        lines: this.lines(text, face, this.size, this.width - indent),
        before: entry.level === 1 ? 6 : 0,
        after: 3,
        keepNext: false,
        keepLines: false,
        pageBreakBefore: false,
      });
    }
    return boxes;
  }

  /** Points from the top of the page to the body, and the body's height, with the header and footer's room. */
  page(): { height: number } {
    const { template, marking } = this.input;
    const paper = PAPER_SIZES[template.page.size].height * TWIPS;
    const mm = (value: number) => (value * 72) / 25.4;
    const { margins } = template.page;
    const small = Math.max(this.size - 2, 7);
    const banner = markingLevel(marking).printNote ? 2 : 1;
    const bannerHeight = banner * lineHeight({ family: 'Arial', bold: true, italic: false }, 12);
    const pageLine = lineHeight(this.body, small) + 2;
    const footerLines = (template.footer.text ? 1 : 0) + 1;
    const footer =
      Math.round((Math.min(8, margins.bottom / 2) * 1440) / 25.4) * TWIPS +
      2 +
      footerLines * pageLine +
      bannerHeight;
    const header =
      Math.round((Math.min(10, margins.top / 2) * 1440) / 25.4) * TWIPS +
      bannerHeight +
      (template.header.text ? pageLine + 2 : 0);
    const top = Math.max(mm(margins.top), header);
    const bottom = Math.max(mm(margins.bottom), footer);
    return { height: paper - top - bottom };
  }
}

/** Stacks boxes onto pages from `firstPage`; returns the page after the last, and the page of each entry. */
function paginate(
  boxes: readonly Box[],
  firstPage: number,
  pageHeight: number,
  footnoteHeights: readonly number[],
  pages: number[],
): number {
  let page = firstPage;
  let y = 0;
  let notes = 0;
  let lastAfter = 0;
  let atTop = true;
  // A section's first page, or one a page break starts, keeps the first paragraph's space before; a page
  // the text flowed onto does not.
  let brokenTo = true;
  const newPage = (broken = false) => {
    page += 1;
    y = 0;
    notes = 0;
    lastAfter = 0;
    atTop = true;
    brokenTo = broken;
  };
  const noteRoom = (line: Line) => {
    let extra = 0;
    for (const footnote of line.footnotes) extra += footnoteHeights[footnote] ?? 0;
    if (extra > 0 && notes === 0) extra += FOOTNOTE_SEPARATOR;
    return extra;
  };
  /** Places one line; false when it would not fit on this page. */
  const fits = (line: Line, gap: number) =>
    y + gap + line.height + notes + noteRoom(line) <= pageHeight + 0.01;
  const place = (line: Line, gap: number) => {
    notes += noteRoom(line);
    y += gap + line.height;
    atTop = false;
  };
  for (let index = 0; index < boxes.length; index += 1) {
    const box = boxes[index] as Box;
    if (box.kind === 'table') {
      let first = true;
      for (const row of box.rows) {
        const gap = first ? lastAfter : 0;
        if (!fits(row, atTop ? 0 : gap)) newPage();
        if (first) for (const entry of box.entries) pages[entry] = page;
        place(row, atTop ? 0 : gap);
        first = false;
      }
      lastAfter = 0;
      continue;
    }
    if (box.pageBreakBefore && !atTop) newPage(true);
    let gap = atTop ? (brokenTo ? box.before : 0) : Math.max(lastAfter, box.before);
    // Kept together, and with the first line of what follows: a heading never ends a page.
    if (!atTop && (box.keepLines || box.keepNext)) {
      let need = gap + box.lines.reduce((sum, line) => sum + line.height, 0);
      let after = box.after;
      for (let next = index + 1, keep = box.keepNext; keep && next < boxes.length; next += 1) {
        const following = boxes[next] as Box;
        const firstLine = following.kind === 'table' ? following.rows[0] : following.lines[0];
        need +=
          (following.kind === 'table' ? after : Math.max(after, following.before)) + (firstLine?.height ?? 0);
        keep = following.kind === 'paragraph' && following.keepNext;
        if (keep && following.kind === 'paragraph') {
          need += following.lines.slice(1).reduce((sum, line) => sum + line.height, 0);
          after = following.after;
        }
      }
      if (y + need + notes > pageHeight + 0.01 && need + notes <= pageHeight) {
        newPage();
        gap = 0;
      }
    }
    // Widow and orphan control, which LibreOffice applies to the export's paragraphs: a page never ends
    // with a paragraph's first line alone, nor starts with its last.
    let at = 0;
    while (at < box.lines.length) {
      let fitting = 0;
      let probe = y;
      let probeNotes = notes;
      for (let index = at; index < box.lines.length; index += 1) {
        const line = box.lines[index] as Line;
        let extra = 0;
        for (const footnote of line.footnotes) extra += footnoteHeights[footnote] ?? 0;
        if (extra > 0 && probeNotes === 0) extra += FOOTNOTE_SEPARATOR;
        const lineGap = index === at ? gap : 0;
        if (probe + lineGap + line.height + probeNotes + extra > pageHeight + 0.01) break;
        probe += lineGap + line.height;
        probeNotes += extra;
        fitting += 1;
      }
      const remaining = box.lines.length - at;
      if (fitting < remaining && !atTop) {
        if (remaining - fitting < 2) fitting = remaining - 2;
        if (at === 0 && fitting < 2) fitting = 0;
        if (box.keepLines) fitting = 0;
      }
      if (fitting <= 0 && !atTop) {
        newPage();
        gap = 0;
        continue;
      }
      // At the top of a page what does not fit still has to go somewhere: at least a line.
      const count = Math.max(1, fitting);
      for (let index = at; index < at + count; index += 1) {
        if (index === 0 && box.entry !== undefined) pages[box.entry] = page;
        place(box.lines[index] as Line, gap);
        gap = 0;
      }
      at += count;
      if (at < box.lines.length) newPage();
    }
    lastAfter = box.after;
  }
  return atTop ? page : page + 1;
}

/**
 * The page (counted from 1 at the cover) each contents entry's heading starts on, in the contents' order: the
 * briefing's headings, then the Sources annex when there is one.
 */
export function layOutContentsPages(input: PageLayoutInput): number[] {
  const layout = new BriefingLayout(input);
  for (const block of input.blocks) layout.block(block, 0, layout.width, layout.boxes, false);
  const { height } = layout.page();
  const pages: number[] = [];
  let page = input.template.cover ? 2 : 1;
  const contentsPages: number[] = [];
  page = paginate(layout.contentsBoxes(), page, height, [], contentsPages);
  const afterBody = paginate(layout.boxes, page, height, layout.footnoteHeights, pages);
  if (input.sourcesAnnex) pages.push(afterBody);
  return pages;
}
