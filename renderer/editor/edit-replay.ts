// Replays journalled edits (ProseMirror steps as JSON) on a briefing's text with the editor's own schema,
// which is how the journal gives back what was typed before a reload or crash; and measures a stored text
// in the editor's positions, so autosave knows whether edits can replay on it.

import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { Step } from '@tiptap/pm/transform';
import type { RichTextDoc } from '../../shared/model';
import type { JournalledEdit } from '../briefing/autosave';
import { briefingExtensions } from './briefing-extensions';

let schema: Schema | undefined;

/** The editor's schema, made once: the same extensions the editor is built from. */
function briefingSchema(): Schema {
  schema ??= getSchema(
    briefingExtensions({
      citations: { sources: new Map(), known: false },
      resolveImageUrl: () => Promise.reject(new Error('No images while replaying edits')),
    }),
  );
  return schema;
}

/** Applies one edit's steps; undefined if one does not apply or the result is not the size it had. */
function applyEdit(doc: ProseMirrorNode, edit: JournalledEdit, on: Schema): ProseMirrorNode | undefined {
  let current = doc;
  try {
    for (const json of edit.steps) {
      const result = Step.fromJSON(on, json).apply(current);
      if (!result.doc) return undefined;
      current = result.doc;
    }
  } catch {
    return undefined;
  }
  return current.content.size === edit.size ? current : undefined;
}

/** `content` with `edits` applied in order, up to the first that does not apply. */
export function replayEdits(
  content: RichTextDoc,
  edits: readonly JournalledEdit[],
): { content: RichTextDoc; applied: number } {
  const on = briefingSchema();
  let doc: ProseMirrorNode;
  try {
    doc = on.nodeFromJSON(content);
  } catch {
    return { content, applied: 0 };
  }
  let applied = 0;
  for (const edit of edits) {
    const next = applyEdit(doc, edit, on);
    if (!next) break;
    doc = next;
    applied += 1;
  }
  return { content: applied === 0 ? content : (doc.toJSON() as RichTextDoc), applied };
}

interface SizedNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

const LEAVES = new Set(['image', 'citation', 'hardBreak']);

function nodeSize(node: SizedNode): number {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text.length : 0;
  if (LEAVES.has(String(node.type))) return 1;
  return 2 + contentSize(node);
}

/** The size ProseMirror gives the content of a text in the editor (its `doc.content.size`). */
export function contentSize(doc: SizedNode): number {
  let size = 0;
  if (Array.isArray(doc.content)) for (const child of doc.content) size += nodeSize(child as SizedNode);
  return size;
}
