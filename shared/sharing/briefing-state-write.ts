// Writing rich text into a briefing's Y.XmlFragment: whole nodes when they are new, and otherwise the
// smallest edit that makes the fragment say what the model says, so concurrent edits elsewhere survive.

import { diffArrays } from 'diff';
import * as Y from 'yjs';
import { newReadBudget, readTextOps, readUnits, textNodeOfOp, type YUnit } from './briefing-state-read';
import {
  attributeNamesOf,
  attributesOfMarks,
  type LooseNode,
  marksSignature,
  nodeKey,
  normalTextRun,
  type YAttributeValue,
} from './briefing-state-shape';

type YAttributes = { [name: string]: YAttributeValue };

/** One child of a model node as it sits in Yjs: a run of text nodes (one Y.XmlText) or a node. */
type ModelUnit = { kind: 'run'; texts: LooseNode[] } | { kind: 'node'; node: LooseNode };

/** y-prosemirror's normalizePNodeContent: neighbouring text nodes share one Y.XmlText, any other node is one element. */
function unitsOf(node: LooseNode): ModelUnit[] {
  const units: ModelUnit[] = [];
  for (const child of node.content ?? []) {
    const last = units.at(-1);
    if (child.type !== 'text') units.push({ kind: 'node', node: child });
    else if (last?.kind === 'run') last.texts.push(child);
    else units.push({ kind: 'run', texts: [child] });
  }
  return units;
}

function unitKey(unit: ModelUnit | YUnit): string {
  return unit.kind === 'run' ? `run:${JSON.stringify(normalTextRun(unit.texts))}` : nodeKey(unit.node);
}

function createText(texts: readonly LooseNode[]): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(
    normalTextRun(texts).map((node) => ({
      insert: node.text ?? '',
      attributes: attributesOfMarks(node.marks),
    })),
  );
  return text;
}

// Yjs types attributes as strings by default; a node's attrs are also numbers, arrays (a cell's widths).
function setAttribute(element: Y.XmlElement, name: string, value: unknown): void {
  // A copy keeps the model's arrays out of Yjs' hands.
  (element as unknown as Y.XmlElement<YAttributes>).setAttribute(
    name,
    structuredClone(value) as YAttributeValue,
  );
}

function createElement(node: LooseNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type);
  for (const name of attributeNamesOf(node.type) ?? []) {
    const value = node.attrs?.[name];
    // y-prosemirror leaves null attributes out.
    if (value !== null && value !== undefined) setAttribute(element, name, value);
  }
  const children = unitsOf(node).map(createUnit);
  if (children.length > 0) element.insert(0, children);
  return element;
}

function createUnit(unit: ModelUnit): Y.XmlText | Y.XmlElement {
  return unit.kind === 'run' ? createText(unit.texts) : createElement(unit.node);
}

/** Fills an empty fragment: the one time a briefing's text is turned from JSON into Yjs. */
export function writeNewContent(fragment: Y.XmlFragment, doc: LooseNode): void {
  const children = unitsOf(doc).map(createUnit);
  if (children.length > 0) fragment.insert(0, children);
}

/** Makes the fragment's content equal `doc`, touching only what differs. */
export function updateContent(fragment: Y.XmlFragment, doc: LooseNode): void {
  updateChildren(fragment, unitsOf(doc), 1);
}

/** Read again at each level of an update: the limits were checked once, by reading the whole state first. */
function readAgain(parent: Y.XmlFragment, depth: number): YUnit[] {
  return readUnits(parent, depth, newReadBudget());
}

// Beyond this many blocks added or removed among one node's children, they are paired in order instead.
const MAX_BLOCK_EDITS = 2_000;

function updateChildren(parent: Y.XmlFragment, desired: ModelUnit[], depth: number): void {
  const current = readAgain(parent, depth);
  const currentKeys = current.map(unitKey);
  const desiredKeys = desired.map(unitKey);
  const changes = diffArrays(currentKeys, desiredKeys, { maxEditLength: MAX_BLOCK_EDITS }) ?? [
    { value: currentKeys, count: currentKeys.length, added: false, removed: true },
    { value: desiredKeys, count: desiredKeys.length, added: true, removed: false },
  ];
  let position = 0;
  let inCurrent = 0;
  let inDesired = 0;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (!change) continue;
    if (!change.added && !change.removed) {
      position += change.count;
      inCurrent += change.count;
      inDesired += change.count;
      continue;
    }
    // diff reports a replaced stretch as a removal next to an addition; they are handled as one.
    let removed = change.removed ? change.count : 0;
    let added = change.added ? change.count : 0;
    const next = changes[index + 1];
    if (next && ((change.removed && next.added) || (change.added && next.removed))) {
      removed += next.removed ? next.count : 0;
      added += next.added ? next.count : 0;
      index += 1;
    }
    position = replaceStretch(
      parent,
      position,
      current.slice(inCurrent, inCurrent + removed),
      desired.slice(inDesired, inDesired + added),
      depth,
    );
    inCurrent += removed;
    inDesired += added;
  }
}

