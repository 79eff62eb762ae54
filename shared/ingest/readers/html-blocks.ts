// Cuts an HTML element tree into typed ingest blocks by an allow-list: headings, paragraphs with bold,
// italic and web links, lists, tables, quotes and captions. Only text is taken; nothing is ever run.

import type {
  IngestBlock,
  IngestListBlock,
  IngestListItem,
  IngestParagraphBlock,
  IngestRun,
  IngestTableBlock,
} from '../material';
import { type HtmlElementLike, type HtmlNodeLike, isElement, TEXT_NODE } from './dom-like';

/** Elements whose whole subtree is left out: code, embedded objects, forms and page chrome. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'svg',
  'math',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'datalist',
  'output',
  'progress',
  'meter',
  'nav',
  'aside',
  'footer',
  'menu',
  'dialog',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'head',
  'title',
  'meta',
  'link',
  'base',
]);

/** ARIA roles of page chrome rather than content. */
const CHROME_ROLES = new Set([
  'navigation',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/** Words in a class or id that mark share bars, cookie notices, ads and the like. */
const CHROME_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsor',
  'sponsored',
  'promo',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'navbar',
  'nav',
  'menu',
  'popup',
  'modal',
  'paywall',
  'toolbar',
  'related',
  'recommended',
  'comments',
]);
const CAPTION_WORDS = new Set(['caption', 'figcaption', 'credit', 'credits']);

/**
 * A class that names chrome or a caption is trusted only on an element this short: a page's main container
 * sometimes carries "has-sidebar" or "with-captions" too.
 */
const MAX_MARKED_TEXT = 1000;

/** Elements that end the paragraph before them and start a new one after. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'figure',
  'details',
  'summary',
  'address',
  'center',
  'dl',
  'dt',
  'dd',
  'hgroup',
  'fieldset',
  'legend',
  'li',
  'body',
  'html',
  'search',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
]);

const HEADING_LEVELS: Readonly<Record<string, 1 | 2 | 3>> = { h1: 1, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

/** Deeper than this, a subtree is read as plain text, so a hostile page cannot exhaust the stack. */
const MAX_DEPTH = 200;
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 200;

interface Marks {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly href?: string;
}

interface Context {
  readonly marks: Marks;
  readonly depth: number;
  /** Inside article or main, where a header holds the title rather than the site's banner. */
  readonly inArticle: boolean;
  /** Inside a blockquote, where a footer is the quote's attribution. */
  readonly inQuote: boolean;
}

type RawRun = { readonly text: string; readonly marks: Marks } | { readonly lineBreak: true };

/** Where the walk writes: finished blocks, and the inline runs of the paragraph being gathered. */
class BlockSink {
  readonly blocks: IngestBlock[] = [];
  /** Lists met inside a list item, kept apart to become the item's children. */
  readonly nestedLists: IngestListBlock[] | null;
  private raw: RawRun[] = [];

  constructor(collectNestedLists = false) {
    this.nestedLists = collectNestedLists ? [] : null;
  }

  addText(text: string, marks: Marks): void {
    if (text) this.raw.push({ text, marks });
  }

  /** A <br>; two in a row, as old pages separate paragraphs, end the paragraph. */
  addBreak(): void {
    for (let index = this.raw.length - 1; index >= 0; index -= 1) {
      const run = this.raw[index] as RawRun;
      if ('lineBreak' in run) {
        this.raw.splice(index);
        this.flush();
        return;
      }
      if (run.text.trim()) break;
    }
    this.raw.push({ lineBreak: true });
  }

  flush(): void {
    const runs = collapseRuns(this.raw);
    this.raw = [];
    if (runs.length > 0) this.blocks.push(paragraphOf(runs));
  }

  push(block: IngestBlock): void {
    this.flush();
    this.blocks.push(block);
  }
}

