// What decides availability in the renderer, with a stand-in window and a stand-in editor (the real
// editor's side is exercised in tests/e2e/briefing-editor.e2e.ts).

import { EventEmitter } from 'node:events';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorTarget } from '../../../../renderer/commands/command-context';

class StandInEditor extends EventEmitter {
  isDestroyed = false;
  history = { undo: false, redo: false };
  table = false;
  can() {
    return { undo: () => this.history.undo, redo: () => this.history.redo };
  }
  isActive(name: string) {
    return name === 'table' && this.table;
  }
  /** What Tiptap does after every edit or cursor move. */
  edit(change: () => void) {
    change();
    this.emit('transaction');
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
  it("follows the open editor's history and cursor, and tells subscribers at once", async () => {
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
    editor.edit(() => {
      editor.history.undo = true;
      editor.table = true;
    });
    expect(listener).toHaveBeenCalled();
    expect(context.currentCommandContext().editor).toEqual({ canUndo: true, canRedo: false, inTable: true });

    detach();
    expect(context.currentCommandContext().editor).toBeNull();
    listener.mockClear();
    editor.edit(() => undefined);
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
