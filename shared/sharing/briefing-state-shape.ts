// How a briefing's rich text is laid out in Yjs — the layout y-prosemirror's sync plugin uses, so Tiptap's
// collaboration and a team server can open the same state — and the one normal form both sides compare in.

import type { RichTextDoc, RichTextMark } from '../model';
import { withoutXmlForbiddenCharacters } from '../model/xml-safe-text';

/** The Y.XmlFragment y-prosemirror binds to by default (`ySyncPlugin(doc.getXmlFragment('prosemirror'))`). */
export const BRIEFING_FRAGMENT = 'prosemirror';

/**
 * Every node type a briefing may hold, with the attributes the model keeps. y-prosemirror stores a node's
 * attrs as the Y.XmlElement's attributes and leaves out those that are null; attributes the editor adds
 * beyond these (an ordered list's `type`) are kept in the state but play no part in the model.
 */
const NODE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  paragraph: [],
  heading: ['level'],
  bulletList: [],
  orderedList: ['start'],
  listItem: [],
  table: [],
  tableRow: [],
  tableHeader: ['colspan', 'rowspan', 'colwidth'],
  tableCell: ['colspan', 'rowspan', 'colwidth'],
  blockquote: [],
  image: ['attachmentId', 'alt', 'title', 'width', 'height'],
  hardBreak: [],
  citation: ['sourceId'],
};

/** The model's attributes of a node type, or undefined for a type a briefing never holds. */
export function attributeNamesOf(type: string): readonly string[] | undefined {
  // Own keys only: a node named `constructor` or `__proto__` in a hostile state is no node of ours.
  return Object.hasOwn(NODE_ATTRIBUTES, type) ? NODE_ATTRIBUTES[type] : undefined;
}

/** Blocks whose content is inline: their text lives in Y.XmlText, their atoms in Y.XmlElement beside it. */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading']);

/**
 * The order of marks in the editor's schema (Tiptap ranks link first): ProseMirror keeps a text node's
 * marks in this order, so reading a state in it gives back exactly what the editor saves.
 */
const MARK_ORDER: readonly RichTextMark['type'][] = ['link', 'bold', 'italic', 'strike', 'underline'];

/** A rich-text node as read from anywhere, before the model's schema has checked it. */
export interface LooseNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: LooseNode[];
  text?: string;
  marks?: LooseMark[];
}
export interface LooseMark {
  type: string;
  attrs?: { href: string };
}

/** Y.XmlElement attribute values (yjs' ValueTypes, less the nested Yjs types a briefing never holds). */
export type YAttributeValue = object | number | string | null;

// y-prosemirror names a mark that may overlap itself `<name>--<8-character hash>`; ours never do, but a
// state written by another setup may hold such names, and they still mean the mark.
const HASHED_MARK_NAME = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

export function markNameOfAttribute(attributeName: string): string {
  return HASHED_MARK_NAME.exec(attributeName)?.[1] ?? attributeName;
}

/**
 * A Y.XmlText formatting attribute back into a mark. y-prosemirror writes `mark.attrs` (an empty object for
 * bold), older writers `true`; only a link's href means anything to the model.
 */
export function markOfAttribute(attributeName: string, value: unknown): LooseMark {
  const type = markNameOfAttribute(attributeName);
  if (type !== 'link') return { type };
  const href = typeof value === 'object' && value !== null ? (value as { href?: unknown }).href : undefined;
  return { type, attrs: { href: typeof href === 'string' ? href : '' } };
}

/** Marks as Y.XmlText formatting attributes: mark name → its attrs, as y-prosemirror's marksToAttributes. */
export function attributesOfMarks(marks: readonly LooseMark[] | undefined): Record<string, object> {
  const attributes: Record<string, object> = {};
  for (const mark of marks ?? []) attributes[mark.type] = mark.attrs ? { ...mark.attrs } : {};
  return attributes;
}

function markRank(type: string): number {
  const rank = MARK_ORDER.indexOf(type as RichTextMark['type']);
  return rank === -1 ? MARK_ORDER.length : rank;
}

export function sortMarks(marks: readonly LooseMark[]): LooseMark[] {
  return [...marks].sort((a, b) => markRank(a.type) - markRank(b.type) || a.type.localeCompare(b.type));
}

/** What a run of text looks like, marks and all, as one comparable string. */
export function marksSignature(marks: readonly LooseMark[] | undefined): string {
  return JSON.stringify(sortMarks(marks ?? []).map((mark) => [mark.type, mark.attrs?.href ?? null]));
}

function normalAttributes(type: string, attrs: Record<string, unknown> | undefined): Record<string, unknown> {
  const normal: Record<string, unknown> = {};
  for (const name of [...(attributeNamesOf(type) ?? [])].sort()) {
    const value = attrs?.[name];
    if (value !== null && value !== undefined) normal[name] = value;
  }
  return normal;
}

/** Text nodes with their marks in order, neighbours with the same marks joined (as ProseMirror joins them). */
export function normalTextRun(texts: readonly LooseNode[]): LooseNode[] {
  const run: LooseNode[] = [];
  for (const node of texts) {
    if (!node.text) continue;
    const marks = sortMarks(node.marks ?? []);
    const last = run.at(-1);
    if (last && marksSignature(last.marks) === marksSignature(marks)) {
      last.text = `${last.text ?? ''}${node.text}`;
    } else {
      run.push(
        marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text },
      );
    }
  }
  return run;
}

/** A node's content with neighbouring text nodes joined as normalTextRun joins them; other nodes as they are. */
export function joinTextNeighbours(content: readonly LooseNode[]): LooseNode[] {
  const joined: LooseNode[] = [];
  let texts: LooseNode[] = [];
  for (const node of content) {
    if (node.type === 'text') {
      texts.push(node);
    } else {
      joined.push(...normalTextRun(texts), node);
      texts = [];
    }
  }
  joined.push(...normalTextRun(texts));
  return joined;
}

/**
 * The one form two documents are compared in: the model's attributes only, null ones left out, marks in
 * order, text neighbours joined, empty content left out. Equal normal forms mean equal briefings.
 */
export function normalNode(node: LooseNode): LooseNode {
  if (node.type === 'text') return normalTextRun([node])[0] ?? { type: 'text', text: '' };
  const normal: LooseNode = { type: node.type };
  const attrs = normalAttributes(node.type, node.attrs);
  if (Object.keys(attrs).length > 0) normal.attrs = attrs;
  const content = joinTextNeighbours(node.content ?? []).map((child) =>
    child.type === 'text' ? child : normalNode(child),
  );
  if (content.length > 0) normal.content = content;
  return normal;
}

export function nodeKey(node: LooseNode): string {
  return JSON.stringify(normalNode(node));
}

// Yjs writes strings as UTF-8, where a lone surrogate cannot exist, and the model keeps no character XML
// forbids. Text is cleaned as the model cleans it before it is written or compared, so a state always matches
// the JSON it came from, even for a briefing stored before the model cleaned its text.
function wellFormedValue(value: unknown): unknown {
  if (typeof value === 'string') return withoutXmlForbiddenCharacters(value);
  if (Array.isArray(value)) return value.map(wellFormedValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wellFormedValue(inner)]));
  }
  return value;
}

/** A copy of the document whose every string (text, alt, link) is as Yjs will give it back. */
export function wellFormedDoc(doc: RichTextDoc): LooseNode {
  return wellFormedValue(doc) as LooseNode;
}