export function collapseText(text: string): string {
  return text
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameMarks(a: IngestRun, b: IngestRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

function runOf(text: string, marks: Marks): IngestRun {
  return {
    text,
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italic ? { italic: true } : {}),
    ...(marks.href ? { href: marks.href } : {}),
  };
}

/** Whitespace collapsed across runs as a browser shows it; line breaks kept as "\n"; like runs merged. */
function collapseRuns(raw: readonly RawRun[]): IngestRun[] {
  const out: { text: string; run: IngestRun }[] = [];
  let lineStart = true;
  let pendingSpace = false;
  for (const item of raw) {
    if ('lineBreak' in item) {
      const last = out[out.length - 1];
      if (last && !lineStart) {
        last.text += '\n';
        lineStart = true;
        pendingSpace = false;
      }
      continue;
    }
    const collapsed = item.text.replace(/[\u200b\u00ad]/g, '').replace(/\s+/g, ' ');
    const text = collapsed.trim();
    if (!text) {
      if (collapsed) pendingSpace = true;
      continue;
    }
    const last = out[out.length - 1];
    // The space between two runs stays on the side of the source that had it.
    let leading = '';
    if (last && !lineStart && pendingSpace) last.text += ' ';
    else if (last && !lineStart && collapsed.startsWith(' ')) leading = ' ';
    out.push({ text: leading + text, run: runOf(text, item.marks) });
    pendingSpace = collapsed.endsWith(' ');
    lineStart = false;
  }
  while (out.length > 0) {
    const last = out[out.length - 1] as (typeof out)[number];
    last.text = last.text.replace(/\s+$/, '');
    if (last.text) break;
    out.pop();
  }
  const merged: IngestRun[] = [];
  for (const { text, run } of out) {
    const previous = merged[merged.length - 1];
    if (previous && sameMarks(previous, run))
      merged[merged.length - 1] = { ...previous, text: previous.text + text };
    else merged.push({ ...run, text });
  }
  return merged;
}

function paragraphOf(runs: readonly IngestRun[], caption = false): IngestParagraphBlock {
  const text = runs.map((run) => run.text).join('');
  const marked = runs.some((run) => run.bold || run.italic || run.href);
  return {
    kind: 'paragraph',
    text,
    ...(marked ? { runs } : {}),
    ...(caption ? { caption: true } : {}),
  };
}

/** http(s) and mailto links are kept; anything else (javascript:, data:, relative paths) becomes plain text. */
export function safeHref(href: string | null): string | undefined {
  const value = href?.trim();
  if (!value || /[\s<>"]/.test(value)) return undefined;
  return /^(https?:\/\/[^/]|mailto:[^\s])/i.test(value) ? value : undefined;
}

function words(element: HtmlElementLike): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function shortText(element: HtmlElementLike): boolean {
  return (element.textContent ?? '').length <= MAX_MARKED_TEXT;
}

function isHidden(element: HtmlElementLike): boolean {
  if (element.getAttribute('hidden') !== null) return true;
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = element.getAttribute('style')?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isSkipped(element: HtmlElementLike, tag: string, context: Context): boolean {
  if (SKIPPED_TAGS.has(tag)) return !(tag === 'footer' && context.inQuote);
  if (tag === 'header' || element.getAttribute('role')?.toLowerCase() === 'banner') {
    // A site's banner sits outside the article; an article's own header holds its title.
    if (!context.inArticle && element.querySelector('h1') === null) return true;
  }
  if (isHidden(element)) return true;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  return words(element).some((word) => CHROME_WORDS.has(word)) && shortText(element);
}

function isCaption(element: HtmlElementLike, tag: string): boolean {
  if (tag === 'figcaption') return true;
  return words(element).some((word) => CAPTION_WORDS.has(word)) && shortText(element);
}

function intAttribute(element: HtmlElementLike, name: string, max: number): number {
  const value = Number.parseInt(element.getAttribute(name) ?? '', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, max) : 1;
}

function childElements(element: HtmlNodeLike): HtmlElementLike[] {
  return Array.from(element.childNodes).filter(isElement);
}

/** The text of a subtree, by the same rules, without a call per level (for subtrees deeper than MAX_DEPTH). */
function flatText(root: HtmlNodeLike, context: Context): string {
  const parts: string[] = [];
  const stack: HtmlNodeLike[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNodeLike;
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if (isElement(node)) {
      const tag = node.localName.toLowerCase();
      if (isSkipped(node, tag, context)) continue;
      if (tag === 'br' || BLOCK_TAGS.has(tag)) parts.push(' ');
      const children = Array.from(node.childNodes);
      for (let index = children.length - 1; index >= 0; index -= 1)
        stack.push(children[index] as HtmlNodeLike);
    }
  }
  return parts.join('');
}

function walkChildren(element: HtmlNodeLike, context: Context, sink: BlockSink): void {
  const children = element.childNodes;
  for (let index = 0; index < children.length; index += 1)
    walk(children[index] as HtmlNodeLike, context, sink);
}

/** The blocks of an element's content, walked into a sink of their own. */
function innerBlocks(element: HtmlElementLike, context: Context): IngestBlock[] {
  const sink = new BlockSink();
  walkChildren(element, context, sink);
  sink.flush();
  return sink.blocks;
}

/** Plain text of blocks, for places that hold only text (headings, cells, quotes). */
function blocksText(blocks: readonly IngestBlock[], separator: string): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'list':
          return block.items.map((item) => item.text).join(separator);
        case 'table':
          return block.rows.map((row) => row.join(' ')).join(separator);
        default:
          return block.text;
      }
    })
    .filter(Boolean)
    .join(separator);
}

