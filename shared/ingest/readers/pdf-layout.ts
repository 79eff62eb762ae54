// Rebuilds blocks from where a PDF puts its text: items into lines by their baseline, lines into
// paragraphs by the gaps between them; a line set clearly larger than the body is a heading, and lines
// that start with a bullet or "1." are list items.

import type { IngestBlock, IngestListItem } from '../material';
import type { PdfTextContentItem } from './libraries';

export interface PdfLine {
  readonly text: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  /** Right edge. */
  readonly end: number;
  /** Font size, averaged over the line's characters. */
  readonly size: number;
  readonly page: number;
}

/** A line this much larger than the body text is a heading. */
const HEADING_RATIO = 1.2;
const MAX_HEADING_LENGTH = 200;
/** A gap this much wider than the usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.4;
const BULLET = /^[•●▪◦‣∙·○■□\-–—*\uf0b7\uf0a7]\s+(.*)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;
const PAGE_NUMBER = /^(page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(\s*(of|\/)\s*\d{1,4})?$/i;
const SENTENCE_END = /[.!?:;"”’»)]$/;

interface OpenLine {
  text: string;
  x: number;
  y: number;
  end: number;
  weightedSize: number;
  characters: number;
  closed: boolean;
}

/** The lines of one page, in the order the page draws them. */
export function linesOfPage(items: readonly PdfTextContentItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let open: OpenLine | undefined;
  const close = () => {
    if (!open) return;
    const text = open.text.replace(/\s+/g, ' ').trim();
    const size = open.characters > 0 ? open.weightedSize / open.characters : 0;
    if (text) lines.push({ text, x: open.x, y: open.y, end: open.end, size, page });
    open = undefined;
  };
  for (const item of items) {
    const transform = item.transform;
    if (typeof item.str !== 'string' || !transform || transform.length < 6) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = transform;
    const size = Math.abs(d) || item.height || 0;
    // Rotated text (a watermark across the page, a label up a margin) is not part of the reading.
    if (Math.abs(b) > Math.abs(a) * 0.05 || Math.abs(c) > Math.abs(d) * 0.05) continue;
    if (item.str.trim() === '') {
      if (open && item.str) open.text += ' ';
      if (item.hasEOL && open) open.closed = true;
      continue;
    }
    const width = item.width ?? 0;
    const sameLine = open && !open.closed && Math.abs(y - open.y) <= Math.max(size, 1) * 0.5;
    if (!open || !sameLine) {
      close();
      open = { text: item.str, x, y, end: x + width, weightedSize: 0, characters: 0, closed: false };
    } else {
      const gap = x - open.end;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(open.text) && !/^\s/.test(item.str);
      open.text += (needsSpace ? ' ' : '') + item.str;
      open.end = Math.max(open.end, x + width);
    }
    const characters = item.str.trim().length;
    open.weightedSize += size * characters;
    open.characters += characters;
    if (item.hasEOL) open.closed = true;
  }
  close();
  return dropPageNumbers(lines);
}

/** A page number alone at the top or bottom of a page is furniture, not text. */
function dropPageNumbers(lines: PdfLine[]): PdfLine[] {
  if (lines.length === 0) return lines;
  const top = Math.max(...lines.map((line) => line.y));
  const bottom = Math.min(...lines.map((line) => line.y));
  return lines.filter((line) => !(PAGE_NUMBER.test(line.text) && (line.y === top || line.y === bottom)));
}

function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const size = roundSize(line.size);
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && size < best)) {
      best = size;
      bestWeight = weight;
    }
  }
  return best;
}

/** The usual distance between two lines of body text: the median of the gaps between body lines. */
function lineSpacing(lines: readonly PdfLine[], body: number): number {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as PdfLine;
    const line = lines[index] as PdfLine;
    if (line.page !== previous.page || roundSize(line.size) !== body || roundSize(previous.size) !== body)
      continue;
    const gap = previous.y - line.y;
    if (gap > 0 && gap < body * 3) gaps.push(gap);
  }
  if (gaps.length === 0) return body * 1.2;
  gaps.sort((left, right) => left - right);
  return gaps[Math.floor(gaps.length / 2)] as number;
}

type Kind = 'heading' | 'bullet' | 'numbered' | 'body';

