// What decides availability in the renderer, with a stand-in window and a stand-in editor (the real
// editor's side is exercised in tests/e2e/briefing-editor.e2e.ts).

import { EventEmitter } from 'node:events';
import type { Editor } from '@tiptap/core';
import { history, undo } from '@tiptap/pm/history';
import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorTarget } from '../../../../renderer/commands/command-context';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    table: { group: 'block', content: 'paragraph+' },
    text: {},
  },
});

/** An editor with a real ProseMirror state and history; tells listeners after every change, as Tiptap does. */
class StandInEditor extends EventEmitter {
  isDestroyed = false;
  state = EditorState.create({
    doc: schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('Before the table.')]),
      schema.node('table', null, [schema.node('paragraph', null, [schema.text('A cell.')])]),
    ]),
    plugins: [history()],
  });
  private apply(transaction: Transaction) {
    this.state = this.state.apply(transaction);
    this.emit('transaction');
  }
  type(text: string) {
    this.apply(this.state.tr.insertText(text));
  }
  undo() {
    undo(this.state, (transaction) => this.apply(transaction));
  }
  /** Puts the cursor in the first paragraph or in the table's cell. */
  moveTo(where: 'paragraph' | 'table') {
    const position = where === 'paragraph' ? 3 : this.state.doc.child(0).nodeSize + 3;
    this.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, position)));
  }
}

function targetFor(editor: StandInEditor): EditorTarget {
  return {
    editor: editor as unknown as Editor,
    openFind: vi.fn(),
    openLink: vi.fn(),
    openCite: vi.fn(),
    insertImage: vi.fn(),
  };
}

async function load(hash: string) {
  vi.resetModules();
  vi.stubGlobal('window', Object.assign(new EventTarget(), { location: { hash } }));
  return import('../../../../renderer/commands/command-context');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the command context', () => {
  it("follows the open editor's history and cursor, and tells subscribers when an answer changes", async () => {
    const context = await load('#/briefing/b1');
    expect(context.currentCommandContext()).toEqual({ view: 'briefing', editor: null });
    const editor = new StandInEditor();
    const detach = context.attachEditorTarget(targetFor(editor));
    expect(context.currentCommandContext().editor).toEqual({
      canUndo: false,
      canRedo: false,
      inTable: false,
    });

    const listener = vi.fn();
    const unsubscribe = context.subscribeCommandContext(listener);
    editor.moveTo('paragraph');
    editor.type('x');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(context.currentCommandContext().editor).toEqual({ canUndo: true, canRedo: false, inTable: false });

    // More typing changes no answer: nobody is told, so a keystroke costs no re-render.
    listener.mockClear();
    editor.type('y');
    editor.type('z');
    expect(listener).not.toHaveBeenCalled();

    editor.moveTo('table');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(context.currentCommandContext().editor?.inTable).toBe(true);
    editor.undo();
    expect(context.currentCommandContext().editor?.canRedo).toBe(true);

    detach();
    expect(context.currentCommandContext().editor).toBeNull();
    listener.mockClear();
    editor.type('w');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('keeps the newer editor when the one it replaced detaches late', async () => {
    const context = await load('#/briefing/b2');
    const first = targetFor(new StandInEditor());
    const second = targetFor(new StandInEditor());
    const detachFirst = context.attachEditorTarget(first);
    context.attachEditorTarget(second);
    detachFirst();
    expect(context.activeEditorTarget()).toBe(second);
    expect(context.currentCommandContext().editor).not.toBeNull();
  });

  it('answers for the route in the address, even when nobody listened to it change', async () => {
    const context = await load('#/');
    expect(context.currentCommandContext().view).toBe('library');
    (window as unknown as { location: { hash: string } }).location.hash = '#/dossier/d1/sources';
    expect(context.currentCommandContext().view).toBe('dossier');
  });
});
