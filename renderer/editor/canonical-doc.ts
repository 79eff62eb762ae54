// Turns what the editor holds (Tiptap JSON) into the rich text the model stores. The editor's schema is
// built to produce only what the model accepts; this is the last line for what slips past it (a pasted link
// to a `javascript:` address, an image without its attachment), so one bad node never blocks a save.

import { isAllowedLinkHref, parseRichText, type RichTextDoc } from '../../shared/model';

interface LooseNode {
  type?: unknown;
  attrs?: Record<string, unknown>;
  marks?: { type?: unknown; attrs?: Record<string, unknown> }[];
  content?: unknown[];
  text?: unknown;
}

const SHA256 = /^[0-9a-f]{64}$/;
const MARKS = new Set(['bold', 'italic', 'underline', 'strike', 'link']);
/** Nodes whose content must hold at least one block: an empty one gets an empty paragraph. */
const NEEDS_A_BLOCK = new Set(['listItem', 'blockquote', 'tableCell', 'tableHeader']);
/** Nodes that are dropped when nothing is left inside them. */
const DROPPED_WHEN_EMPTY = new Set(['bulletList', 'orderedList', 'table', 'tableRow']);
const KNOWN = new Set([
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'citation',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'blockquote',
  'image',
]);

function cleanMarks(marks: LooseNode['marks']): LooseNode['marks'] {
  const kept = (marks ?? []).filter(
    (mark) =>
      typeof mark.type === 'string' &&
      MARKS.has(mark.type) &&
      (mark.type !== 'link' || (typeof mark.attrs?.href === 'string' && isAllowedLinkHref(mark.attrs.href))),
  );
  return kept.length > 0 ? kept : undefined;
}

/** The node cleaned, or null to drop it. */
function cleanNode(node: LooseNode, depth: number): LooseNode | null {
  // The model refuses deeper documents anyway; stopping here keeps a hostile paste from recursing far.
  if (depth > 80 || typeof node !== 'object' || node === null) return null;
  const type = node.type;
  if (typeof type !== 'string' || !KNOWN.has(type)) return null;
  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return null;
    const marks = cleanMarks(node.marks);
    return marks ? { type, text: node.text, marks } : { type, text: node.text };
  }
  if (type === 'image') {
    const id = node.attrs?.attachmentId;
    return typeof id === 'string' && SHA256.test(id) ? { type, attrs: node.attrs } : null;
  }
  if (type === 'citation') {
    return typeof node.attrs?.sourceId === 'string' ? { type, attrs: node.attrs } : null;
  }
  const cleaned: LooseNode = { type };
  if (node.attrs) cleaned.attrs = node.attrs;
  if (Array.isArray(node.content)) {
    const content = node.content.flatMap((child) => cleanNode(child as LooseNode, depth + 1) ?? []);
    if (content.length > 0) cleaned.content = content;
  }
  if (!cleaned.content) {
    if (NEEDS_A_BLOCK.has(type)) cleaned.content = [{ type: 'paragraph' }];
    else if (DROPPED_WHEN_EMPTY.has(type)) return null;
    else if (type === 'doc') cleaned.content = [{ type: 'paragraph' }];
  }
  return cleaned;
}

/**
 * The editor's JSON as the model stores it: unknown attributes dropped, defaults filled in, links that
 * would leave the app by another protocol unlinked. Throws ModelError if the result is still refused
 * (for example a document beyond the size limits).
 */
export function canonicalBriefingDoc(editorJson: unknown): RichTextDoc {
  const cleaned = cleanNode(editorJson as LooseNode, 0) ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  return parseRichText(cleaned);
}
