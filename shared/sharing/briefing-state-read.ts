// Reading a briefing's Yjs state: bytes into a Y.Doc, refused with a SharingError when damaged, and the
// XmlFragment back into the model's rich text, repaired the way the editor repairs a merge it cannot show.

import * as Y from 'yjs';
import { MAX_RICH_TEXT_CHARS, MAX_RICH_TEXT_DEPTH, MAX_RICH_TEXT_NODES } from '../model/limits';
import { ModelError } from '../model/model-error';
import { parseRichText, type RichTextDoc } from '../model/rich-text';
import {
  attributeNamesOf,
  BRIEFING_FRAGMENT,
  joinTextNeighbours,
  type LooseNode,
  markOfAttribute,
  normalTextRun,
} from './briefing-state-shape';
import { SharingError } from './sharing-error';

const ADVICE = 'Ask the sender for a new copy of the dossier.';

export function damagedState(what: string, cause?: unknown): SharingError {
  return new SharingError(
    'BRIEFING_STATE_DAMAGED',
    `The shared text of a briefing cannot be read: ${what}. ${ADVICE}`,
    cause,
  );
}

/** A Y.Doc holding the state, or a SharingError: never a half-read document. */
export function loadBriefingDoc(state: Uint8Array): Y.Doc {
  if (!(state instanceof Uint8Array) || state.length === 0) throw damagedState('it is empty');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
  } catch (error) {
    doc.destroy();
    throw damagedState('it is not a Yjs state or it was cut short', error);
  }
  // Yjs keeps changes whose predecessors it has not seen, waiting for them; a state we wrote never needs
  // to wait, so one that does was cut or spliced together from pieces.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.destroy();
    throw damagedState('it refers to changes it does not contain');
  }
  return doc;
}

/** One child of a Y element as the model sees it, with the Y type it came from. */
export type YUnit =
  | { kind: 'run'; y: Y.XmlText; texts: LooseNode[] }
  | { kind: 'node'; y: Y.XmlElement; node: LooseNode };

/** Counts what a reading has met so far, so a hostile state is refused before it is all in memory. */
export interface ReadBudget {
  nodes: number;
  chars: number;
}

export function newReadBudget(): ReadBudget {
  return { nodes: 0, chars: 0 };
}

function spend(budget: ReadBudget, nodes: number, chars: number): void {
  budget.nodes += nodes;
  budget.chars += chars;
  if (budget.nodes > MAX_RICH_TEXT_NODES || budget.chars > MAX_RICH_TEXT_CHARS) {
    throw new SharingError(
      'BRIEFING_STATE_TOO_LARGE',
      `This briefing would be larger than a briefing may be (${MAX_RICH_TEXT_NODES.toLocaleString('en')} nodes, ${MAX_RICH_TEXT_CHARS.toLocaleString('en')} characters). Split it into two briefings, then share it again.`,
    );
  }
}

/** One stretch of a Y.XmlText with the same formatting, as Y.Text#toDelta gives it. */
export interface TextOp {
  insert: string;
  attributes?: Record<string, unknown>;
}

export function readTextOps(text: Y.XmlText, budget: ReadBudget): TextOp[] {
  const ops = text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[];
  for (const op of ops) {
    // Y.XmlText can also hold embedded objects and types; y-prosemirror never puts them there.
    if (typeof op.insert !== 'string') throw damagedState('its text holds an embedded object');
    spend(budget, 1, op.insert.length);
  }
  return ops as TextOp[];
}

export function textNodeOfOp(op: TextOp): LooseNode {
  const marks = Object.entries(op.attributes ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => markOfAttribute(name, value));
  return marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert };
}

export function readTextRun(text: Y.XmlText, budget: ReadBudget): LooseNode[] {
  return normalTextRun(readTextOps(text, budget).map(textNodeOfOp));
}

export function readUnits(parent: Y.XmlFragment, depth: number, budget: ReadBudget): YUnit[] {
  if (depth > MAX_RICH_TEXT_DEPTH) {
    throw damagedState(`it is nested deeper than a briefing may be (${MAX_RICH_TEXT_DEPTH} levels)`);
  }
  return parent.toArray().map((child): YUnit => {
    if (child instanceof Y.XmlText) return { kind: 'run', y: child, texts: readTextRun(child, budget) };
    if (child instanceof Y.XmlElement)
      return { kind: 'node', y: child, node: readElement(child, depth, budget) };
    throw damagedState('it holds something other than the nodes of a briefing');
  });
}

function readElement(element: Y.XmlElement, depth: number, budget: ReadBudget): LooseNode {
  const type = element.nodeName;
  const known = attributeNamesOf(type);
  if (!known) throw damagedState(`it holds a node of unknown type "${type.slice(0, 40)}"`);
  spend(budget, 1, 0);
  const node: LooseNode = { type };
  const stored = element.getAttributes() as Record<string, unknown>;
  const attrs: Record<string, unknown> = {};
  for (const name of known) {
    if (stored[name] !== undefined && stored[name] !== null) attrs[name] = stored[name];
  }
  if (known.length > 0) node.attrs = attrs;
  // Two Y.XmlText side by side (concurrent typing at a node's edge) are one run of text to ProseMirror.
  const content = joinTextNeighbours(
    readUnits(element, depth + 1, budget).flatMap((unit) => (unit.kind === 'run' ? unit.texts : [unit.node])),
  );
  if (content.length > 0) node.content = content;
  return node;
}

/** Nodes whose content must hold at least one block: emptied by a merge, they get an empty paragraph. */
const NEEDS_A_BLOCK = new Set(['listItem', 'blockquote', 'tableCell', 'tableHeader']);
/** Nodes that mean nothing once empty: a merge that emptied them drops them. */
const DROPPED_WHEN_EMPTY = new Set(['bulletList', 'orderedList', 'table', 'tableRow']);

/**
 * Two officers can each leave a valid document and still merge into one the model refuses: one deletes the
 * first list item, the other the second. The editor's binding drops or fills such nodes; so do we.
 */
function repairNode(node: LooseNode): LooseNode | null {
  if (!node.content || node.type === 'text') return repairEmpty(node);
  const content = node.content.flatMap((child) => repairNode(child) ?? []);
  return repairEmpty(content.length > 0 ? { ...node, content } : { ...node, content: undefined });
}

function repairEmpty(node: LooseNode): LooseNode | null {
  if (node.content && node.content.length > 0) return node;
  if (DROPPED_WHEN_EMPTY.has(node.type)) return null;
  if (NEEDS_A_BLOCK.has(node.type) || node.type === 'doc') {
    return { ...node, content: [{ type: 'paragraph' }] };
  }
  const { content: _empty, ...rest } = node;
  return rest;
}

/** The fragment as the model's canonical rich text; SharingError if it cannot be one. */
export function readBriefingContent(doc: Y.Doc): RichTextDoc {
  let units: YUnit[];
  try {
    units = readUnits(doc.getXmlFragment(BRIEFING_FRAGMENT), 1, newReadBudget());
  } catch (error) {
    if (error instanceof SharingError) throw error;
    // A root named `prosemirror` that was written as another kind of Yjs type cannot be read as XML.
    throw damagedState('its text is not laid out as a briefing', error);
  }
  const content = units.flatMap((unit) => (unit.kind === 'run' ? unit.texts : [unit.node]));
  const repaired = repairNode({ type: 'doc', content }) ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  try {
    return parseRichText(repaired);
  } catch (error) {
    if (error instanceof ModelError) throw damagedState(error.problems[0] ?? error.message, error);
    throw error;
  }
}
