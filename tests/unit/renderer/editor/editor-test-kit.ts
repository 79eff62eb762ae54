// The briefing editor's schema and plugins without a DOM: ProseMirror state works in Node.

import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { EditorState, type Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import { briefingExtensions } from '../../../../renderer/editor/briefing-extensions';
import type { CitationSources } from '../../../../renderer/editor/extensions/citation';
import type { RichTextDoc } from '../../../../shared/model';

export const registry: CitationSources = {
  sources: new Map([
    ['srcA', { title: 'Joint declaration', detail: 'Foreign Office, A1, TLP:CLEAR' }],
    ['srcB', { title: 'Ministers meet in Rabat', detail: 'Reuters, B2, TLP:GREEN' }],
  ]),
  known: true,
};

export const schema: Schema = getSchema(
  briefingExtensions({ citations: registry, resolveImageUrl: async () => 'blob:x', sectionHints: new Map() }),
);

export function docOf(json: RichTextDoc): ProseMirrorNode {
  const node = schema.nodeFromJSON(json);
  node.check();
  return node;
}

/** An editor without a view: its state and a dispatch, which is all the find functions use. */
export class HeadlessEditor {
  state: EditorState;
  readonly view = { dispatch: (transaction: Transaction) => this.apply(transaction) };
  constructor(json: RichTextDoc, plugins: Plugin[] = []) {
    this.state = EditorState.create({ schema, doc: docOf(json), plugins });
  }
  apply(transaction: Transaction): void {
    this.state = this.state.apply(transaction);
  }
  /** Puts the cursor at a position. */
  cursorAt(pos: number): void {
    this.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, pos)));
  }
  json(): unknown {
    return this.state.doc.toJSON();
  }
}

export const text = (value: string) => ({ type: 'text' as const, text: value });
export const cite = (sourceId: string) => ({ type: 'citation' as const, attrs: { sourceId } });