/**
 * Replaces `removed` (at `position`) by `added`. A removed unit that an added one looks like is edited in
 * place rather than deleted and written anew: an officer who reworded one sentence of a paragraph must not
 * take a colleague's edit to another sentence with it. Returns the position after the stretch.
 */
function replaceStretch(
  parent: Y.XmlFragment,
  start: number,
  removed: YUnit[],
  added: ModelUnit[],
  depth: number,
): number {
  let position = start;
  let nextRemoved = 0;
  let nextAdded = 0;
  const pairs = [...pairAlike(removed, added), [removed.length, added.length] as const];
  for (const [pairedRemoved, pairedAdded] of pairs) {
    if (pairedRemoved > nextRemoved) parent.delete(position, pairedRemoved - nextRemoved);
    if (pairedAdded > nextAdded) {
      parent.insert(position, added.slice(nextAdded, pairedAdded).map(createUnit));
      position += pairedAdded - nextAdded;
    }
    const from = removed[pairedRemoved];
    const to = added[pairedAdded];
    if (from && to) {
      updateUnit(from, to, depth);
      position += 1;
    }
    nextRemoved = pairedRemoved + 1;
    nextAdded = pairedAdded + 1;
  }
  return position;
}

function alike(from: YUnit, to: ModelUnit): boolean {
  return from.kind === 'run' ? to.kind === 'run' : to.kind === 'node' && from.node.type === to.node.type;
}

/** How much two keys share at their ends, from 0 to 1: enough to tell a reworded paragraph from another. */
function likeness(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a.slice(prefix), b.slice(prefix));
  return (prefix + suffix) / longest;
}

// Beyond this many comparisons a stretch is paired in order; a rewrite that large is not a small edit.
const MAX_PAIRING_WORK = 10_000;

/** Index pairs (removed, added), both increasing, of units to edit in place. */
function pairAlike(removed: YUnit[], added: ModelUnit[]): (readonly [number, number])[] {
  const pairs: (readonly [number, number])[] = [];
  if (removed.length === added.length || removed.length * added.length > MAX_PAIRING_WORK) {
    const count = Math.min(removed.length, added.length);
    for (let index = 0; index < count; index += 1) {
      const from = removed[index];
      const to = added[index];
      if (from && to && alike(from, to)) pairs.push([index, index]);
    }
    return pairs;
  }
  const addedKeys = added.map(unitKey);
  let firstFree = 0;
  removed.forEach((from, removedIndex) => {
    const fromKey = unitKey(from);
    let best = -1;
    let bestLikeness = 0.5;
    for (let addedIndex = firstFree; addedIndex < added.length; addedIndex += 1) {
      const to = added[addedIndex];
      if (!to || !alike(from, to)) continue;
      const score = likeness(fromKey, addedKeys[addedIndex] ?? '');
      if (score > bestLikeness) {
        best = addedIndex;
        bestLikeness = score;
      }
    }
    if (best >= 0) {
      pairs.push([removedIndex, best]);
      firstFree = best + 1;
    }
  });
  return pairs;
}

