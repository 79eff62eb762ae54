// What the renderer knows that decides which commands apply (shared/commands.ts `CommandContext`): the
// route's view and the open briefing editor, which BriefingEditor attaches while it is shown. Looked at on
// every keystroke, so the editor's part costs the same in a 300-page briefing as in a short one, and
// subscribers hear only when an answer changed.

import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { type EditorState, NodeSelection } from '@tiptap/pm/state';
import { useSyncExternalStore } from 'react';
import {
  type CommandContext,
  type CommandId,
  type EditorCommandState,
  isCommandAvailable,
} from '../../shared/commands';
import { parseRoute } from '../app/routes';

/** The open editor and the editor's own panels and dialogs, which some editor commands open. */
export interface EditorTarget {
  editor: Editor;
  openFind(focus: 'find' | 'replace'): void;
  openLink(): void;
  openCite(): void;
  insertImage(): void;
}

let target: EditorTarget | null = null;
let snapshot: { hash: string; context: CommandContext } | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  snapshot = null;
  for (const listener of listeners) listener();
}

/** After an edit or a cursor move: tells subscribers only if undo, redo or being in a table changed. */
function editorMoved(): void {
  const editor = activeEditorTarget()?.editor;
  const before = snapshot?.context.editor;
  if (editor && before && snapshot?.hash === window.location.hash) {
    const now = editorState(editor);
    if (now.canUndo === before.canUndo && now.canRedo === before.canRedo && now.inTable === before.inTable)
      return;
  }
  changed();
}

/** Makes `next` the editor that editor commands act on, until the returned function is called. */
export function attachEditorTarget(next: EditorTarget): () => void {
  target = next;
  // Undo, redo and the table's commands apply or not with every edit and cursor move.
  next.editor.on('transaction', editorMoved);
  changed();
  return () => {
    next.editor.off('transaction', editorMoved);
    if (target === next) {
      target = null;
      changed();
    }
  };
}

export function activeEditorTarget(): EditorTarget | null {
  return target && !target.editor.isDestroyed ? target : null;
}

/** Whether the selection is a table or in one: its start has one among its ancestors. */
function selectionInTable(state: EditorState): boolean {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.node.type.name === 'table') return true;
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type.name === 'table') return true;
  return false;
}

/**
 * The history's depths and the selection's ancestors, which cost the same at any length (Tiptap's
 * `can().undo()` builds every command anew on each call).
 */
function editorState(editor: Editor): EditorCommandState {
  const { state } = editor;
  return { canUndo: undoDepth(state) > 0, canRedo: redoDepth(state) > 0, inTable: selectionInTable(state) };
}

/** The context now; the same object until something in it changes, as useSyncExternalStore needs. */
export function currentCommandContext(): CommandContext {
  const hash = window.location.hash;
  if (snapshot?.hash !== hash) {
    const editor = activeEditorTarget()?.editor;
    snapshot = {
      hash,
      context: { view: parseRoute(hash).view, editor: editor ? editorState(editor) : null },
    };
  }
  return snapshot.context;
}

export function subscribeCommandContext(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** Whether a command applies where the user is; re-renders only when that answer changes. */
export function useCommandAvailable(id: CommandId): boolean {
  return useSyncExternalStore(subscribeCommandContext, () => isCommandAvailable(id, currentCommandContext()));
}