function readListItem(item: HtmlElementLike, context: Context): IngestListItem | null {
  const sink = new BlockSink(true);
  walkChildren(item, context, sink);
  sink.flush();
  const runs: IngestRun[] = [];
  for (const block of sink.blocks) {
    const blockRuns = block.kind === 'paragraph' ? (block.runs ?? [{ text: block.text }]) : [];
    const text = block.kind === 'paragraph' ? '' : blocksText([block], ' ');
    if (runs.length > 0) runs.push({ text: ' ' });
    runs.push(...(text ? [{ text }] : blockRuns));
  }
  const merged = collapseRuns(runs.map((run) => ({ text: run.text, marks: run })));
  const text = merged.map((run) => run.text).join('');
  const nested = sink.nestedLists ?? [];
  const children = nested[0]
    ? { kind: 'list' as const, ordered: nested[0].ordered, items: nested.flatMap((list) => list.items) }
    : undefined;
  if (!text && !children) return null;
  const marked = merged.some((run) => run.bold || run.italic || run.href);
  return { text, ...(marked ? { runs: merged } : {}), ...(children ? { children } : {}) };
}

function readList(list: HtmlElementLike, context: Context): IngestListBlock | null {
  const items: IngestListItem[] = [];
  const attachChildren = (nested: IngestListBlock) => {
    const previous = items[items.length - 1];
    if (!previous) {
      items.push(...nested.items);
      return;
    }
    const children = previous.children
      ? { ...previous.children, items: [...previous.children.items, ...nested.items] }
      : nested;
    items[items.length - 1] = { ...previous, children };
  };
  const visit = (element: HtmlElementLike, depth: number) => {
    for (const child of childElements(element)) {
      const tag = child.localName.toLowerCase();
      if (isSkipped(child, tag, context)) continue;
      if (tag === 'li') {
        const item = readListItem(child, context);
        // An item holding only a nested list nests it under the item before.
        if (item && !item.text && item.children) attachChildren(item.children);
        else if (item) items.push(item);
      } else if (tag === 'ul' || tag === 'ol') {
        const nested = readList(child, { ...context, depth: context.depth + depth + 1 });
        if (nested) attachChildren(nested);
      } else if (depth < 4) {
        visit(child, depth + 1);
      }
    }
  };
  visit(list, 0);
  return items.length > 0 ? { kind: 'list', ordered: list.localName.toLowerCase() === 'ol', items } : null;
}