function updateUnit(from: YUnit, to: ModelUnit, depth: number): void {
  if (from.kind === 'run' && to.kind === 'run') updateText(from.y, to.texts);
  else if (from.kind === 'node' && to.kind === 'node') updateElement(from.y, to.node, depth);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function updateElement(element: Y.XmlElement, node: LooseNode, depth: number): void {
  const stored = element.getAttributes() as Record<string, unknown>;
  // Only the model's attributes: the editor's own (an ordered list's `type`) are left as they are.
  for (const name of attributeNamesOf(node.type) ?? []) {
    const wanted = node.attrs?.[name] ?? null;
    if (sameValue(stored[name], wanted)) continue;
    if (wanted === null) element.removeAttribute(name);
    else setAttribute(element, name, wanted);
  }
  updateChildren(element, unitsOf(node), depth + 1);
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

function commonSuffix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) {
    length += 1;
  }
  return length;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A run as one string plus, per stretch, its marks and the Y attribute names that carry them. */
interface RunLayout {
  text: string;
  spans: { start: number; end: number; signature: string; attributes: Record<string, object> }[];
}

function layoutOfModel(texts: readonly LooseNode[]): RunLayout {
  const layout: RunLayout = { text: '', spans: [] };
  for (const node of normalTextRun(texts)) {
    const start = layout.text.length;
    layout.text += node.text ?? '';
    layout.spans.push({
      start,
      end: layout.text.length,
      signature: marksSignature(node.marks),
      attributes: attributesOfMarks(node.marks),
    });
  }
  return layout;
}

function layoutOfY(text: Y.XmlText): RunLayout & { names: Set<string>[] } {
  const layout: RunLayout & { names: Set<string>[] } = { text: '', spans: [], names: [] };
  for (const op of readTextOps(text, newReadBudget())) {
    const start = layout.text.length;
    layout.text += op.insert;
    layout.spans.push({
      start,
      end: layout.text.length,
      signature: marksSignature(textNodeOfOp(op).marks),
      attributes: {},
    });
    // The names as stored, which may differ from the marks' (a hashed name), to clear them by name.
    layout.names.push(
      new Set(Object.keys(op.attributes ?? {}).filter((name) => op.attributes?.[name] != null)),
    );
  }
  return layout;
}

/**
 * One replacement in a run: `remove` characters at `at` give way to the wanted text `[at, insertEnd)`.
 * `at` counts in the edited text, which equals the wanted one up to each edit once the edits before it are
 * made; `from` is where the removed characters start in the text as it was.
 */
interface TextEdit {
  at: number;
  from: number;
  remove: number;
  insertEnd: number;
}

// Beyond this many tokens or characters changed, a run is edited as one stretch (common start and end kept).
const MAX_DIFF_EDITS = 1_000;

/** Words, runs of spaces, and any other character alone: what a typed word is made of. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+|\s+|[\s\S]/gu;

/** diff's changes as edits, from offsets `at` (edited text) and `from` (text as it was) on. */
function editsOfChanges(
  changes: { value: string[]; added: boolean; removed: boolean }[],
  at: number,
  from: number,
) {
  const edits: TextEdit[] = [];
  for (const change of changes) {
    const length = change.value.join('').length;
    const last = edits.at(-1);
    const extendsLast = last !== undefined && last.insertEnd === at && last.from + last.remove === from;
    if (!change.added && !change.removed) {
      at += length;
      from += length;
    } else if (change.removed) {
      if (extendsLast) last.remove += length;
      else edits.push({ at, from, remove: length, insertEnd: at });
      from += length;
    } else {
      if (extendsLast) last.insertEnd += length;
      else edits.push({ at, from, remove: 0, insertEnd: at + length });
      at += length;
    }
  }
  return edits;
}

/** The edit that replaces what lies between the common start and the common end. */
function stretchEdit(current: string, wanted: string, at = 0, from = 0): TextEdit {
  let prefix = commonPrefix(current, wanted);
  let suffix = commonSuffix(current.slice(prefix), wanted.slice(prefix));
  // Never cut between the two halves of a surrogate pair: Yjs would replace each half with U+FFFD.
  if (prefix > 0 && isLowSurrogate(wanted.charCodeAt(prefix))) prefix -= 1;
  if (suffix > 0 && isLowSurrogate(wanted.charCodeAt(wanted.length - suffix))) suffix -= 1;
  return {
    at: at + prefix,
    from: from + prefix,
    remove: current.length - prefix - suffix,
    insertEnd: at + wanted.length - suffix,
  };
}

/**
 * The edits that turn `current` into `wanted`, keeping every character the two share. Keeping only a
 * common start and end is not enough: "x" edited into "[a] x [b]" would delete and retype the "x", and a
 * colleague who did the same would see it twice after the merge. Words are compared first, so a typed
 * word goes in whole and a colleague's word typed at the same place cannot interleave with it. A changed
 * word is cut to what lies between its common start and end, and that is compared by words once more:
 * "TABLE" edited into "TA[a]B[b]LE" keeps the "B" as a word of its own, so "[a]" and "[b]" go in whole
 * (compared by characters, the "B" could be kept as the one in "[a]", and a colleague's word typed before
 * it would then land inside "[a]"). Only then is what is left edited character by character (code points:
 * a surrogate pair is never cut), as long as no word of the new text ends up part kept, part typed. Offsets start at `at` (edited text) and `from` (text as it was).
 */
function textEdits(current: string, wanted: string, at = 0, from = 0, wordRounds = 2): TextEdit[] {
  const byWord = diffArrays(current.match(TOKEN) ?? [], wanted.match(TOKEN) ?? [], {
    maxEditLength: MAX_DIFF_EDITS,
  });
  if (!byWord) return [stretchEdit(current, wanted, at, from)];
  return editsOfChanges(byWord, at, from).flatMap((edit) => {
    if (edit.remove === 0 || edit.insertEnd === edit.at) return [edit];
    const stretch = stretchEdit(
      current.slice(edit.from - from, edit.from - from + edit.remove),
      wanted.slice(edit.at - at, edit.insertEnd - at),
      edit.at,
      edit.from,
    );
    if (stretch.remove === 0 || stretch.insertEnd === stretch.at) return [stretch];
    const removed = current.slice(stretch.from - from, stretch.from - from + stretch.remove);
    const inserted = wanted.slice(stretch.at - at, stretch.insertEnd - at);
    if (wordRounds > 1) return textEdits(removed, inserted, stretch.at, stretch.from, wordRounds - 1);
    return characterEdits(removed, inserted, stretch) ?? [stretch];
  });
}

/**
 * What is left of a changed word, edited character by character, unless that would make a word of the new
 * text part kept and part typed (the "B" of "TABLE" kept as the one in "[B0]"): then the old characters are
 * compared with the new text's words, so that only a word standing alone is kept. Undefined when the
 * change is beyond the diff's reach.
 */
function characterEdits(removed: string, inserted: string, stretch: TextEdit): TextEdit[] | undefined {
  const options = { maxEditLength: MAX_DIFF_EDITS };
  const byCharacter = diffArrays(Array.from(removed), Array.from(inserted), options);
  if (byCharacter && !mixesKeptAndTyped(byCharacter, inserted)) {
    return editsOfChanges(byCharacter, stretch.at, stretch.from);
  }
  const byWord = diffArrays(Array.from(removed), inserted.match(TOKEN) ?? [], options);
  if (byWord) return editsOfChanges(byWord, stretch.at, stretch.from);
  return byCharacter ? editsOfChanges(byCharacter, stretch.at, stretch.from) : undefined;
}

/** Whether, with these changes, some word of `inserted` would hold both kept and typed characters. */
function mixesKeptAndTyped(
  changes: { value: string[]; added: boolean; removed: boolean }[],
  inserted: string,
): boolean {
  const kept = new Uint8Array(inserted.length);
  let offset = 0;
  for (const change of changes) {
    if (change.removed) continue;
    const length = change.value.join('').length;
    if (!change.added) kept.fill(1, offset, offset + length);
    offset += length;
  }
  for (const token of inserted.matchAll(TOKEN)) {
    const start = token.index;
    const end = start + token[0].length;
    const first = kept[start];
    for (let unit = start + 1; unit < end; unit++) if (kept[unit] !== first) return true;
  }
  return false;
}

/**
 * Edits a Y.XmlText into `texts`: characters are deleted and inserted where they differ, then formatting
 * is set where the marks differ — the two steps of y-prosemirror's updateYText, with a finer first step.
 */
function updateText(text: Y.XmlText, texts: readonly LooseNode[]): void {
  const wanted = layoutOfModel(texts);
  const before = layoutOfY(text);
  for (const edit of textEdits(before.text, wanted.text)) {
    if (edit.remove > 0) text.delete(edit.at, edit.remove);
    for (const span of wanted.spans) {
      const from = Math.max(span.start, edit.at);
      const to = Math.min(span.end, edit.insertEnd);
      if (from >= to) continue;
      // A fresh object each time: Yjs writes the marks to negate into the one it is given.
      text.insert(from, wanted.text.slice(from, to), { ...span.attributes });
    }
  }
  formatWhereDifferent(text, wanted);
}

function formatWhereDifferent(text: Y.XmlText, wanted: RunLayout): void {
  const now = layoutOfY(text);
  const cuts = new Set<number>([0, wanted.text.length]);
  for (const span of [...now.spans, ...wanted.spans]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const spanAt = (spans: RunLayout['spans'], offset: number): number =>
    spans.findIndex((span) => span.start <= offset && offset < span.end);
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? 0;
    const nowIndex = spanAt(now.spans, start);
    const wantedSpan = wanted.spans[spanAt(wanted.spans, start)];
    const nowSpan = now.spans[nowIndex];
    if (!wantedSpan || !nowSpan || nowSpan.signature === wantedSpan.signature) continue;
    const attributes: Record<string, object | null> = { ...wantedSpan.attributes };
    for (const name of now.names[nowIndex] ?? []) {
      if (!(name in wantedSpan.attributes)) attributes[name] = null;
    }
    text.format(start, end - start, attributes);
  }
}
