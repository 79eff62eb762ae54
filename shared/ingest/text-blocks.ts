// Cuts pasted or saved plain text into typed blocks by the shape of its lines: short unpunctuated lines are
// headings, "- " and "1." lines are lists, pipe rows are tables. (Markdown is read by markdown-blocks.ts.)

import type { IngestBlock, IngestListBlock, IngestListItem } from './material';

const BULLET = /^(\s*)(?:[-*+•▪◦–·])\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,3})[.)]\s+(.*)$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TERMINAL_PUNCTUATION = /[.,;:!…"“”'’»)\]]$/;

/** Longest line, in words, still read as a heading in plain text. */
const HEADING_MAX_WORDS = 15;

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Sentences: a stop, question or exclamation mark followed by a space and a capital, digit or quote ends one.
 * "14.02.2024", "U.S. officials" and German ordinals ("am 12. Februar") stay whole.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’')\]]*)(?<!(?:^|[^\p{L}\p{N}.])\d{1,2}\.)\s+(?=[\p{Lu}\p{Lo}"“‘(\d])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A line that reads as a heading: short, starts like a sentence, and is not closed by punctuation. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 120 || wordCount(text) > HEADING_MAX_WORDS) return false;
  if (TERMINAL_PUNCTUATION.test(text)) return false;
  return /^[\p{Lu}\p{Lo}\d"“‘'¿¡]/u.test(text);
}

function splitPipeRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => collapseWhitespace(cell.replace(/\\\|/g, '|')));
}

function padRows(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** Reads a pipe table starting at `start`; returns the block and the index after it, or undefined. */
function readPipeTable(
  lines: readonly string[],
  start: number,
): { block: IngestBlock; next: number } | undefined {
  let end = start;
  while (end < lines.length && PIPE_ROW.test(lines[end] ?? '')) end += 1;
  if (end - start < 2) return undefined;
  const rows: string[][] = [];
  let header = false;
  for (let index = start; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (PIPE_SEPARATOR.test(line)) {
      if (index === start + 1) header = true;
      continue;
    }
    rows.push(splitPipeRow(line));
  }
  return { block: { kind: 'table', header, rows: padRows(rows) }, next: end };
}

interface ListLine {
  indent: number;
  ordered: boolean;
  text: string;
  start?: number;
}

function listLine(line: string): ListLine | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return { indent: bullet[1]?.length ?? 0, ordered: false, text: bullet[2] ?? '' };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { indent: numbered[1]?.length ?? 0, ordered: true, text: numbered[3] ?? '' };
  return undefined;
}

interface DraftItem {
  item: IngestListItem;
  children?: DraftList;
}
interface DraftList {
  ordered: boolean;
  items: DraftItem[];
}

/** Builds a (possibly nested) list from consecutive list lines; deeper indents nest under the item above. */
function buildList(lines: readonly ListLine[], inline: (text: string) => IngestListItem): IngestListBlock {
  const root: DraftList = { ordered: lines[0]?.ordered ?? false, items: [] };
  const stack: { indent: number; list: DraftList }[] = [{ indent: lines[0]?.indent ?? 0, list: root }];
  for (const line of lines) {
    while (stack.length > 1 && line.indent < (stack[stack.length - 1]?.indent ?? 0)) stack.pop();
    let top = stack[stack.length - 1] as { indent: number; list: DraftList };
    const parent = top.list.items[top.list.items.length - 1];
    if (line.indent > top.indent && parent) {
      parent.children ??= { ordered: line.ordered, items: [] };
      top = { indent: line.indent, list: parent.children };
      stack.push(top);
    }
    top.list.items.push({ item: inline(line.text) });
  }
  return finishList(root);
}

function finishList(list: DraftList): IngestListBlock {
  return {
    kind: 'list',
    ordered: list.ordered,
    items: list.items.map(({ item, children }) =>
      children ? { ...item, children: finishList(children) } : item,
    ),
  };
}

function plainItem(text: string): IngestListItem {
  return { text: collapseWhitespace(text) };
}

/**
 * Whether the text was hard-wrapped (an e-mail, a .txt report): paragraphs separated by blank lines and
 * their lines broken at a fixed width. Then lines inside a paragraph are joined; otherwise every line is a
 * block of its own, which is how text copied from a web page arrives.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  const nonEmpty = lines.filter((line) => line.trim());
  if (nonEmpty.length < 6 || !lines.some((line) => !line.trim())) return false;
  const wrapped = nonEmpty.filter((line) => line.length >= 50 && line.length <= 90).length;
  const long = nonEmpty.filter((line) => line.length > 100).length;
  return wrapped / nonEmpty.length > 0.6 && long === 0;
}

/** Plain text: every line (or wrapped paragraph) a block, recognised by its shape. */
export function blocksFromPlainText(text: string): IngestBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const wrapped = isHardWrapped(lines);
  const blocks: IngestBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!line.trim()) {
      index += 1;
      continue;
    }
    if (PIPE_ROW.test(line)) {
      const table = readPipeTable(lines, index);
      if (table) {
        blocks.push(table.block);
        index = table.next;
        continue;
      }
    }
    if (listLine(line)) {
      const items: ListLine[] = [];
      while (index < lines.length) {
        const item = listLine(lines[index] ?? '');
        if (!item) break;
        items.push(item);
        index += 1;
      }
      blocks.push(buildList(items, plainItem));
      continue;
    }
    let paragraph = line;
    index += 1;
    if (wrapped) {
      while (index < lines.length) {
        const next = lines[index] ?? '';
        if (!next.trim() || listLine(next) || PIPE_ROW.test(next)) break;
        paragraph += ` ${next}`;
        index += 1;
      }
    }
    const clean = collapseWhitespace(paragraph);
    blocks.push(
      looksLikeHeading(clean)
        ? { kind: 'heading', level: 2, text: clean }
        : { kind: 'paragraph', text: clean },
    );
  }
  return blocks;
}
