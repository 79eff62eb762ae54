// Reads Markdown into typed blocks through a CommonMark parser (mdast-util-from-markdown, with GFM tables):
// setext headings, fenced code, escapes and raw HTML mean what CommonMark says, and HTML stays text.

import type { Nodes, Parent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { IngestBlock, IngestListBlock, IngestListItem, IngestRun } from './material';
import { collapseWhitespace } from './text-blocks';

function allowedHref(href: string): string | undefined {
  return /^(https?:\/\/|mailto:)/i.test(href) ? href : undefined;
}

interface Marks {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly href?: string;
}

function runsOf(nodes: readonly Nodes[], marks: Marks, into: IngestRun[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        into.push({ ...marks, text: node.value });
        break;
      case 'break':
        into.push({ ...marks, text: ' ' });
        break;
      case 'strong':
        runsOf(node.children, { ...marks, bold: true }, into);
        break;
      case 'emphasis':
        runsOf(node.children, { ...marks, italic: true }, into);
        break;
      case 'link': {
        const href = allowedHref(node.url);
        runsOf(node.children, href ? { ...marks, href } : marks, into);
        break;
      }
      case 'image':
        if (node.alt) into.push({ ...marks, text: node.alt });
        break;
      default:
        if ('children' in node) runsOf((node as Parent).children as Nodes[], marks, into);
    }
  }
}

/** Whitespace collapsed across runs, as one paragraph; neighbours with the same marks joined. */
function collapseRuns(runs: readonly IngestRun[]): IngestRun[] {
  const out: IngestRun[] = [];
  let previousSpace = true;
  for (const run of runs) {
    let text = run.text.replace(/[\s\u00a0]+/g, ' ');
    if (previousSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    previousSpace = text.endsWith(' ');
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      out[out.length - 1] = { ...last, text: last.text + text };
    } else out.push({ ...run, text });
  }
  const lastRun = out[out.length - 1];
  if (lastRun?.text.endsWith(' ')) {
    const trimmed = lastRun.text.replace(/ $/, '');
    if (trimmed) out[out.length - 1] = { ...lastRun, text: trimmed };
    else out.pop();
  }
  return out;
}

/** A paragraph's text, with runs only when it carries marks or links. */
function inline(nodes: readonly Nodes[]): { text: string; runs?: IngestRun[] } {
  const raw: IngestRun[] = [];
  runsOf(nodes, {}, raw);
  const runs = collapseRuns(raw).map(({ text, bold, italic, href }) => ({
    text,
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(href ? { href } : {}),
  }));
  const text = runs.map((run) => run.text).join('');
  return runs.some((run) => run.bold || run.italic || run.href) ? { text, runs } : { text };
}

const plain = (nodes: readonly Nodes[]) => inline(nodes).text;

function listOf(node: Extract<RootContent, { type: 'list' }>): IngestListBlock {
  const items: IngestListItem[] = node.children.map((item) => {
    const lead = item.children.filter((child) => child.type !== 'list');
    const nested = item.children.find((child) => child.type === 'list');
    const own = inline(
      lead.flatMap((child): Nodes[] => (child.type === 'paragraph' ? child.children : [child])),
    );
    return {
      text: own.text,
      ...(own.runs ? { runs: own.runs } : {}),
      ...(nested?.type === 'list' ? { children: listOf(nested) } : {}),
    };
  });
  return { kind: 'list', ordered: Boolean(node.ordered), items };
}

function blocksOf(nodes: readonly RootContent[], into: IngestBlock[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const text = plain(node.children);
        if (text) into.push({ kind: 'heading', level: Math.min(3, node.depth) as 1 | 2 | 3, text });
        break;
      }
      case 'paragraph': {
        const paragraph = inline(node.children);
        if (paragraph.text) into.push({ kind: 'paragraph', ...paragraph });
        break;
      }
      // Code and raw HTML are shown as the text they are, never run or rendered.
      case 'code':
      case 'html': {
        const text = collapseWhitespace(node.value);
        if (text) into.push({ kind: 'paragraph', text });
        break;
      }
      case 'blockquote': {
        const text = node.children
          .map((child) => ('children' in child ? plain(child.children as Nodes[]) : ''))
          .filter(Boolean)
          .join(' ');
        if (text) into.push({ kind: 'quote', text });
        break;
      }
      case 'list':
        into.push(listOf(node));
        break;
      case 'table': {
        const rows = node.children.map((row) => row.children.map((cell) => plain(cell.children)));
        const width = Math.max(...rows.map((row) => row.length));
        into.push({
          kind: 'table',
          header: true,
          rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]),
        });
        break;
      }
      default:
        break;
    }
  }
}

export function blocksFromMarkdown(text: string): IngestBlock[] {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const blocks: IngestBlock[] = [];
  blocksOf(tree.children, blocks);
  return blocks;
}