interface TableRows {
  readonly rows: HtmlElementLike[];
  readonly headSection: boolean;
  readonly caption: HtmlElementLike | undefined;
}

function tableRows(table: HtmlElementLike): TableRows {
  const rows: HtmlElementLike[] = [];
  let headSection = false;
  let caption: HtmlElementLike | undefined;
  for (const child of childElements(table)) {
    const tag = child.localName.toLowerCase();
    if (tag === 'tr') rows.push(child);
    else if (tag === 'caption') caption ??= child;
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const sectionRows = childElements(child).filter((row) => row.localName.toLowerCase() === 'tr');
      if (tag === 'thead' && sectionRows.length > 0 && rows.length === 0) headSection = true;
      rows.push(...sectionRows);
    }
  }
  return { rows, headSection, caption };
}

function cellsOf(row: HtmlElementLike): HtmlElementLike[] {
  return childElements(row).filter((cell) => {
    const tag = cell.localName.toLowerCase();
    return tag === 'td' || tag === 'th';
  });
}

/** A table used to lay a page out rather than to hold figures: its cells are read as blocks. */
function isLayoutTable(table: HtmlElementLike, rows: readonly HtmlElementLike[]): boolean {
  const role = table.getAttribute('role')?.toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  if (table.querySelector('table') !== null) return true;
  return rows.every((row) => cellsOf(row).length <= 1);
}

function readTable(table: HtmlElementLike, context: Context, sink: BlockSink): void {
  const { rows, headSection, caption } = tableRows(table);
  if (isLayoutTable(table, rows)) {
    walkChildren(table, context, sink);
    sink.flush();
    return;
  }
  const grid: string[][] = [];
  // Cells still covered by a rowspan from above, by column.
  const covered: number[] = [];
  for (const row of rows) {
    const out: string[] = [];
    let column = 0;
    const skipCovered = () => {
      while ((covered[column] ?? 0) > 0) {
        covered[column] = (covered[column] ?? 1) - 1;
        out[column] = '';
        column += 1;
      }
    };
    for (const cell of cellsOf(row)) {
      skipCovered();
      const text = collapseText(blocksText(innerBlocks(cell, context), ' '));
      const colspan = intAttribute(cell, 'colspan', MAX_COLSPAN);
      const rowspan = intAttribute(cell, 'rowspan', MAX_ROWSPAN);
      for (let offset = 0; offset < colspan; offset += 1) {
        out[column + offset] = offset === 0 ? text : '';
        if (rowspan > 1) covered[column + offset] = rowspan - 1;
      }
      column += colspan;
    }
    while (column < covered.length) {
      skipCovered();
      column += 1;
    }
    grid.push(Array.from(out, (cell) => cell ?? ''));
  }
  const firstRow = rows[0];
  const headerRow =
    headSection ||
    (firstRow !== undefined && cellsOf(firstRow).every((cell) => cell.localName.toLowerCase() === 'th'));
  const kept = grid
    .map((cells, index) => ({ cells, header: index === 0 && headerRow }))
    .filter(({ cells }) => cells.some(Boolean));
  if (kept.length === 0) return;
  const width = Math.max(...kept.map(({ cells }) => cells.length));
  const block: IngestTableBlock = {
    kind: 'table',
    header: kept[0]?.header === true,
    rows: kept.map(({ cells }) => [...cells, ...Array<string>(width - cells.length).fill('')]),
  };
  if (caption) {
    const captionText = collapseText(blocksText(innerBlocks(caption, context), ' '));
    if (captionText) sink.push({ kind: 'paragraph', text: captionText });
  }
  sink.push(block);
}