function kindOf(line: PdfLine, body: number): Kind {
  if (
    line.size >= body * HEADING_RATIO &&
    line.text.length <= MAX_HEADING_LENGTH &&
    /\p{L}/u.test(line.text)
  ) {
    return 'heading';
  }
  if (BULLET.test(line.text)) return 'bullet';
  if (NUMBERED.test(line.text)) return 'numbered';
  return 'body';
}

/** Lines of one paragraph joined; a word hyphenated across two lines is joined again. */
function joinLines(texts: readonly string[]): string {
  let text = '';
  for (const line of texts) {
    if (!text) text = line;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text = `${text} ${line}`;
  }
  return text;
}

/** Blocks from the lines of every page, in order. */
export function blocksFromPdfLines(lines: readonly PdfLine[]): IngestBlock[] {
  if (lines.length === 0) return [];
  const body = bodySize(lines);
  const spacing = lineSpacing(lines, body);
  const headingSizes = [
    ...new Set(lines.filter((line) => kindOf(line, body) === 'heading').map((line) => roundSize(line.size))),
  ].sort((left, right) => right - left);
  const levelOf = (size: number) => Math.min(3, headingSizes.indexOf(roundSize(size)) + 1) as 1 | 2 | 3;
  const widest = new Map<number, number>();
  for (const line of lines) widest.set(line.page, Math.max(widest.get(line.page) ?? 0, line.end));

  const blocks: IngestBlock[] = [];
  let paragraph: string[] = [];
  let heading: { texts: string[]; size: number } | undefined;
  let list: { ordered: boolean; items: { texts: string[]; x: number }[] } | undefined;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: joinLines(paragraph) });
    if (heading)
      blocks.push({ kind: 'heading', level: levelOf(heading.size), text: joinLines(heading.texts) });
    if (list) {
      const items: IngestListItem[] = list.items.map((item) => ({ text: joinLines(item.texts) }));
      blocks.push({ kind: 'list', ordered: list.ordered, items });
    }
    paragraph = [];
    heading = undefined;
    list = undefined;
  };

  let previous: PdfLine | undefined;
  for (const line of lines) {
    const kind = kindOf(line, body);
    const newPage = previous !== undefined && previous.page !== line.page;
    const gap = previous && !newPage ? previous.y - line.y : 0;
    const wideGap = gap > spacing * PARAGRAPH_GAP_RATIO || gap < -spacing;
    // A paragraph may run on to the next page: the page ended mid-sentence and the text goes on in lower case.
    const runsOn =
      newPage &&
      kind === 'body' &&
      paragraph.length > 0 &&
      !SENTENCE_END.test(previous?.text ?? '') &&
      /^\p{Ll}/u.test(line.text);
    const shortLastLine =
      previous !== undefined &&
      SENTENCE_END.test(previous.text) &&
      previous.end < (widest.get(previous.page) ?? 0) * 0.85;

    if (kind === 'heading') {
      const continues =
        heading && !wideGap && !newPage && Math.abs(roundSize(heading.size) - roundSize(line.size)) < 0.5;
      if (continues) heading?.texts.push(line.text);
      else {
        flush();
        heading = { texts: [line.text], size: line.size };
      }
    } else if (kind === 'bullet' || kind === 'numbered') {
      const ordered = kind === 'numbered';
      const match = (ordered ? NUMBERED : BULLET).exec(line.text);
      const text = (ordered ? match?.[2] : match?.[1]) ?? line.text;
      if (!list || list.ordered !== ordered || (wideGap && gap > spacing * 2.5)) {
        flush();
        list = { ordered, items: [] };
      }
      list.items.push({ texts: [text], x: line.x });
    } else if (
      list &&
      !wideGap &&
      !newPage &&
      line.x > (list.items[list.items.length - 1]?.x ?? 0) + body * 0.5
    ) {
      // A list item's text wrapped onto the next line, indented past its bullet.
      list.items[list.items.length - 1]?.texts.push(line.text);
    } else if (paragraph.length > 0 && (runsOn || (!newPage && !wideGap && !shortLastLine))) {
      paragraph.push(line.text);
    } else {
      flush();
      paragraph = [line.text];
    }
    previous = line;
  }
  flush();
  return blocks;
}