function readPre(element: HtmlElementLike, context: Context): string {
  return flatText(element, context)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

function walk(node: HtmlNodeLike, context: Context, sink: BlockSink): void {
  if (node.nodeType === TEXT_NODE) {
    sink.addText(node.nodeValue ?? '', context.marks);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.localName.toLowerCase();
  if (isSkipped(node, tag, context)) return;
  if (context.depth > MAX_DEPTH) {
    sink.addText(flatText(node, context), context.marks);
    return;
  }
  const inner: Context = { ...context, depth: context.depth + 1 };
  const level = HEADING_LEVELS[tag];
  if (level !== undefined) {
    const text = collapseText(blocksText(innerBlocks(node, inner), ' '));
    if (text) sink.push({ kind: 'heading', level, text });
    else sink.flush();
    return;
  }
  if (isCaption(node, tag)) {
    const text = collapseText(blocksText(innerBlocks(node, inner), ' '));
    if (text) sink.push({ kind: 'paragraph', text, caption: true });
    else sink.flush();
    return;
  }
  switch (tag) {
    case 'br':
      sink.addBreak();
      return;
    case 'ul':
    case 'ol': {
      const list = readList(node, inner);
      if (list && sink.nestedLists) sink.nestedLists.push(list);
      else if (list) sink.push(list);
      return;
    }
    case 'table':
      sink.flush();
      readTable(node, inner, sink);
      return;
    case 'blockquote': {
      const text = blocksText(innerBlocks(node, { ...inner, inQuote: true }), '\n');
      if (text) sink.push({ kind: 'quote', text });
      else sink.flush();
      return;
    }
    case 'pre': {
      const text = readPre(node, inner);
      if (text) sink.push({ kind: 'paragraph', text });
      else sink.flush();
      return;
    }
  }
  let marks = context.marks;
  if (tag === 'b' || tag === 'strong') marks = { ...marks, bold: true };
  else if (tag === 'i' || tag === 'em') marks = { ...marks, italic: true };
  else if (tag === 'a')
    marks = { bold: marks.bold, italic: marks.italic, href: safeHref(node.getAttribute('href')) };
  const childContext: Context = {
    ...inner,
    marks,
    inArticle: context.inArticle || tag === 'article' || tag === 'main',
  };
  const block = BLOCK_TAGS.has(tag);
  if (block) sink.flush();
  walkChildren(node, childContext, sink);
  if (block) sink.flush();
}

/** The blocks of an element tree (a document's body, or Readability's article), in reading order. */
export function htmlToBlocks(root: HtmlNodeLike): IngestBlock[] {
  const sink = new BlockSink();
  const context: Context = { marks: {}, depth: 0, inArticle: false, inQuote: false };
  if (isElement(root)) walk(root, context, sink);
  else walkChildren(root, context, sink);
  sink.flush();
  return sink.blocks;
}

/**
 * Takes out of a document what the readers never keep (scripts, navigation, share bars, cookie notices,
 * hidden parts), so Readability, which renames and re-wraps elements, cannot carry their text into its article.
 */
export function removePageChrome(root: HtmlElementLike): void {
  const chrome: HtmlElementLike[] = [];
  const visit = (element: HtmlElementLike, context: Context) => {
    for (const child of childElements(element)) {
      const tag = child.localName.toLowerCase();
      if (isSkipped(child, tag, context)) chrome.push(child);
      else if (context.depth < MAX_DEPTH) {
        visit(child, {
          ...context,
          depth: context.depth + 1,
          inArticle: context.inArticle || tag === 'article' || tag === 'main',
          inQuote: context.inQuote || tag === 'blockquote',
        });
      }
    }
  };
  visit(root, { marks: {}, depth: 0, inArticle: false, inQuote: false });
  for (const element of chrome) element.remove();
}

/** All the text of some blocks, to judge how much a reading found. */
export function blocksTextLength(blocks: readonly IngestBlock[]): number {
  let length = 0;
  const listLength = (list: IngestListBlock): number =>
    list.items.reduce(
      (sum, item) => sum + item.text.length + (item.children ? listLength(item.children) : 0),
      0,
    );
  for (const block of blocks) {
    if (block.kind === 'list') length += listLength(block);
    else if (block.kind === 'table') length += block.rows.reduce((sum, row) => sum + row.join('').length, 0);
    else length += block.text.length;
  }
  return length;
}
